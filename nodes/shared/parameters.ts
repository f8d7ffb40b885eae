import { NodeOperationError } from 'n8n-workflow';
import type { IDataObject, IExecuteSingleFunctions, IGetNodeParameterOptions, IHttpRequestOptions, INode } from 'n8n-workflow';

const reads = new WeakMap<object, Map<string, unknown>>();

const MISSING = {};

/**
 * A parameter of the item a preSend, pagination or postReceive function runs for, read once
 * per item however many of the item's functions ask for it. Every read evaluates the user's
 * expression again, and n8n 2.41 evaluates each one in its sandbox. The value is shared: do
 * not change it. `fallback` is returned when the parameter is not set.
 */
export function itemParameter<T = unknown>(
	context: IExecuteSingleFunctions,
	name: string,
	fallback?: T,
	options?: IGetNodeParameterOptions,
): T {
	// A pagination function runs on a child of the item's context (n8n adds makeRoutingRequest).
	const owner: object = Object.prototype.hasOwnProperty.call(context, 'makeRoutingRequest') ? Object.getPrototypeOf(context) : context;
	let item = reads.get(owner);
	if (!item) reads.set(owner, (item = new Map()));
	const key = options ? `${name}\u0000${JSON.stringify(options)}` : name;
	if (!item.has(key)) {
		const set = context.getNodeParameter(name, MISSING, { rawExpressions: true }) !== MISSING;
		item.set(key, set ? context.getNodeParameter(name, undefined, options) : MISSING);
	}
	const value = item.get(key);
	return (value === MISSING ? fallback : value) as T;
}

/** Bad input, reported before anything is sent: a NodeOperationError naming the field. */
export function inputError(node: INode, itemIndex: number, message: string, description?: string): NodeOperationError {
	return new NodeOperationError(node, message, { itemIndex, description });
}

/** Throws `inputError` for the item a preSend or postReceive runs for. */
export function fail(context: IExecuteSingleFunctions, message: string, description?: string): never {
	throw inputError(context.getNode(), context.getItemIndex(), message, description);
}

/** Whether a value is empty for a required text or id: nothing, or only white space. */
export function isBlank(value: unknown): boolean {
	return value === undefined || value === null || (typeof value === 'string' && value.trim() === '');
}

/** A required text or id: throws `${field} is empty` (field as the message names it) for a blank value. */
export function requireText(context: IExecuteSingleFunctions, value: unknown, field: string, description?: string): void {
	if (isBlank(value)) fail(context, `${field} is empty`, description);
}

/** A date parameter as text: a Luxon DateTime or JS Date as ISO text, anything else trimmed. */
export function asText(value: unknown): string {
	if (value === undefined || value === null) return '';
	if (typeof value === 'object' && typeof (value as { toISO?: unknown }).toISO === 'function') {
		return String((value as { toISO: () => string }).toISO());
	}
	if (value instanceof Date) return value.toISOString();
	return String(value).trim();
}

/** Reads `a.b.c` of an object; undefined where a part is missing. */
export function getPath(target: unknown, path: string): unknown {
	let value: unknown = target;
	for (const key of path.split('.')) {
		if (value === null || typeof value !== 'object') return undefined;
		value = (value as IDataObject)[key];
	}
	return value;
}

/** Sets `a.b.c` of an object, creating the objects on the way. */
export function setPath(target: IDataObject, path: string, value: unknown): void {
	const keys = path.split('.');
	let cursor = target;
	for (const name of keys.slice(0, -1)) {
		if (cursor[name] === null || typeof cursor[name] !== 'object') cursor[name] = {};
		cursor = cursor[name] as IDataObject;
	}
	cursor[keys[keys.length - 1]] = value as IDataObject[string];
}

/** The request's body as an object a preSend can add to (an object is made when there is none). */
export function bodyObject(requestOptions: IHttpRequestOptions): IDataObject {
	if (requestOptions.body === null || typeof requestOptions.body !== 'object') requestOptions.body = {};
	return requestOptions.body as IDataObject;
}
