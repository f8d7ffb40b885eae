import type {
	IDataObject,
	IExecuteFunctions,
	IHttpRequestMethods,
	IHttpRequestOptions,
	ILoadOptionsFunctions,
	IN8nHttpFullResponse,
	IPollFunctions,
} from 'n8n-workflow';

import { parseJsonBody } from '../../shared/errors';
import { pathParameters } from '../../shared/path';
import { transportError } from '../../shared/requestGuard';
import { CMI_PATH, sinchBaseUrl } from './baseUrl';
import type { SinchInterface } from './baseUrl';
import type { Endpoint } from './endpoints';
import { SINCH_UNAUTHORIZED, sinchError } from './errors';

export { CMI_PATH, RCI_PATH, sinchBaseUrl, sinchServer } from './baseUrl';
export { ENDPOINTS } from './endpoints';
export type { Endpoint } from './endpoints';
export { SINCH_UNAUTHORIZED, sinchError } from './errors';
export { receiveList, receiveOne, receiveWrite } from './receive';
export * as preSend from './preSend';

export const CREDENTIAL = 'sinchContactProApi';

/**
 * Request defaults of the declarative node: the CMI with JSON answers (the credential puts the
 * server in front). A 401 still throws (n8n's own handling); every other status reaches the
 * operation's postReceive.
 */
export const sinchRequestDefaults = {
	baseURL: CMI_PATH,
	json: true,
	headers: { Accept: 'application/json' },
	ignoreHttpStatusErrors: { ignore: true as const, except: [401] },
};

/** preSend of every request: the ids in `/callbacks/{callbackId}`-style urls, trimmed and encoded. */
export const sinchPathIds = pathParameters((value) => encodeURIComponent(String(value).trim()));

/**
 * POST answers the new id as text (CMI: "POST should also have Accept = text/html"); the
 * answer is read as text so an id is never turned into a number.
 */
export const POST_REQUEST = {
	method: 'POST' as const,
	encoding: 'text' as const,
	headers: { Accept: 'text/html, application/json;q=0.9' },
};

type Context = IExecuteFunctions | ILoadOptionsFunctions | IPollFunctions;

/** The one request function for code paths (dropdowns, the changes trigger): JSON in, parsed JSON out. */
export async function sinchApiRequest(
	this: Context,
	api: SinchInterface,
	method: IHttpRequestMethods,
	path: string,
	endpoint: Endpoint,
	qs: IDataObject = {},
): Promise<unknown> {
	const credentials = await this.getCredentials<{ baseUrl: string }>(CREDENTIAL);
	const options: IHttpRequestOptions = {
		method,
		url: `${sinchBaseUrl(credentials.baseUrl, api)}${path}`,
		qs,
		json: true,
		headers: { Accept: 'application/json' },
		returnFullResponse: true,
		ignoreHttpStatusErrors: { ignore: true as const, except: [401] },
	};
	let response: IN8nHttpFullResponse;
	try {
		response = (await this.helpers.httpRequestWithAuthentication.call(this, CREDENTIAL, options)) as IN8nHttpFullResponse;
	} catch (error) {
		throw transportError(this.getNode(), 'Sinch Contact Pro', endpoint.endpoint, error, 0, { unauthorized: SINCH_UNAUTHORIZED });
	}
	if (response.statusCode < 200 || response.statusCode >= 300) throw sinchError(this.getNode(), response, endpoint);
	return parseJsonBody(response.body);
}
