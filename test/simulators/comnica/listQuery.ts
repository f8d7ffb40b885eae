/**
 * The manual's "general list query" language: columns (with optional order), filters with a
 * type-specific condition, and a limit. Malformed queries are refused the way Comnica does:
 * 400 with errors[] naming the field.
 */

export interface ComnicaError {
	code: string;
	parameters: Record<string, unknown>;
	field_name: string | null;
	global: boolean;
}

export interface ListQuery {
	columns: Array<{ name: string; order?: 'asc' | 'desc' }>;
	filters: Array<Record<string, unknown>>;
	limit?: number;
}

/** Absolute periods: `YYYY-MM-DD`, `YYYY-MM-DD HH24:MI:SS[zone]`, `HH24:MI:SS` (manual: project fields). */
const formats: Record<string, RegExp> = {
	date: /^\d{4}-\d\d-\d\d$/,
	datetime: /^\d{4}-\d\d-\d\d \d\d:\d\d:\d\d(\.\d+)?([+-]\d\d(:?\d\d)?)?$/,
	time: /^\d\d:\d\d:\d\d$/,
};

const types = ['boolean', 'string', 'integer', 'number', 'date', 'datetime', 'time', 'multiselect', 'select'];
const relative = ['today', 'yesterday', 'last week', 'this week', 'last month', 'this month', 'last year', 'this year'];

export function fieldError(code: string, field: string, parameters: Record<string, unknown> = {}): ComnicaError {
	return { code, parameters, field_name: field, global: false };
}

/** Columns of the record list besides the project's data fields (manual: "CC record download"). */
export const RECORD_COLUMNS = [
	'record_id', 'upload', 'terminated', 'terminating_code', 'termination_category', 'phone', 'phone_comment', 'next_call',
	'callback_to_user', 'is_redial', 'manual_redial', 'last_comment', 'last_agent_work_at', 'updated_at', 'inserted_at',
	'last_agent', 'last_call_at',
];

/** A list query as the manual describes it; `columns`, when given, are the only column names it knows. */
export function validateListQuery(payload: Record<string, unknown>, export_ = false, columns?: string[]): ComnicaError[] {
	const errors: ComnicaError[] = [];
	if (!Array.isArray(payload.columns)) errors.push(fieldError('REQUIRED', 'columns'));
	if (!Array.isArray(payload.filters)) errors.push(fieldError('REQUIRED', 'filters'));
	if (payload.limit !== undefined && (!Number.isInteger(payload.limit) || (payload.limit as number) < 1)) {
		errors.push(fieldError('BAD_DATA', 'limit', { limit: payload.limit }));
	}
	if (export_ && !['csv', 'xls'].includes(payload.download as string)) {
		errors.push(fieldError('REQUIRED', 'download', { allowed: ['csv', 'xls'] }));
	}
	for (const column of (payload.columns as unknown[]) ?? []) {
		const { name, order } = column as { name?: unknown; order?: unknown };
		if (typeof name !== 'string' || name === '') errors.push(fieldError('BAD_DATA', 'columns'));
		else if (columns && !columns.includes(name)) errors.push(fieldError('BAD_DATA', `columns.${name}`, { reason: 'unknown column' }));
		if (order !== undefined && order !== 'asc' && order !== 'desc') {
			errors.push(fieldError('BAD_DATA', `columns.${String(name)}.order`, { order }));
		}
	}
	for (const filter of (payload.filters as Array<Record<string, unknown>>) ?? []) {
		errors.push(...validateFilter(filter));
	}
	return errors;
}

function validateFilter(filter: Record<string, unknown>): ComnicaError[] {
	const name = String(filter.name ?? '');
	const type = filter.type as string;
	const condition = filter.condition;
	const bad = (parameters: Record<string, unknown> = {}) => [fieldError('BAD_DATA', name, { type, ...parameters })];
	if (!name) return [fieldError('REQUIRED', 'filters.name')];
	if (!types.includes(type)) return bad({ reason: 'unknown filter type' });
	switch (type) {
		case 'boolean':
			return typeof condition === 'boolean' ? [] : bad({ condition });
		case 'string':
			return typeof condition === 'string' ? [] : bad({ condition });
		case 'select':
			return Number.isInteger(condition) ? [] : bad({ condition });
		case 'multiselect':
			return Array.isArray(condition) && condition.every((id) => Number.isInteger(id)) ? [] : bad({ condition });
		case 'date':
		case 'datetime':
		case 'time': {
			const { type: kind, value } = (condition ?? {}) as { type?: unknown; value?: unknown };
			if (kind === 'relative') return relative.includes(value as string) ? [] : bad({ value });
			if (kind === 'absolute') {
				const { from, to } = (value ?? {}) as { from?: unknown; to?: unknown };
				const format = formats[type];
				return format.test(String(from)) && format.test(String(to)) ? [] : bad({ value, format: format.source });
			}
			return bad({ condition });
		}
		default: {
			// integer / number
			if (!['time', 'raw', 'percentage'].includes(filter.display_format as string)) {
				return bad({ display_format: filter.display_format });
			}
			if (typeof filter.is_range !== 'boolean') return bad({ is_range: filter.is_range });
			if (typeof filter.minimum !== 'number' || typeof filter.maximum !== 'number') return bad({ reason: 'minimum and maximum are required' });
			const value = (condition ?? {}) as Record<string, unknown>;
			const numbers = filter.is_range ? [value.from, value.to] : [value.value];
			if (!numbers.every((number) => typeof number === 'number')) return bad({ condition });
			const outside = (numbers as number[]).some((number) => number < (filter.minimum as number) || number > (filter.maximum as number));
			return outside ? bad({ condition, reason: 'outside minimum and maximum' }) : [];
		}
	}
}

/** Start and end of a relative period, in UTC, as the simulator understands it. */
export function relativeRange(value: string, now = new Date()): [Date, Date] {
	const start = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate()));
	const day = 86_400_000;
	const weekStart = new Date(start.getTime() - ((start.getUTCDay() + 6) % 7) * day);
	switch (value) {
		case 'today':
			return [start, new Date(start.getTime() + day)];
		case 'yesterday':
			return [new Date(start.getTime() - day), start];
		case 'this week':
			return [weekStart, new Date(weekStart.getTime() + 7 * day)];
		case 'last week':
			return [new Date(weekStart.getTime() - 7 * day), weekStart];
		case 'this month':
			return [new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), 1)), new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() + 1, 1))];
		case 'last month':
			return [new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() - 1, 1)), new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), 1))];
		case 'this year':
			return [new Date(Date.UTC(now.getUTCFullYear(), 0, 1)), new Date(Date.UTC(now.getUTCFullYear() + 1, 0, 1))];
		default:
			return [new Date(Date.UTC(now.getUTCFullYear() - 1, 0, 1)), new Date(Date.UTC(now.getUTCFullYear(), 0, 1))];
	}
}

/** Parses Comnica's `2019-10-14 11:32:11.88445+02` style timestamps. */
export function parseComnicaTime(value: unknown): Date | undefined {
	if (typeof value !== 'string' || value === '') return undefined;
	const iso = value.replace(' ', 'T').replace(/([+-]\d{2})$/, '$1:00').replace(/([+-]\d{2})(\d{2})$/, '$1:$2');
	const date = new Date(iso);
	return Number.isNaN(date.getTime()) ? undefined : date;
}

export function inDateFilter(value: unknown, condition: { type: string; value: unknown }): boolean {
	const date = parseComnicaTime(value);
	if (!date) return false;
	const [from, to] =
		condition.type === 'relative'
			? relativeRange(condition.value as string)
			: [
					parseComnicaTime((condition.value as { from: string }).from) ?? new Date(0),
					parseComnicaTime((condition.value as { to: string }).to) ?? new Date(8.64e15),
				];
	return date >= from && date <= to;
}

/** A time filter: the clock part of the value between `from` and `to` (absolute only). */
export function inTimeFilter(value: unknown, condition: { type: string; value: unknown }): boolean {
	const clock = /\d\d:\d\d:\d\d/.exec(String(value ?? ''))?.[0];
	if (!clock || condition.type !== 'absolute') return false;
	const { from, to } = condition.value as { from: string; to: string };
	return clock >= from && clock <= to;
}

/** A number/integer filter: `from`–`to` when it is a range, else exactly `value`. */
export function inNumberFilter(value: unknown, filter: Record<string, unknown>): boolean {
	if (typeof value !== 'number') return false;
	const { from, to, value: exact } = filter.condition as { from?: number; to?: number; value?: number };
	return filter.is_range ? value >= from! && value <= to! : value === exact;
}

/** Applies ordering, the limit (default 50, none for exports) and column selection. */
export function page(
	rows: Array<Record<string, unknown>>,
	query: ListQuery,
	defaultLimit: number | undefined,
): { config: { have_more: boolean }; data: Array<Record<string, unknown>> } {
	const ordered = [...rows];
	const orderColumn = query.columns.find((column) => column.order);
	if (orderColumn) {
		const direction = orderColumn.order === 'desc' ? -1 : 1;
		ordered.sort((a, b) => (String(a[orderColumn.name]) < String(b[orderColumn.name]) ? -direction : direction));
	}
	const limit = query.limit ?? defaultLimit ?? ordered.length;
	const data = ordered.slice(0, limit).map((row) => {
		const picked: Record<string, unknown> = { id: row.id };
		for (const column of query.columns) {
			if (column.name in row) picked[column.name] = row[column.name];
		}
		return picked;
	});
	return { config: { have_more: ordered.length > limit }, data };
}
