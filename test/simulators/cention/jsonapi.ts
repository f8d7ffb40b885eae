import { json } from '../base';
import type { SimReply, SimRequest } from '../base';

/** JSON:API as Cention speaks it (api2go): documents and `{errors: [...]}` with its media type. */
export const JSON_API = 'application/vnd.api+json';

export interface Resource {
	type: string;
	id: string;
	attributes?: Record<string, unknown>;
	relationships?: Record<string, { data: Identifier | Identifier[] | null; links?: Record<string, unknown> }>;
	links?: Record<string, unknown>;
}

export interface Identifier {
	type: string;
	id: string;
}

export function document(status: number, body: Record<string, unknown>): SimReply {
	return json(status, body, { 'Content-Type': JSON_API });
}

export interface ErrorObject {
	title?: string;
	detail?: string;
	code?: string;
	source?: { pointer?: string; parameter?: string };
}

const titles: Record<number, string> = {
	400: 'Bad Request',
	401: 'Unauthorized',
	403: 'Forbidden',
	404: 'Not Found',
	406: 'Not Acceptable',
	409: 'Conflict',
	415: 'Unsupported Media Type',
	422: 'Unprocessable Entity',
};

export function errors(status: number, ...entries: ErrorObject[]): SimReply {
	const list = (entries.length ? entries : [{}]).map((entry) => ({
		title: entry.title ?? titles[status] ?? 'Error',
		status: String(status),
		...(entry.code ? { code: entry.code } : {}),
		...(entry.detail ? { detail: entry.detail } : {}),
		...(entry.source ? { source: entry.source } : {}),
	}));
	return document(status, { errors: list });
}

/** A 400 naming the attribute that is wrong, as a JSON pointer. */
export function invalid(pointer: string, detail: string): SimReply {
	return errors(400, { detail, source: { pointer } });
}

export function header(request: SimRequest, name: string): string {
	const value = request.headers[name];
	return (Array.isArray(value) ? value.join(',') : value ?? '').trim();
}

/** JSON:API content negotiation: the media type must appear without parameters. */
export function acceptsJsonApi(request: SimRequest): boolean {
	return header(request, 'accept')
		.split(',')
		.map((entry) => entry.trim().toLowerCase())
		.some((entry) => entry === JSON_API);
}

export const isObject = (value: unknown): value is Record<string, unknown> =>
	value !== null && typeof value === 'object' && !Array.isArray(value);

export const isText = (value: unknown): value is string => typeof value === 'string' && value.trim() !== '';

/** Strict base64: decodes and re-encodes to the same text. */
export function isBase64(value: unknown): value is string {
	if (typeof value !== 'string' || !/^[A-Za-z0-9+/]*={0,2}$/.test(value) || value.length % 4 !== 0) return false;
	return Buffer.from(value, 'base64').toString('base64') === value;
}
