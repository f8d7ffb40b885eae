import type {
	Icon,
	ICredentialDataDecryptedObject,
	ICredentialTestRequest,
	ICredentialType,
	IHttpRequestHelper,
	IHttpRequestOptions,
	INodeProperties,
} from 'n8n-workflow';

import { isRefusedLogin, parseUserToken } from '../nodes/UContact/helpers/token';
import { UCONTACT_BASE_URL_EXPRESSION, ucontactBaseUrl } from '../nodes/UContact/transport/baseUrl';
import { onApiRoot } from '../nodes/shared/apiRoot';
import { accountKey, keyToSend, sessionToStore } from '../nodes/shared/sessionLogin';

export class UContactApi implements ICredentialType {
	name = 'uContactApi';

	displayName = 'uContact API';

	icon: Icon = { light: 'file:../nodes/UContact/ucontact.svg', dark: 'file:../nodes/UContact/ucontact.dark.svg' };

	documentationUrl = 'https://github.com/n8n-nodes-contact-center/n8n-nodes-contact-center#ucontact-credential';

	properties: INodeProperties[] = [
		{
			displayName: 'Instance or Base URL',
			name: 'baseUrl',
			type: 'string',
			default: '',
			required: true,
			placeholder: 'mycompany',
			description:
				'Your cloud domain as in https://<b>mycompany</b>.ucontactcloud.com, or the full address of an on-premise server (https://10.0.0.5:8086). /Integra/resources is added when missing.',
		},
		{
			displayName: 'Authentication',
			name: 'authentication',
			type: 'options',
			options: [
				{
					name: 'Portal API Token',
					value: 'apiToken',
					description: 'A token created in the uContact portal, sent as Bearer',
				},
				{
					name: 'User and Password',
					value: 'session',
					description: 'Logs in with auth/getUserToken and renews the session token when it expires',
				},
			],
			default: 'session',
		},
		{
			displayName: 'User',
			name: 'username',
			type: 'string',
			default: '',
			required: true,
			displayOptions: { show: { authentication: ['session'] } },
			description: 'A uContact user with the rights the workflow needs (supervisor or API user)',
		},
		{
			displayName: 'Password',
			name: 'password',
			type: 'string',
			typeOptions: { password: true },
			default: '',
			required: true,
			displayOptions: { show: { authentication: ['session'] } },
		},
		{
			displayName: 'API Token',
			name: 'apiToken',
			type: 'string',
			typeOptions: { password: true },
			default: '',
			required: true,
			displayOptions: { show: { authentication: ['apiToken'] } },
			description: 'Has the same rights as the portal user who created it',
		},
		{
			displayName: 'Recordings Host URL',
			name: 'recordingsUrl',
			type: 'string',
			default: '',
			placeholder: 'https://10.0.0.5',
			description:
				'The telephony server that keeps recordings under /records/. Leave empty to use the instance host.',
		},
		{
			displayName: 'Backup Recordings Host URL',
			name: 'backupRecordingsUrl',
			type: 'string',
			default: '',
			placeholder: 'https://backup.example.com',
			description: 'The server older recordings are moved to, if your installation has one',
		},
		{
			displayName: 'Server Time Zone',
			name: 'timeZone',
			type: 'string',
			default: '',
			placeholder: 'America/Montevideo',
			description:
				"Time zone of the uContact server, in which it reads and writes dates. A date with an offset (e.g. 2030-10-11T15:00:00Z) or from a Code node is converted to it; a date without an offset is sent as written. Leave empty to use the workflow's time zone.",
		},
		{
			displayName: 'Session Token',
			name: 'sessionToken',
			type: 'hidden',
			typeOptions: { expirable: true, password: true },
			default: '',
		},
	];

	// Runs when no token is stored, after a 401 and on "Test": POST auth/getUserToken (user, password).
	async preAuthentication(this: IHttpRequestHelper, credentials: ICredentialDataDecryptedObject) {
		if (credentials.authentication === 'apiToken') return {};
		const baseUrl = ucontactBaseUrl(credentials.baseUrl as string);
		const user = credentials.username as string;
		const password = credentials.password as string;
		const sessionToken = await sessionToStore(
			ucontactAccount(credentials),
			(credentials.sessionToken as string | undefined) ?? '',
			async () => {
				const answer = (await this.helpers.httpRequest({
					method: 'POST',
					url: `${baseUrl}/auth/getUserToken`,
					body: new URLSearchParams({ user, password }),
					encoding: 'text',
				})) as unknown;
				return parseUserToken(answer);
			},
			{ refused: isRefusedLogin },
		);
		// Nothing to store when this process stored this key before (see sessionToStore).
		return sessionToken === undefined ? {} : { sessionToken };
	}

	// Session mode: the token is already base64(user:uuid), so it goes into the Basic header as it is.
	// On the instance's Integra root. A function, not expressions: n8n 2.41 evaluates each
	// expression in an isolate, on every request.
	async authenticate(credentials: ICredentialDataDecryptedObject, requestOptions: IHttpRequestOptions): Promise<IHttpRequestOptions> {
		// Written back: a renewal after a 401 must learn which token was refused.
		if (credentials.authentication !== 'apiToken') credentials.sessionToken = keyToSend(ucontactAccount(credentials), String(credentials.sessionToken ?? ''));
		const authorization =
			credentials.authentication === 'apiToken' ? `Bearer ${credentials.apiToken as string}` : `Basic ${credentials.sessionToken as string}`;
		requestOptions.headers = { ...requestOptions.headers, Authorization: authorization };
		return onApiRoot(requestOptions, ucontactBaseUrl(credentials.baseUrl as string), credentials);
	}

	test: ICredentialTestRequest = {
		request: {
			baseURL: UCONTACT_BASE_URL_EXPRESSION,
			url: '/Supervisor/queuesummary',
			method: 'POST',
			headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
			body: {},
		},
		rules: [
			{
				type: 'responseCode',
				properties: {
					value: 401,
					message:
						'uContact rejected the login (401). Check the user and password, or the API token, and that the user may use the Integra API.',
				},
			},
			{
				type: 'responseCode',
				properties: {
					value: 404,
					message:
						'No uContact Integra API at this address (404). Check the instance name or Base URL (the API lives under /Integra/resources).',
				},
			},
		],
	};
}

/** The uContact account a session belongs to: logins of the same account are shared (sessionLogin.ts). */
function ucontactAccount(credentials: ICredentialDataDecryptedObject): string {
	return accountKey('ucontact', ucontactBaseUrl(credentials.baseUrl as string), credentials.username as string, credentials.password as string);
}
