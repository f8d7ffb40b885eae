import type {
	ICredentialDataDecryptedObject,
	ICredentialTestRequest,
	ICredentialType,
	IHttpRequestOptions,
	Icon,
	INodeProperties,
} from 'n8n-workflow';

import { CMI_BASE_URL, sinchServer } from '../nodes/SinchContactPro/transport/baseUrl';
import { onApiRoot } from '../nodes/shared/apiRoot';

export class SinchContactProApi implements ICredentialType {
	name = 'sinchContactProApi';

	displayName = 'Sinch Contact Pro API';

	icon: Icon = {
		light: 'file:../nodes/SinchContactPro/sinchContactPro.svg',
		dark: 'file:../nodes/SinchContactPro/sinchContactPro.dark.svg',
	};

	documentationUrl = 'https://github.com/n8n-nodes-contact-center/n8n-nodes-contact-center#sinch-contact-pro-credential';

	properties: INodeProperties[] = [
		{
			displayName: 'Server URL',
			name: 'baseUrl',
			type: 'string',
			default: '',
			required: true,
			placeholder: 'https://contactpro.example.com:8443',
			description:
				'Address of the Contact Pro server (the part before /RI). The node adds /RI/cmi for contacts and /RI/rci for scripts.',
		},
		{
			displayName: 'User',
			name: 'username',
			type: 'string',
			default: '',
			required: true,
			description: 'A Contact Pro user with the rights the workflow needs (HTTP Basic authentication)',
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
			displayName: 'API Key',
			name: 'apiKey',
			type: 'string',
			typeOptions: { password: true },
			default: '',
			description: 'Cloud tenants only: the API key Sinch gave you when the APIs were opened. Leave empty on premise.',
		},
		{
			displayName: 'API Key Header',
			name: 'headerName',
			type: 'string',
			default: 'x-api-key',
			displayOptions: { hide: { apiKey: [''] } },
			description: 'Header that carries the API key. x-api-key is the usual name; change it if Sinch told you another.',
		},
	];

	// HTTP Basic with the Contact Pro user; the API key header only when one is set. The node's
	// requests name the interface (/RI/cmi, /RI/rci) as a relative baseURL below the server.
	async authenticate(credentials: ICredentialDataDecryptedObject, requestOptions: IHttpRequestOptions): Promise<IHttpRequestOptions> {
		requestOptions.auth = { username: credentials.username as string, password: credentials.password as string };
		const apiKey = ((credentials.apiKey as string | undefined) ?? '').trim();
		if (apiKey !== '') {
			const headerName = ((credentials.headerName as string | undefined) ?? '').trim() || 'x-api-key';
			requestOptions.headers = { ...requestOptions.headers, [headerName]: apiKey };
		}
		return onApiRoot(requestOptions, sinchServer(credentials.baseUrl as string), credentials);
	}

	// A cheap read: at most one email (GET /RI/cmi/emails?limit=1).
	test: ICredentialTestRequest = {
		request: {
			baseURL: CMI_BASE_URL,
			url: '/emails',
			method: 'GET',
			qs: { limit: 1 },
			headers: { Accept: 'application/json' },
		},
		rules: [
			{
				type: 'responseCode',
				properties: {
					value: 401,
					message: 'Sinch Contact Pro rejected the user or password (401). Check them, and that the user may use the restful interfaces.',
				},
			},
			{
				type: 'responseCode',
				properties: {
					value: 403,
					message:
						'Logged in, but the test read was refused (403): the user lacks "Manage contact history" for an email queue, or (cloud) the API key is missing or wrong.',
				},
			},
			{
				type: 'responseCode',
				properties: {
					value: 404,
					message: 'No Contact Management Interface at this address (404). Give the server root, e.g. https://host:port (without /RI/cmi).',
				},
			},
		],
	};
}
