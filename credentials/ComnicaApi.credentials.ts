import type {
	Icon,
	ICredentialDataDecryptedObject,
	ICredentialTestRequest,
	ICredentialType,
	IHttpRequestHelper,
	IHttpRequestOptions,
	INodeProperties,
} from 'n8n-workflow';

import { COMNICA_BASE_URL_EXPRESSION, comnicaBaseUrl } from '../nodes/Comnica/transport/baseUrl';
import { envelope } from '../nodes/Comnica/transport/send';
import { onApiRoot } from '../nodes/shared/apiRoot';
import { accountKey, keyToSend, sessionToStore } from '../nodes/shared/sessionLogin';

export class ComnicaApi implements ICredentialType {
	name = 'comnicaApi';

	displayName = 'Comnica Contact Center API';

	icon: Icon = { light: 'file:../nodes/Comnica/comnica.svg', dark: 'file:../nodes/Comnica/comnica.dark.svg' };

	documentationUrl = 'https://github.com/n8n-nodes-contact-center/n8n-nodes-contact-center#comnica-credential';

	properties: INodeProperties[] = [
		{
			displayName: 'Company or Base URL',
			name: 'baseUrl',
			type: 'string',
			default: '',
			required: true,
			placeholder: 'mycompany',
			description:
				'Your company name as in https://<b>mycompany</b>.comnica.cc, its domain (mycompany.comnica.cc), or the full API address of another server (https://cc.example.com/api)',
		},
		{
			displayName: 'Username',
			name: 'username',
			type: 'string',
			default: '',
			required: true,
			description: 'A Comnica user with the permissions the workflow needs (an API or admin user)',
		},
		{
			displayName: 'Password',
			name: 'password',
			type: 'string',
			typeOptions: { password: true },
			default: '',
			required: true,
		},
		{
			displayName: 'Session Key',
			name: 'sessionKey',
			type: 'hidden',
			typeOptions: { expirable: true },
			default: '',
		},
	];

	// Runs when no session key is stored, after a 401 and on "Test": POST /new_session with Basic auth.
	async preAuthentication(this: IHttpRequestHelper, credentials: ICredentialDataDecryptedObject) {
		const baseUrl = comnicaBaseUrl(credentials.baseUrl as string);
		const username = credentials.username as string;
		const password = credentials.password as string;
		const sessionKey = await sessionToStore(
			comnicaAccount(credentials),
			(credentials.sessionKey as string | undefined) ?? '',
			async () => {
				const response = (await this.helpers.httpRequest({
					method: 'POST',
					url: `${baseUrl}/new_session`,
					auth: { username, password },
					body: envelope({}),
					json: true,
				})) as { payload?: { session_key?: string } };
				const key = response?.payload?.session_key;
				if (typeof key !== 'string' || key === '') {
					throw new Error('Comnica login answered without a session key: check the Base URL');
				}
				return key;
			},
			// A 401 is a wrong user or password: kept for a minute, so n8n's retry after a 401 and
			// the other items of the execution get it without a second login attempt.
			{ refused: (error) => (error as { response?: { status?: number } }).response?.status === 401 },
		);
		// Nothing to store when this process stored this key before (see sessionToStore).
		return sessionKey === undefined ? {} : { sessionKey };
	}

	// Every call after the login: Basic auth with the username and the session key, on the
	// company's API root. A function, not expressions: n8n 2.41 evaluates each expression in an
	// isolate, on every request.
	async authenticate(credentials: ICredentialDataDecryptedObject, requestOptions: IHttpRequestOptions): Promise<IHttpRequestOptions> {
		// Written back: a renewal after a 401 must learn which key was refused.
		credentials.sessionKey = keyToSend(comnicaAccount(credentials), String(credentials.sessionKey ?? ''));
		requestOptions.auth = { username: credentials.username as string, password: credentials.sessionKey };
		return onApiRoot(requestOptions, comnicaBaseUrl(credentials.baseUrl as string), credentials);
	}

	test: ICredentialTestRequest = {
		request: {
			baseURL: COMNICA_BASE_URL_EXPRESSION,
			url: '/search/filterdata',
			method: 'POST',
			body: {
				rq_sent: '={{ $now.toUTC().toFormat("yyyy-MM-dd HH:mm:ss.SSS") + "+0000" }}',
				payload: { projects: {} },
			},
		},
		rules: [
			{
				type: 'responseCode',
				properties: {
					value: 401,
					message: 'Comnica rejected the username or password (401). Check them, and that the user may log in to the API.',
				},
			},
			{
				type: 'responseCode',
				properties: {
					value: 404,
					message: 'No Comnica API at this address (404). Check the company name or Base URL (it ends in /api).',
				},
			},
		],
	};
}

/** The Comnica account a session belongs to: logins of the same account are shared (sessionLogin.ts). */
function comnicaAccount(credentials: ICredentialDataDecryptedObject): string {
	return accountKey('comnica', comnicaBaseUrl(credentials.baseUrl as string), credentials.username as string, credentials.password as string);
}
