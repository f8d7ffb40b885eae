import type {
	Icon,
	ICredentialDataDecryptedObject,
	ICredentialTestRequest,
	ICredentialType,
	IHttpRequestOptions,
	INodeProperties,
} from 'n8n-workflow';

import { CENTION_API_ROOT_EXPRESSION, centionApiRoot, JSON_API } from '../nodes/Cention/transport/baseUrl';
import { onApiRoot } from '../nodes/shared/apiRoot';

// Every error status except 403 fails the test: a 403 means Cention accepted the token but it
// lacks the claim of the endpoint tried, and tokens usually carry only the claims they need.
const FAILING_STATUSES = Array.from({ length: 200 }, (_, index) => 400 + index).filter((status) => status !== 403);

export class CentionApi implements ICredentialType {
	name = 'centionApi';

	displayName = 'Cention Contact Center API';

	icon: Icon = { light: 'file:../nodes/Cention/cention.svg', dark: 'file:../nodes/Cention/cention.dark.svg' };

	documentationUrl = 'https://github.com/n8n-nodes-contact-center/n8n-nodes-contact-center#cention-credential';

	properties: INodeProperties[] = [
		{
			displayName: 'API Address',
			name: 'baseUrl',
			type: 'string',
			default: 'https://api.cention.com',
			required: true,
			placeholder: 'https://api.cention.com',
			description: 'The Cention API domain of your installation (without /s/<workspace>/capi)',
		},
		{
			displayName: 'Workspace',
			name: 'workspace',
			type: 'string',
			default: '',
			required: true,
			placeholder: 'demo',
			description: 'Name of your Cention workspace, as in https://api.cention.com/s/<b>demo</b>/capi',
		},
		{
			displayName: 'Access Token',
			name: 'token',
			type: 'string',
			typeOptions: { password: true },
			default: '',
			required: true,
			description:
				'A token from Cention → Administration → API → Access Tokens. Tick the claims the workflow needs: Create Errand, Access to errand data, Access to library, Access to export API, Access to logio API, Access and create customer contacts.',
		},
	];

	// A function, not an expression: n8n 2.41 evaluates each expression in an isolate, on every request.
	async authenticate(credentials: ICredentialDataDecryptedObject, requestOptions: IHttpRequestOptions): Promise<IHttpRequestOptions> {
		requestOptions.headers = { ...requestOptions.headers, Authorization: `Bearer ${credentials.token as string}` };
		return onApiRoot(requestOptions, centionApiRoot(credentials.baseUrl as string, credentials.workspace as string), credentials);
	}

	// The changed-errand list is cheap and changes nothing.
	test: ICredentialTestRequest = {
		request: {
			baseURL: CENTION_API_ROOT_EXPRESSION,
			url: '/json/c3_dirty_errand_list',
			method: 'GET',
			headers: { Accept: JSON_API, 'Content-Type': JSON_API },
			ignoreHttpStatusErrors: { ignore: true, except: FAILING_STATUSES },
		},
		rules: [
			{
				type: 'responseCode',
				properties: {
					value: 401,
					message:
						'Cention rejected the access token (401): it is wrong, expired or deleted. Create one under Administration → API → Access Tokens.',
				},
			},
			{
				type: 'responseCode',
				properties: {
					value: 404,
					message: 'No Cention API for this workspace at this address (404). Check the API address and the workspace name.',
				},
			},
		],
	};
}
