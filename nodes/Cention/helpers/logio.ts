import type { IDataObject } from 'n8n-workflow';

/**
 * The login/logout log comes as headerless CSV (`1,sysadmin,1554108462,Logout`, unix line
 * ends) or as a JSON array. Both become the same rows, with the unix timestamp also as an
 * ISO date so workflows need no conversion.
 */
export interface LogioRow extends IDataObject {
	id: number;
	name: string;
	timestamp: number;
	time: string;
	action: string;
}

/** Splits one CSV line, honouring double quotes. */
function csvFields(line: string): string[] {
	const fields: string[] = [];
	let current = '';
	let quoted = false;
	for (let index = 0; index < line.length; index++) {
		const char = line[index];
		if (quoted) {
			if (char === '"' && line[index + 1] === '"') {
				current += '"';
				index++;
			} else if (char === '"') quoted = false;
			else current += char;
		} else if (char === '"') quoted = true;
		else if (char === ',') {
			fields.push(current);
			current = '';
		} else current += char;
	}
	fields.push(current);
	return fields;
}

function row(id: unknown, name: unknown, timestamp: unknown, action: unknown): LogioRow {
	const seconds = Number(timestamp);
	return {
		id: Number(id),
		name: String(name ?? ''),
		timestamp: seconds,
		time: Number.isFinite(seconds) ? new Date(seconds * 1000).toISOString() : '',
		action: String(action ?? ''),
	};
}

/** Rows of a CSV answer; undefined when a line does not have the four fields. */
export function parseLogioCsv(text: string): LogioRow[] | undefined {
	const rows: LogioRow[] = [];
	for (const line of text.split(/\r?\n/)) {
		if (line.trim() === '') continue;
		const fields = csvFields(line.trim());
		if (fields.length < 4) return undefined;
		// A login name with a comma in it arrives unquoted in the worst case: keep it whole.
		const [id, ...rest] = fields;
		const action = rest.pop();
		const timestamp = rest.pop();
		rows.push(row(id, rest.join(','), timestamp, action));
	}
	return rows;
}

/** Rows of a JSON answer; undefined when it is not an array of records. */
export function parseLogioJson(value: unknown): LogioRow[] | undefined {
	if (!Array.isArray(value)) return undefined;
	if (!value.every((entry) => entry !== null && typeof entry === 'object')) return undefined;
	return (value as IDataObject[]).map((entry) => row(entry.id, entry.name, entry.timestamp, entry.action));
}
