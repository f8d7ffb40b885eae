import type { INodePropertyOptions, INodeProperties } from 'n8n-workflow';

/**
 * Name/value pairs carry their value as text in the editor; the pair's Type says what is sent,
 * so typing `true` or `42` gives a boolean or a number only when the user says so (a phone
 * number or an ID such as `007` stays text by default).
 */
export type ValueType = 'string' | 'number' | 'boolean' | 'json';

const typeOptions: INodePropertyOptions[] = [
	{ name: 'Boolean', value: 'boolean', description: 'True or false' },
	{ name: 'JSON', value: 'json', description: 'Any JSON value: an object, an array, null…' },
	{ name: 'Number', value: 'number' },
	{ name: 'Text', value: 'string' },
];

/** The Type of a name/value pair (put it between the pair's Name and Value). */
export const valueTypeField: INodeProperties = {
	displayName: 'Type',
	name: 'type',
	type: 'options',
	options: typeOptions,
	default: 'string',
	description: 'What the value is sent as: text, a number, true/false, or parsed JSON',
};

/** The value as its Type says; throws an Error naming the field when the text does not fit. */
export function typedValue(value: unknown, type: unknown, name: string): unknown {
	if (type === undefined || type === 'string') {
		if (value === undefined || value === null) return '';
		return typeof value === 'object' ? JSON.stringify(value) : String(value);
	}
	if (typeof value !== 'string') {
		if (type === 'number' && typeof value === 'number' && Number.isFinite(value)) return value;
		if (type === 'boolean' && typeof value === 'boolean') return value;
		if (type === 'json') return value ?? null;
	}
	const text = String(value ?? '').trim();
	if (type === 'number') {
		const number = Number(text);
		if (text === '' || !Number.isFinite(number)) throw new Error(`"${name}" is not a number: "${text}"`);
		return number;
	}
	if (type === 'boolean') {
		if (/^true$/i.test(text)) return true;
		if (/^false$/i.test(text)) return false;
		throw new Error(`"${name}" is not true or false: "${text}"`);
	}
	if (type === 'json') {
		let parsed: unknown;
		let problem: string | undefined;
		try {
			parsed = JSON.parse(text);
		} catch (error) {
			problem = (error as Error).message;
		}
		if (problem !== undefined) throw new Error(`"${name}" is not valid JSON: ${problem}`);
		return parsed;
	}
	throw new Error(`"${name}" has an unknown type "${String(type)}"`);
}
