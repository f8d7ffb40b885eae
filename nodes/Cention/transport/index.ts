import type {
	IDataObject,
	IExecuteFunctions,
	IExecuteSingleFunctions,
	IHookFunctions,
	IHttpRequestOptions,
	ILoadOptionsFunctions,
	IN8nHttpFullResponse,
	INode,
	IPollFunctions,
	IWebhookFunctions,
} from 'n8n-workflow';

import { bodyText, vendorApiError } from '../../shared/errors';
import { pathParameters } from '../../shared/path';
import { transportError } from '../../shared/requestGuard';
import type { JsonApiDocument } from '../helpers/jsonApi';
import { parseDocument } from '../helpers/jsonApi';
import { centionApiRoot, JSON_API } from './baseUrl';
import type { Endpoint } from './errors';
import { CENTION_UNAUTHORIZED, centionError } from './errors';

export { CENTION_API_ROOT_EXPRESSION, centionApiRoot, JSON_API } from './baseUrl';
export type { Endpoint } from './errors';
export { CENTION_UNAUTHORIZED, centionError } from './errors';

/**
 * Request defaults of the declarative node: JSON:API both ways, errors mapped by postReceive.
 * The credential's `authenticate` puts the workspace's API root in front of the urls.
 */
export const centionRequestDefaults = {
	json: true,
	headers: { Accept: JSON_API, 'Content-Type': JSON_API },
	ignoreHttpStatusErrors: { ignore: true as const, except: [401] },
};

/** preSend of every request: the database IDs in `/json/c3_errand_reports/{errandId}`-style urls (checked by requireId). */
export const centionPathIds = pathParameters((value) => String(value).trim());

/** The JSON:API document of a successful answer; throws the mapped error for anything else. */
export function documentOf(
	node: INode,
	response: IN8nHttpFullResponse,
	endpoint: Endpoint,
	itemIndex?: number,
): JsonApiDocument | undefined {
	if (response.statusCode < 200 || response.statusCode >= 300) {
		throw centionError(node, response, endpoint, itemIndex);
	}
	if (bodyText(response.body) === '') return undefined;
	const document = parseDocument(response.body);
	if (!document) {
		throw vendorApiError(node, {
			message: `Cention answered ${endpoint.method} ${endpoint.path} with something that is not JSON:API`,
			description: `Check the API address and workspace in the Cention credential. Answer: ${bodyText(response.body)}`,
			httpCode: response.statusCode,
			itemIndex,
			hint: 'Check the API address and workspace in the Cention credential.',
			endpoint: `${endpoint.method} ${endpoint.path}`,
		});
	}
	return document;
}

type Context =
	| IExecuteFunctions
	| IExecuteSingleFunctions
	| ILoadOptionsFunctions
	| IHookFunctions
	| IWebhookFunctions
	| IPollFunctions;

/**
 * The one request function for code paths (dropdowns, downloads, the triggers). `path` is
 * below /capi (`json/c3_libraries`) or, for links Cention hands out, a full URL on the
 * credential's host. `body` is a JSON:API document for POST.
 */
export async function centionApiRequest(
	this: Context,
	endpoint: Endpoint,
	qs: IDataObject = {},
	itemIndex?: number,
	body?: IDataObject,
): Promise<JsonApiDocument | undefined> {
	const credentials = await this.getCredentials<{ baseUrl: string; workspace: string }>('centionApi');
	const root = centionApiRoot(credentials.baseUrl, credentials.workspace);
	const url = /^https?:\/\//.test(endpoint.path) ? endpoint.path : `${root}/${endpoint.path.replace(/^\/+/, '')}`;
	const options: IHttpRequestOptions = {
		method: endpoint.method,
		url,
		qs,
		headers: { Accept: JSON_API, 'Content-Type': JSON_API },
		json: true,
		returnFullResponse: true,
		ignoreHttpStatusErrors: { ignore: true as const, except: [401] },
		...(body ? { body } : {}),
	};
	const relative = { method: endpoint.method, path: url.replace(/^.*?\/capi\//, '') };
	let response: IN8nHttpFullResponse;
	try {
		response = (await this.helpers.httpRequestWithAuthentication.call(this, 'centionApi', options)) as IN8nHttpFullResponse;
	} catch (error) {
		const where = `${relative.method} ${relative.path}`;
		throw transportError(this.getNode(), 'Cention', where, error, itemIndex ?? 0, { unauthorized: CENTION_UNAUTHORIZED });
	}
	return documentOf(this.getNode(), response, relative, itemIndex);
}
