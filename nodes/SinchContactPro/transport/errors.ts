import type { IN8nHttpFullResponse, INode, NodeApiError } from 'n8n-workflow';

import { bodyText, vendorApiError } from '../../shared/errors';
import type { Endpoint } from './endpoints';

const CLOUD_KEY_HINT =
	'On a Sinch cloud tenant a 403 can also mean that the API key is missing or wrong (credential field "API Key").';

/** What to do about a 401 (n8n raises it before postReceive; the request guard words it). */
export const SINCH_UNAUTHORIZED =
	'Sinch Contact Pro did not accept the user or password. Check them in the Sinch Contact Pro credential, and that the user may use the restful interfaces.';

/**
 * Turns a failed CMI/RCI answer into an error that says what failed and what to do:
 * 403 names the Contact Pro right, 404 the resource and id, 400 repeats the server's text.
 */
export function sinchError(
	node: INode,
	response: IN8nHttpFullResponse,
	endpoint: Endpoint,
	id?: string,
	itemIndex?: number,
): NodeApiError {
	const status = response.statusCode;
	const said = bodyText(response.body);
	const saidLine = said ? `\nSinch Contact Pro said: ${said}` : '';
	let message: string;
	let hint: string;
	if (status === 400) {
		message = `Sinch Contact Pro refused ${endpoint.endpoint}: ${said || 'Bad Request'}`;
		hint = 'The server rejected the data it was sent (400 Bad Request). Correct the fields it names and try again.';
	} else if (status === 403) {
		message = endpoint.right
			? `The Contact Pro user lacks the right "${endpoint.right}" (403 on ${endpoint.endpoint})`
			: `The Contact Pro user may not use ${endpoint.endpoint} (403); Sinch's rights table does not name the right it needs`;
		hint = `Ask a Contact Pro administrator to give the API user this right in System Configurator (user rights of the queue, user or object concerned). ${CLOUD_KEY_HINT}`;
	} else if (status === 404 && id) {
		message = `Sinch Contact Pro has no ${endpoint.thing} with ID "${id}" (404 on ${endpoint.endpoint})`;
		hint = `Check the ID (Contact Pro IDs have 32 characters) and that the ${endpoint.thing} still exists.`;
	} else if (status === 404) {
		message = `Sinch Contact Pro has nothing at ${endpoint.endpoint} (404)`;
		hint = 'Check the Server URL in the credential: it is the server root (https://host:port); the node adds /RI/cmi and /RI/rci.';
	} else if (status === 406 || status === 415) {
		message = `Sinch Contact Pro did not accept the request format of ${endpoint.endpoint} (HTTP ${status})`;
		hint = 'The server expects JSON (Accept and Content-Type application/json). Check proxies between n8n and the server.';
	} else if (status >= 500) {
		message = `Sinch Contact Pro failed to process ${endpoint.endpoint} (HTTP ${status})`;
		hint = 'The server had a problem. Try again later; if it persists, check the server logs.';
	} else {
		message = `Sinch Contact Pro answered HTTP ${status} to ${endpoint.endpoint}`;
		hint = 'Check the node parameters.';
	}
	return vendorApiError(node, { message, description: `${hint}${saidLine}`, httpCode: status, itemIndex, hint, endpoint: endpoint.endpoint });
}
