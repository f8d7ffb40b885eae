import type { IDataObject } from 'n8n-workflow';

/** Form fields that must never be shown in errors or outputs. */
const SECRET_FIELDS = new Set(['password', 'token']);

/** Integra takes form fields; objects travel as JSON text inside a field (e.g. `call={"calldate":null,…}`). */
export function toForm(fields: IDataObject): URLSearchParams {
	const form = new URLSearchParams();
	for (const [name, value] of Object.entries(fields)) {
		if (value === undefined) continue;
		if (value === null) form.append(name, '');
		else if (typeof value === 'object') form.append(name, JSON.stringify(value));
		else form.append(name, String(value));
	}
	return form;
}

/** What was sent, one line, secrets masked: for error messages. */
export function describeSent(fields: IDataObject, limit = 600): string {
	const text = Object.entries(fields)
		.filter(([, value]) => value !== undefined)
		.map(([name, value]) => {
			if (SECRET_FIELDS.has(name)) return `${name}=***`;
			return `${name}=${value !== null && typeof value === 'object' ? JSON.stringify(value) : String(value)}`;
		})
		.join(', ');
	if (text === '') return '(no fields)';
	return text.length > limit ? `${text.slice(0, limit)}…` : text;
}

/** Reads `a.b` from the sent fields (for echoing them into the output item). */
export function pick(fields: IDataObject, path: string): unknown {
	let value: unknown = fields;
	for (const key of path.split('.')) {
		if (value === null || typeof value !== 'object') return undefined;
		value = (value as IDataObject)[key];
	}
	return value;
}
