import { parseJsonBody } from '../../shared/errors';
import { pathParameters } from '../../shared/path';
import { RENEW_ON_401 } from '../../shared/request';
import type { VendorApi } from '../../shared/request';
import { CMI_PATH, sinchServer } from './baseUrl';
import type { SinchEndpoint } from './endpoints';
import { SINCH_UNAUTHORIZED, sinchError } from './errors';

export { CMI_PATH, RCI_PATH, sinchServer } from './baseUrl';
export { ENDPOINTS } from './endpoints';
export type { SinchEndpoint } from './endpoints';
export { SINCH_UNAUTHORIZED, sinchError } from './errors';
export { receiveList, receiveOne, receiveWrite } from './receive';
export * as preSend from './send';

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
	ignoreHttpStatusErrors: RENEW_ON_401,
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

/** Requests of the package's code (dropdowns, the changes trigger) through `vendorRequest`: JSON in, parsed JSON out. */
export const api: VendorApi<SinchEndpoint> = {
	vendor: 'Sinch Contact Pro',
	credential: CREDENTIAL,
	root: (credentials) => sinchServer(String(credentials.baseUrl)),
	options: { baseURL: CMI_PATH, json: true, headers: { Accept: 'application/json' } },
	unauthorized: SINCH_UNAUTHORIZED,
	error: (node, response, endpoint) => sinchError(node, response, endpoint),
	answer: (_node, response) => parseJsonBody(response.body),
};
