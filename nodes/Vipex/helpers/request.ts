import type { IDataObject, IWebhookFunctions } from 'n8n-workflow';

/**
 * The PBX's templates are free-form: GET appends any query string, POST sends any body (JSON by
 * default). n8n parses JSON, forms and text; anything else is parsed here from the raw body.
 */
export async function readBody(context: IWebhookFunctions): Promise<unknown> {
	const parsed = context.getBodyData() as unknown;
	if (parsed !== undefined && parsed !== null && !isEmptyObject(parsed)) {
		return typeof parsed === 'string' ? parseText(parsed) : parsed;
	}
	const request = context.getRequestObject();
	try {
		if (!request.rawBody && typeof request.readRawBody === 'function') await request.readRawBody();
	} catch {
		// A connection that broke while sending: treat as no body (the PBX resends end-of-call data).
		return undefined;
	}
	const raw = request.rawBody as Buffer | undefined;
	if (!raw || raw.length === 0) return undefined;
	return parseText(raw.toString('utf8'));
}

function isEmptyObject(value: unknown): boolean {
	return typeof value === 'object' && !Array.isArray(value) && Object.keys(value as object).length === 0;
}

/** JSON when it parses (the PBX's default even with a wrong content type), otherwise the text itself. */
function parseText(text: string): unknown {
	const trimmed = text.trim();
	if (trimmed === '') return undefined;
	if (trimmed.startsWith('{') || trimmed.startsWith('[')) {
		try {
			return JSON.parse(trimmed) as unknown;
		} catch {
			return text;
		}
	}
	return text;
}

/** Fields of the call: the query string, then the body's fields (a body that is not an object lands in `body`). */
export function callFields(query: IDataObject, body: unknown): IDataObject {
	const fields: IDataObject = { ...query };
	if (body === undefined) return fields;
	if (typeof body === 'object' && body !== null && !Array.isArray(body)) return Object.assign(fields, body);
	fields.body = body as IDataObject['body'];
	return fields;
}

/** Removes the API key from what the workflow sees; a dotted body path is copied along the way, never mutated. */
export function withoutSecret(fields: IDataObject, path: string): IDataObject {
	const keys = path.split('.');
	const copy: IDataObject = { ...fields };
	let target: IDataObject = copy;
	for (const key of keys.slice(0, -1)) {
		const next = target[key];
		if (next === null || typeof next !== 'object' || Array.isArray(next)) return copy;
		target[key] = { ...(next as IDataObject) };
		target = target[key] as IDataObject;
	}
	delete target[keys[keys.length - 1]];
	return copy;
}
