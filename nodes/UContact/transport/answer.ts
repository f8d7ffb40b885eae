import type { IDataObject, IN8nHttpFullResponse, INode, NodeApiError } from 'n8n-workflow';

import { bodyText, vendorApiError } from '../../shared/errors';
import { bodyToBuffer } from '../../shared/binary';
import { describeSent, pick } from './form';

/** One Integra call, described for answers and error messages. */
export interface IntegraCall {
	/** Relative to /Integra/resources, e.g. `Agents/AgentCall`. */
	endpoint: string;
	/** What the user asked for, as a verb phrase: "originate the call". */
	label: string;
	/** The form fields as sent (objects before JSON encoding). */
	sent: IDataObject;
	itemIndex?: number;
	/** What to check when uContact refuses. */
	hint?: string;
}

export type AnswerShape = 'guid' | 'ok' | 'okOrEmpty' | 'json';

export function answerText(body: unknown): string {
	return bodyToBuffer(body).toString('utf8').trim();
}

function unquoted(text: string): string {
	return text.replace(/^"(.*)"$/s, '$1').trim();
}

/** Integra answers HTTP 200 even when it fails: a body of `0` or `ERROR` is a failure. */
export function isRefusal(text: string): boolean {
	const value = unquoted(text);
	return value === '0' || /^ERROR\b/i.test(value);
}

const DEFAULT_HINT = 'Check these values against the uContact configuration (names of campaigns and agents are case-sensitive).';

function sentLine(call: IntegraCall): string {
	return `Sent to ${call.endpoint}: ${describeSent(call.sent)}`;
}

export function refusedError(node: INode, text: string, call: IntegraCall): NodeApiError {
	return vendorApiError(node, {
		message: `uContact could not ${call.label}: ${call.endpoint} answered ${unquoted(text).slice(0, 80)}`,
		description: `${sentLine(call)}\n${call.hint ?? DEFAULT_HINT}`,
		httpCode: 200,
		itemIndex: call.itemIndex,
		response: { answer: text.slice(0, 500) },
		hint: call.hint ?? DEFAULT_HINT,
		endpoint: call.endpoint,
	});
}

export function unexpectedError(node: INode, text: string, call: IntegraCall, expected: string): NodeApiError {
	return vendorApiError(node, {
		message: `uContact answered ${call.endpoint} with something other than ${expected}`,
		description: `Answer: ${text.slice(0, 300) || '(empty)'}\n${sentLine(call)}\nCheck that the Base URL points at the Integra API of your uContact version.`,
		httpCode: 200,
		itemIndex: call.itemIndex,
		hint: 'Check that the Base URL of the uContact credential points at the Integra API of your uContact version.',
		endpoint: call.endpoint,
	});
}

const statusHints: Record<number, [string, string]> = {
	400: ['rejected the request', 'A field has a value uContact cannot read. Check the fields below.'],
	401: ['did not accept the login', 'A new session could not be opened. Check the uContact credential.'],
	403: ['does not let this user call', 'Ask a uContact administrator to give the user the rights for this function.'],
	404: ['has no', 'Check the instance name or Base URL in the credential (the API lives under /Integra/resources) and that your uContact version offers this function.'],
	405: ['does not accept POST on', 'Check the Base URL in the credential.'],
	415: ['does not accept the form sent to', 'The server expects application/x-www-form-urlencoded; check proxies between n8n and uContact.'],
};

export function httpError(node: INode, status: number, body: unknown, call: IntegraCall): NodeApiError {
	const [verb, hint] =
		statusHints[status] ??
		(status >= 500
			? ['failed to process', 'The uContact server had a problem with this request: check the fields below, then try again later.']
			: ['answered an error to', 'Check the node parameters.']);
	const said = bodyText(body, 300);
	return vendorApiError(node, {
		message: `uContact ${verb} ${call.endpoint} (HTTP ${status})`,
		description: `${hint}\n${sentLine(call)}${said ? `\nuContact said: ${said}` : ''}`,
		httpCode: status,
		itemIndex: call.itemIndex,
		hint,
		endpoint: call.endpoint,
	});
}

/** The answer's text when the call succeeded; throws the mapped error otherwise. */
export function checkAnswer(node: INode, response: IN8nHttpFullResponse, call: IntegraCall): string {
	const text = answerText(response.body);
	if (response.statusCode < 200 || response.statusCode >= 300) throw httpError(node, response.statusCode, text, call);
	if (isRefusal(text)) throw refusedError(node, text, call);
	return text;
}

function echoed(call: IntegraCall, echo: string[] = []): IDataObject {
	const result: IDataObject = {};
	for (const path of echo) {
		const value = pick(call.sent, path);
		if (value !== undefined) result[path.split('.').at(-1)!] = value as IDataObject[string];
	}
	return result;
}

const OK_TEXTS = new Set(['1', 'ok', 'true']);

/** Plain-text answers as data: `{success, guid}` for a GUID, `{success, result}` for `1`/`OK`. */
export function textResult(node: INode, text: string, call: IntegraCall, shape: Exclude<AnswerShape, 'json'>, echo?: string[]): IDataObject {
	const value = unquoted(text);
	if (shape === 'guid') {
		if (value === '' || /[\s<>{}[\]]/.test(value)) throw unexpectedError(node, text, call, 'the GUID of a call');
		return { success: true, guid: value, ...echoed(call, echo) };
	}
	const accepted = OK_TEXTS.has(value.toLowerCase()) || (shape === 'okOrEmpty' && value === '');
	if (!accepted) throw unexpectedError(node, text, call, shape === 'okOrEmpty' ? '1, OK or an empty answer' : '1 or OK');
	return { success: true, result: value, ...echoed(call, echo) };
}

export function jsonResult(node: INode, text: string, call: IntegraCall): unknown {
	try {
		return JSON.parse(text) as unknown;
	} catch {
		throw unexpectedError(node, text, call, 'JSON');
	}
}
