import type { IN8nHttpFullResponse, INode, NodeApiError } from 'n8n-workflow';

import { bodyText, redact, vendorApiError } from '../../shared/errors';
import type { JsonApiError } from '../helpers/jsonApi';
import { parseDocument } from '../helpers/jsonApi';
import { claimsFor, describeClaims } from './claims';

export interface Endpoint {
	method: 'GET' | 'POST';
	/** Path below /capi, e.g. `json/c3_libraries/4`. */
	path: string;
}

/** What to do about a 401 (n8n raises it before postReceive; the request guard words it). */
export const CENTION_UNAUTHORIZED =
	'Cention rejected the access token: it is wrong, expired or was deleted. Create one under Administration → API → Access Tokens and put it in the Cention credential.';

/** `/data/attributes/msg/from` → `data.attributes.msg.from`: the field as the user knows it. */
function fieldOf(error: JsonApiError): string | undefined {
	const pointer = error.source?.pointer;
	if (typeof pointer === 'string' && pointer !== '') return pointer.replace(/^\//, '').split('/').join('.');
	return error.source?.parameter;
}

function describeError(error: JsonApiError): string {
	const text = error.detail || error.title || 'error';
	const code = error.code ? ` [code ${error.code}]` : '';
	const field = fieldOf(error);
	return `${text}${code}${field ? ` (field ${field})` : ''}`;
}

/** What Cention said: JSON:API `errors[]` when it sent them, otherwise the plain text. */
export function whatCentionSaid(body: unknown): { text: string; errors: JsonApiError[] } {
	const errors = parseDocument(body)?.errors;
	if (Array.isArray(errors) && errors.length > 0) {
		return { text: errors.map(describeError).join('; '), errors };
	}
	return { text: bodyText(body), errors: [] };
}

/**
 * Turns a failed Cention answer into an error that says what failed and what to do. A 403
 * means the token works but lacks a claim: the message names the claim to tick.
 */
export function centionError(
	node: INode,
	response: IN8nHttpFullResponse,
	endpoint: Endpoint,
	itemIndex?: number,
	secrets: Array<string | undefined> = [],
): NodeApiError {
	const status = response.statusCode;
	const where = `${endpoint.method} ${endpoint.path}`;
	const said = whatCentionSaid(response.body);
	const saidText = redact(said.text, secrets);
	const claims = claimsFor(endpoint.path);
	let message: string;
	let hint: string;
	if (status === 403 && claims.length > 0) {
		message = `The Cention token lacks the ${describeClaims(claims)} claim needed for ${where}`;
		hint = `Cention answered 403 Forbidden: the token is valid but may not use this endpoint. In Cention, open Administration → API → Access Tokens, tick ${describeClaims(claims)} for the token (or create a token with it) and put that token in the Cention credential.`;
	} else if (status === 403) {
		message = `Cention refused ${where} (403 Forbidden)`;
		hint = 'The token is valid but may not use this endpoint. Check the claims ticked for the token under Administration → API → Access Tokens.';
	} else if (status === 404) {
		message = `Cention has nothing at ${where} (404 Not Found)`;
		hint = 'Check the ID, and the API address and workspace in the Cention credential.';
	} else if (status >= 500) {
		message = `Cention failed to process ${where} (HTTP ${status})`;
		hint = 'The Cention server had a problem. Try again later.';
	} else if (status >= 400) {
		message = `Cention refused ${where}: ${saidText || `HTTP ${status}`}`;
		hint = said.errors.some((error) => fieldOf(error))
			? 'Correct the named fields and run the node again.'
			: 'Check the node parameters and run the node again.';
	} else {
		message = `Cention answered HTTP ${status} to ${where}`;
		hint = 'This answer was not expected. Check the API address in the Cention credential.';
	}
	return vendorApiError(node, {
		message,
		description: saidText ? `${hint}\nCention said: ${saidText}` : hint,
		httpCode: status,
		itemIndex,
		response: said.errors.length > 0 ? { errors: said.errors } : undefined,
		hint,
		endpoint: where,
	});
}
