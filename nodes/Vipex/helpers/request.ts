import type { IDataObject } from 'n8n-workflow';

/** Fields of the call: the query string, then the body's fields (a body that is not an object lands in `body`). */
export function callFields(query: IDataObject, body: unknown): IDataObject {
	const fields: IDataObject = { ...query };
	if (body === undefined) return fields;
	if (typeof body === 'object' && body !== null && !Array.isArray(body)) return Object.assign(fields, body);
	fields.body = body as IDataObject['body'];
	return fields;
}
