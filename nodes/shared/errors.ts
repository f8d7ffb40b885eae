import { NodeApiError } from 'n8n-workflow';
import type { INode, JsonObject } from 'n8n-workflow';

import { bodyToBuffer } from './binary';

export interface VendorErrorDetails {
	/** One line that says what failed and what to do. */
	message: string;
	/** Details: vendor codes, fields, the endpoint. Never credentials. */
	description?: string;
	httpCode?: number | string;
	itemIndex?: number;
	/** The vendor's answer, kept for the error view (already free of secrets). */
	response?: unknown;
	/** What to do, in one sentence: the answer an AI agent gets quotes it (nodes/shared/tool.ts). */
	hint?: string;
	/** The vendor's own error code or answer, when the message does not already name it. */
	code?: string;
	/** The endpoint the message names; left out of the answer an AI agent gets. */
	endpoint?: string;
}

const vendorErrors = new WeakMap<object, VendorErrorDetails>();

/** Whether an error was already written by a vendor's mapping (and must be kept as is). */
export function isVendorError(error: unknown): boolean {
	return typeof error === 'object' && error !== null && vendorErrors.has(error);
}

/** The details a vendor's mapping gave for an error it wrote. */
export function vendorErrorDetails(error: unknown): VendorErrorDetails | undefined {
	return typeof error === 'object' && error !== null ? vendorErrors.get(error) : undefined;
}

/**
 * The package's single way to report a failed vendor call. It is built from a plain object,
 * so no request options (with their Authorization headers) end up in the error.
 */
export function vendorApiError(node: INode, details: VendorErrorDetails): NodeApiError {
	const httpCode = details.httpCode === undefined ? undefined : String(details.httpCode);
	const error = new NodeApiError(
		node,
		{ message: details.message, description: details.description ?? '', httpCode: httpCode ?? '' } as JsonObject,
		{
			message: details.message,
			description: details.description,
			httpCode,
			itemIndex: details.itemIndex,
		},
	);
	if (details.response !== undefined) error.context.response = details.response as JsonObject;
	vendorErrors.set(error, details);
	return error;
}

/** Text of an error body, shortened so a large HTML error page stays readable. */
export function bodyText(body: unknown, limit = 500): string {
	const text = bodyToBuffer(body).toString('utf8').trim();
	return text.length > limit ? `${text.slice(0, limit)}…` : text;
}

/** Parses a JSON error body that may arrive as text or bytes; undefined when it is not JSON. */
export function parseJsonBody(body: unknown): unknown {
	if (body !== null && typeof body === 'object' && !Buffer.isBuffer(body) && !ArrayBuffer.isView(body) && !(body instanceof ArrayBuffer)) {
		return body;
	}
	const text = bodyToBuffer(body).toString('utf8').trim();
	if (text === '') return undefined;
	try {
		return JSON.parse(text);
	} catch {
		return undefined;
	}
}

/** Removes every occurrence of the given secrets from a text before it is shown or logged. */
export function redact(text: string, secrets: Array<string | undefined>): string {
	let result = text;
	for (const secret of secrets) {
		if (secret && secret.length >= 4) result = result.split(secret).join('***');
	}
	return result;
}
