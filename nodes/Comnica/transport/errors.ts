import type { IDataObject, IN8nHttpFullResponse, INode, NodeApiError } from 'n8n-workflow';

import type { Endpoint } from '../../shared/endpoint';
import { bodyText, parseJsonBody, vendorApiError } from '../../shared/errors';
import { statusError } from '../../shared/statusError';

/** How messages name an endpoint: its path as the manual writes it (`/recording/<callid>/download`). */
export function comnicaWhere(endpoint: Endpoint): string {
	return endpoint.path.replace(/\{(\w+)\}/g, (_match, name: string) => `<${name.toLowerCase()}>`);
}

interface ComnicaErrorEntry {
	code?: string;
	parameters?: IDataObject | null;
	field_name?: string | null;
	global?: boolean;
}

function describeError(entry: ComnicaErrorEntry): string {
	const parameters = Object.entries(entry.parameters ?? {})
		.map(([key, value]) => `${key}=${typeof value === 'object' ? JSON.stringify(value) : String(value)}`)
		.join(', ');
	const field = entry.field_name ? ` on field "${entry.field_name}"` : '';
	return `${entry.code ?? 'ERROR'}${field}${parameters ? ` (${parameters})` : ''}`;
}

/** A 400 with the manual's `payload.errors[]`: every error with its code, field and parameters. */
function refusedError(node: INode, status: number, body: unknown, errors: ComnicaErrorEntry[], where: string, itemIndex?: number): NodeApiError {
	const notFound = errors.some((entry) => entry.code === 'NOT_FOUND');
	return vendorApiError(node, {
		message: `Comnica refused the request: ${errors.map(describeError).join('; ')}`,
		description: `${where} answered 400 Bad Request.\n${errors
			.map((entry) => `- ${describeError(entry)}${entry.global ? ' (concerns the whole request)' : ''}`)
			.join('\n')}\nCorrect the named fields and run the node again.`,
		httpCode: status,
		itemIndex,
		response: body,
		hint: notFound
			? 'Check the IDs it names: Get Many records lists the records of a project, Filter Data the projects, users and terminations.'
			: 'Correct the named fields and try again.',
	});
}

const byStatus = statusError({
	vendor: 'Comnica',
	byStatus: {
		401: () => ['Comnica did not accept the login (401)', 'A new session could not be opened. Check the username and password in the Comnica credential.'],
		403: ({ where }) => [
			`The Comnica user may not use ${where} (403 Permission denied)`,
			'Ask a Comnica administrator to grant this user the permission for this function.',
		],
		404: ({ where }) => [
			`Comnica has nothing at ${where} (404 Not found)`,
			'Check the company name or Base URL in the credential (the API address ends in /api) and the ID you asked for.',
		],
	},
	serverError: ({ where, status }) => [`Comnica failed to process ${where} (HTTP ${status})`, 'The Comnica server had a problem. Try again later.'],
	otherwise: ({ where, status }) => [`Comnica answered HTTP ${status} to ${where}`, 'Check the node parameters.'],
});

/** Turns a Comnica error answer into an error that says what failed and what to do. */
export function comnicaError(node: INode, response: IN8nHttpFullResponse, endpoint: Endpoint, itemIndex?: number): NodeApiError {
	const status = response.statusCode;
	const where = comnicaWhere(endpoint);
	const body = parseJsonBody(response.body) as { payload?: { errors?: ComnicaErrorEntry[] } } | undefined;
	const errors = body?.payload?.errors;
	if (status === 400 && Array.isArray(errors) && errors.length > 0) return refusedError(node, status, body, errors, where, itemIndex);
	return byStatus(node, { status, where, said: bodyText(response.body), itemIndex });
}
