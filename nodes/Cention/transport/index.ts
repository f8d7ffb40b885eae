import type { IN8nHttpFullResponse, INode } from 'n8n-workflow';

import type { Endpoint } from '../../shared/endpoint';
import { bodyText, vendorApiError } from '../../shared/errors';
import { pathParameters } from '../../shared/path';
import { RENEW_ON_401 } from '../../shared/request';
import type { VendorApi } from '../../shared/request';
import type { JsonApiDocument } from '../helpers/jsonApi';
import { parseDocument } from '../helpers/jsonApi';
import { centionApiRoot, JSON_API } from './baseUrl';
import { CENTION_UNAUTHORIZED, centionError, centionWhere } from './errors';

export { CENTION_API_ROOT_EXPRESSION, centionApiRoot, JSON_API } from './baseUrl';
export { ENDPOINTS } from './endpoints';
export { CENTION_UNAUTHORIZED, centionError } from './errors';

/**
 * Request defaults of the declarative node: JSON:API both ways, errors mapped by postReceive.
 * The credential's `authenticate` puts the workspace's API root in front of the urls.
 */
export const centionRequestDefaults = {
	json: true,
	headers: { Accept: JSON_API, 'Content-Type': JSON_API },
	ignoreHttpStatusErrors: RENEW_ON_401,
};

/** preSend of every request: the database IDs in `/json/c3_errand_reports/{errandId}`-style urls (checked by requireId). */
export const centionPathIds = pathParameters((value) => String(value).trim());

/** The JSON:API document of a successful answer; throws the mapped error for anything else. */
export function documentOf(node: INode, response: IN8nHttpFullResponse, endpoint: Endpoint, itemIndex?: number): JsonApiDocument | undefined {
	if (response.statusCode < 200 || response.statusCode >= 300) {
		throw centionError(node, response, endpoint, itemIndex);
	}
	if (bodyText(response.body) === '') return undefined;
	const document = parseDocument(response.body);
	if (!document) {
		throw vendorApiError(node, {
			message: `Cention answered ${centionWhere(endpoint)} with something that is not JSON:API`,
			description: `Check the API address and workspace in the Cention credential. Answer: ${bodyText(response.body)}`,
			httpCode: response.statusCode,
			itemIndex,
			hint: 'Check the API address and workspace in the Cention credential.',
			endpoint: centionWhere(endpoint),
		});
	}
	return document;
}

/**
 * Requests of the package's code (dropdowns, downloads, the triggers) through `vendorRequest`.
 * A path is below /capi (`/json/c3_libraries`) or, for links Cention hands out, a full URL on
 * the credential's host; a body is a JSON:API document. The answer is the document, or
 * undefined when Cention answered without one.
 */
export const api: VendorApi<Endpoint, JsonApiDocument | undefined> = {
	vendor: 'Cention',
	credential: 'centionApi',
	root: (credentials) => centionApiRoot(String(credentials.baseUrl), String(credentials.workspace)),
	options: { json: true, headers: { Accept: JSON_API, 'Content-Type': JSON_API } },
	unauthorized: CENTION_UNAUTHORIZED,
	where: centionWhere,
	error: (node, response, endpoint, call) => centionError(node, response, endpoint, call.itemIndex),
	answer: (node, response, endpoint, call) => documentOf(node, response, endpoint, call.itemIndex),
};
