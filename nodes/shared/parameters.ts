import type { IExecuteSingleFunctions, IGetNodeParameterOptions } from 'n8n-workflow';

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
