import type { IDataObject, INode, NodeApiError } from 'n8n-workflow';

import { bodyToBuffer } from '../../shared/binary';
import { bodyText, vendorApiError } from '../../shared/errors';
import { statusError } from '../../shared/statusError';
import type { FailedAnswer } from '../../shared/statusError';
import type { IntegraEndpoint } from './endpoints';
import { describeSent } from './send';

/** One Integra call, described for answers and error messages. */
export interface IntegraCall {
	endpoint: IntegraEndpoint;
	/** The form fields as sent (objects before JSON encoding). */
	sent: IDataObject;
	itemIndex?: number;
}

/** How messages name an endpoint: relative to /Integra/resources, e.g. `Agents/AgentCall`. */
export function integraWhere(endpoint: IntegraEndpoint): string {
	return endpoint.path.replace(/^\/+/, '');
}

export function answerText(body: unknown): string {
	return bodyToBuffer(body).toString('utf8').trim();
}

export function unquoted(text: string): string {
	return text.replace(/^"(.*)"$/s, '$1').trim();
}

/** Integra answers HTTP 200 even when it fails: a body of `0` or `ERROR` is a failure. */
export function isRefusal(text: string): boolean {
	const value = unquoted(text);
	return value === '0' || /^ERROR\b/i.test(value);
}

const DEFAULT_HINT = 'Check these values against the uContact configuration (names of campaigns and agents are case-sensitive).';

function sentLine(call: IntegraCall): string {
	return `Sent to ${integraWhere(call.endpoint)}: ${describeSent(call.sent)}`;
}

export function refusedError(node: INode, text: string, call: IntegraCall): NodeApiError {
	const where = integraWhere(call.endpoint);
	const hint = call.endpoint.hint ?? DEFAULT_HINT;
	return vendorApiError(node, {
		message: `uContact could not ${call.endpoint.label}: ${where} answered ${unquoted(text).slice(0, 80)}`,
		description: `${sentLine(call)}\n${hint}`,
		httpCode: 200,
		itemIndex: call.itemIndex,
		response: { answer: text.slice(0, 500) },
		hint,
		endpoint: where,
	});
}

export function unexpectedError(node: INode, text: string, call: IntegraCall, expected: string): NodeApiError {
	const where = integraWhere(call.endpoint);
	return vendorApiError(node, {
		message: `uContact answered ${where} with something other than ${expected}`,
		description: `Answer: ${text.slice(0, 300) || '(empty)'}\n${sentLine(call)}\nCheck that the Base URL points at the Integra API of your uContact version.`,
		httpCode: 200,
		itemIndex: call.itemIndex,
		hint: 'Check that the Base URL of the uContact credential points at the Integra API of your uContact version.',
		endpoint: where,
	});
}

interface IntegraAnswer extends FailedAnswer {
	call: IntegraCall;
}

const verbs = (verb: string, hint: string) => ({ where, status }: IntegraAnswer): [string, string] => [`uContact ${verb} ${where} (HTTP ${status})`, hint];

const byStatus = statusError<IntegraAnswer>({
	vendor: 'uContact',
	byStatus: {
		400: verbs('rejected the request', 'A field has a value uContact cannot read. Check the fields below.'),
		401: verbs('did not accept the login', 'A new session could not be opened. Check the uContact credential.'),
		403: verbs('does not let this user call', 'Ask a uContact administrator to give the user the rights for this function.'),
		404: verbs(
			'has no',
			'Check the instance name or Base URL in the credential (the API lives under /Integra/resources) and that your uContact version offers this function.',
		),
		405: verbs('does not accept POST on', 'Check the Base URL in the credential.'),
		415: verbs('does not accept the form sent to', 'The server expects application/x-www-form-urlencoded; check proxies between n8n and uContact.'),
	},
	serverError: verbs('failed to process', 'The uContact server had a problem with this request: check the fields below, then try again later.'),
	otherwise: verbs('answered an error to', 'Check the node parameters.'),
	sentLine: ({ call }) => sentLine(call),
});

export function httpError(node: INode, status: number, body: unknown, call: IntegraCall): NodeApiError {
	return byStatus(node, { status, where: integraWhere(call.endpoint), said: bodyText(body, 300), itemIndex: call.itemIndex, call });
}
