import type { Row } from './data';

/** RCI-style matching: * and ? are wildcards, case-insensitive. */
export function matches(value: unknown, pattern: string): boolean {
	if (value === undefined || value === null) return false;
	const source = pattern.replace(/[.+^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*').replace(/\?/g, '.');
	return new RegExp(`^${source}$`, 'i').test(typeof value === 'object' ? JSON.stringify(value) : String(value));
}

/** Filters rows by every query parameter that is not reserved, then applies limit. */
export function filterRows(rows: Row[], query: Record<string, string>, reserved: string[] = []): Row[] | string {
	let result = rows;
	for (const [key, value] of Object.entries(query)) {
		if (['limit', 'offset', 'sort', 'language', ...reserved].includes(key)) continue;
		result = result.filter((row) => matches(row[key], value));
	}
	if (query.limit !== undefined) {
		const limit = Number(query.limit);
		if (!Number.isInteger(limit) || limit < 0) return `Invalid value for limit: ${query.limit}`;
		result = result.slice(0, limit);
	}
	return result;
}

/** RCI paging: sort ("-" descending), offset (default 0), limit (default 100). */
export function rciPage(rows: Row[], query: Record<string, string>): Row[] | string {
	const { limit: _limit, ...filters } = query;
	const filtered = filterRows(rows, filters);
	if (typeof filtered === 'string') return filtered;
	let result = [...filtered];
	if (query.sort) {
		const descending = query.sort.startsWith('-');
		const key = query.sort.replace(/^-/, '').split(',')[0].trim();
		result.sort((a, b) => String(a[key] ?? '').localeCompare(String(b[key] ?? '')) * (descending ? -1 : 1));
	}
	const offset = query.offset === undefined ? 0 : Number(query.offset);
	const limit = query.limit === undefined ? 100 : Number(query.limit);
	if (!Number.isInteger(offset) || offset < 0) return `Invalid value for offset: ${query.offset}`;
	if (!Number.isInteger(limit) || limit < 0) return `Invalid value for limit: ${query.limit}`;
	return result.slice(offset, offset + limit);
}
