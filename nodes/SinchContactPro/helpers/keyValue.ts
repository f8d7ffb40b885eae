import type { IDataObject } from 'n8n-workflow';

export interface KeyValue {
	name?: string;
	value?: unknown;
}

/**
 * Name/value pairs from a fixedCollection as an object. Names with dots build nested
 * objects ("from_queue.id" -> {from_queue: {id}}), so fields of sub-objects can be set.
 */
export function pairsToObject(pairs: KeyValue[] | undefined, nested = true): IDataObject {
	const result: IDataObject = {};
	for (const { name, value } of pairs ?? []) {
		const key = (name ?? '').trim();
		if (key === '') continue;
		const path = nested ? key.split('.') : [key];
		let target = result;
		for (const part of path.slice(0, -1)) {
			if (target[part] === null || typeof target[part] !== 'object' || Array.isArray(target[part])) target[part] = {};
			target = target[part] as IDataObject;
		}
		target[path[path.length - 1]] = value as IDataObject[string];
	}
	return result;
}

/** The entries of a fixedCollection parameter `{ [group]: KeyValue[] }`. */
export function pairsOf(value: unknown, group: string): KeyValue[] {
	const entries = (value as Record<string, unknown> | undefined)?.[group];
	return Array.isArray(entries) ? (entries as KeyValue[]) : [];
}
