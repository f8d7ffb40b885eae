import type { IDataObject } from 'n8n-workflow';

/**
 * The dialer's text formats: workflow data `k=v:k2=v2`, alternative phones `alt1:alt2`, base
 * lines `campaign;phone;k=v:k2=v2;alt1:alt2;priority;agentphone`. Values that would break a
 * format (a `:` inside a data value, a `;` inside a line field) are refused, not mangled.
 */

export interface DataPair {
	name?: unknown;
	value?: unknown;
}

/** `k=v:k2=v2` from name/value pairs; throws an Error naming the bad pair. */
export function dataText(pairs: DataPair[] | undefined): string {
	return (pairs ?? [])
		.filter((pair) => String(pair.name ?? '').trim() !== '')
		.map((pair) => {
			const name = String(pair.name).trim();
			const value = pair.value === undefined || pair.value === null ? '' : String(pair.value);
			if (/[=:;\r\n]/.test(name)) throw new Error(`Data field name "${name}" contains = : ; or a line break`);
			if (/[:;\r\n]/.test(value)) throw new Error(`Data field "${name}" has a value with : ; or a line break ("${value}")`);
			return `${name}=${value}`;
		})
		.join(':');
}

/** Alternative phones joined with `:`; commas, semicolons, spaces and colons all separate. */
export function alternativesText(value: unknown): string {
	const list = Array.isArray(value) ? value.map(String) : String(value ?? '').split(/[\s,;:]+/);
	return list.map((phone) => phone.trim()).filter((phone) => phone !== '').join(':');
}

/** The pairs of a fixedCollection `{ field: [{name, value}] }`. */
export function pairsOf(collection: unknown): DataPair[] {
	const field = (collection as IDataObject | undefined)?.field;
	return Array.isArray(field) ? (field as DataPair[]) : [];
}

export interface BaseRow {
	campaign: string;
	phone: string;
	data: string;
	alternatives: string;
	priority: string;
	agentPhone: string;
}

/** One line of an uploaded base; throws an Error naming the field that cannot go into it. */
export function baseLine(row: BaseRow): string {
	const fields: Array<[string, string]> = [
		['Campaign', row.campaign],
		['Phone', row.phone],
		['Data', row.data],
		['Alternative Phones', row.alternatives],
		['Priority', row.priority],
		['Agent Phone', row.agentPhone],
	];
	for (const [name, value] of fields) {
		if (/[;\r\n]/.test(value)) throw new Error(`${name} contains ; or a line break ("${value}")`);
	}
	if (row.phone.trim() === '') throw new Error('Phone is empty');
	if (row.priority !== '' && !/^\d+$/.test(row.priority)) throw new Error(`Priority must be a whole number ("${row.priority}")`);
	const line = fields.map(([, value]) => value.trim());
	while (line.length > 4 && line[line.length - 1] === '') line.pop();
	return line.join(';');
}

/** Lines of a base file as uContact reads it; counts rows and checks each has campaign and phone. */
export function baseFileRows(content: string): { lines: string[]; problem?: string } {
	const lines = content
		.replace(/^\ufeff/, '')
		.split(/\r?\n/)
		.map((line) => line.trim())
		.filter((line) => line !== '');
	const bad = lines.findIndex((line) => {
		const [campaign = '', phone = ''] = line.split(';');
		return campaign.trim() === '' || phone.trim() === '';
	});
	if (bad >= 0) return { lines, problem: `line ${bad + 1} ("${lines[bad].slice(0, 80)}") has no campaign;phone at its start` };
	return { lines };
}
