import type { IN8nHttpFullResponse, INode, NodeApiError } from 'n8n-workflow';

import type { Endpoint } from '../../shared/endpoint';
import { bodyText, redact } from '../../shared/errors';
import { statusError } from '../../shared/statusError';
import type { FailedAnswer } from '../../shared/statusError';
import type { JsonApiError } from '../helpers/jsonApi';
import { parseDocument } from '../helpers/jsonApi';

/**
 * Every Cention access token carries claims, ticked under Administration → API → Access Tokens.
 * A call the token has no claim for is refused with 403; the node then names the claim.
 */
export const CLAIMS = {
	createErrand: 'Create Errand',
	errandData: 'Access to errand data',
	export: 'Access to export API',
	logio: 'Access to logio API',
	library: 'Access to library',
	contacts: 'Access and create customer contacts',
	// The manual only says the token must "carry get attachment claim" for answer attachments.
	attachment: 'get attachment',
} as const;

const claimsByPath: Array<[RegExp, string[]]> = [
	[/^custom\/logio/, [CLAIMS.logio]],
	[/^json\/c3_(new_errands|end_errands|end_obcall)\b/, [CLAIMS.createErrand]],
	[/^json\/c3_(errand_reports|dirty_errand_list|dirty_facebook_ratings|facebook_ratings)\b/, [CLAIMS.errandData]],
	[/^json\/c3_response_attachments\b/, [CLAIMS.attachment]],
	[/^json\/c3_area_archives\b/, [CLAIMS.library, CLAIMS.attachment]],
	[/^json\/c3_contact_cards\b/, [CLAIMS.contacts]],
	[/^json\/c3_trigger_exports\b/, [CLAIMS.export]],
	[/^json\/c3_(libraries|external_libraries|library_categories|library_questions|library_attachments)\b/, [CLAIMS.library]],
];

/** The claims that open an endpoint (path relative to /capi, e.g. `json/c3_libraries/4`). */
export function claimsFor(path: string): string[] {
	const relative = path.replace(/^.*\/capi\//, '').replace(/^\/+/, '');
	return claimsByPath.find(([pattern]) => pattern.test(relative))?.[1] ?? [];
}

export function describeClaims(claims: string[]): string {
	return claims.map((claim) => `"${claim}"`).join(' or ');
}

/** What to do about a 401 (n8n raises it before postReceive; the request guard words it). */
export const CENTION_UNAUTHORIZED =
	'Cention rejected the access token: it is wrong, expired or was deleted. Create one under Administration → API → Access Tokens and put it in the Cention credential.';

/** How messages name an endpoint: method and path below /capi (`GET json/c3_libraries/4`), also for a full link Cention gave. */
export function centionWhere(endpoint: Endpoint): string {
	return `${endpoint.method} ${endpoint.path.replace(/^.*?\/capi\//, '').replace(/^\/+/, '')}`;
}

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

interface CentionAnswer extends FailedAnswer {
	/** The claims that open the endpoint. */
	claims: string[];
	errors: JsonApiError[];
}

/** A 403 means the token works but lacks a claim: the message names the claim to tick. */
const byStatus = statusError<CentionAnswer>({
	vendor: 'Cention',
	byStatus: {
		403: ({ where, claims }) =>
			claims.length > 0
				? [
						`The Cention token lacks the ${describeClaims(claims)} claim needed for ${where}`,
						`Cention answered 403 Forbidden: the token is valid but may not use this endpoint. In Cention, open Administration → API → Access Tokens, tick ${describeClaims(claims)} for the token (or create a token with it) and put that token in the Cention credential.`,
					]
				: [
						`Cention refused ${where} (403 Forbidden)`,
						'The token is valid but may not use this endpoint. Check the claims ticked for the token under Administration → API → Access Tokens.',
					],
		404: ({ where }) => [`Cention has nothing at ${where} (404 Not Found)`, 'Check the ID, and the API address and workspace in the Cention credential.'],
	},
	serverError: ({ where, status }) => [`Cention failed to process ${where} (HTTP ${status})`, 'The Cention server had a problem. Try again later.'],
	clientError: ({ where, status, said, errors }) => [
		`Cention refused ${where}: ${said || `HTTP ${status}`}`,
		errors.some((error) => fieldOf(error)) ? 'Correct the named fields and run the node again.' : 'Check the node parameters and run the node again.',
	],
	otherwise: ({ where, status }) => [
		`Cention answered HTTP ${status} to ${where}`,
		'This answer was not expected. Check the API address in the Cention credential.',
	],
	response: ({ errors }) => (errors.length > 0 ? { errors } : undefined),
});

/** Turns a failed Cention answer into an error that says what failed and what to do. */
export function centionError(
	node: INode,
	response: IN8nHttpFullResponse,
	endpoint: Endpoint,
	itemIndex?: number,
	secrets: Array<string | undefined> = [],
): NodeApiError {
	const said = whatCentionSaid(response.body);
	const where = centionWhere(endpoint);
	return byStatus(node, { status: response.statusCode, where, said: redact(said.text, secrets), itemIndex, claims: claimsFor(endpoint.path), errors: said.errors });
}
