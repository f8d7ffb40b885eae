import type { IDataObject } from 'n8n-workflow';

import { typedValue } from '../../shared/typedValue';

export interface KeyValue {
	name?: string;
	/** The pair's Type (text by default); see nodes/shared/typedValue.ts. */
	type?: string;
	value?: unknown;
}

/**
 * Name/value pairs from a fixedCollection as an object, each value of its pair's Type. Names
 * with dots build nested objects ("from_queue.id" -> {from_queue: {id}}), so fields of
 * sub-objects can be set. Throws an Error naming the pair whose value does not fit its Type.
 */
export function pairsToObject(pairs: KeyValue[] | undefined, nested = true): IDataObject {
	const result: IDataObject = {};
	for (const { name, type, value } of pairs ?? []) {
		const key = (name ?? '').trim();
		if (key === '') continue;
		const path = nested ? key.split('.') : [key];
		let target = result;
		for (const part of path.slice(0, -1)) {
			if (target[part] === null || typeof target[part] !== 'object' || Array.isArray(target[part])) target[part] = {};
			target = target[part] as IDataObject;
		}
		target[path[path.length - 1]] = (type === undefined ? value : typedValue(value, type, key)) as IDataObject[string];
	}
	return result;
}

/** The entries of a fixedCollection parameter `{ [group]: KeyValue[] }`. */
export function pairsOf(value: unknown, group: string): KeyValue[] {
	const entries = (value as Record<string, unknown> | undefined)?.[group];
	return Array.isArray(entries) ? (entries as KeyValue[]) : [];
}
