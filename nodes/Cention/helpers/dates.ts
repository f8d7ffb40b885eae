import { formatDay, instantOf, readDate, wallTimeIn, wallTimeToInstant } from '../../shared/timeZone';

/**
 * Dates as n8n hands them to a node turned into what Cention wants: unix seconds for the
 * login log, `YYYY/MM/DD` for exports. A value with an offset (or a JS Date / Luxon DateTime)
 * is an instant; text without an offset is read in `timeZone` (the workflow's). Returns
 * undefined for text that is not a date.
 */

/** Unix seconds of a date parameter (numbers and digit strings are unix time already). */
export function toUnixSeconds(value: unknown, timeZone: string): number | undefined {
	if (typeof value === 'number' && Number.isFinite(value)) {
		return value > 1e11 ? Math.floor(value / 1000) : Math.floor(value);
	}
	if (typeof value === 'string' && /^\d+$/.test(value.trim())) return toUnixSeconds(Number(value.trim()), timeZone);
	const date = readDate(value);
	if (!date) return undefined;
	const instant = instantOf(date) ?? wallTimeToInstant(date.time, timeZone).instantMs;
	return Math.floor(instant / 1000);
}

/** `YYYY/MM/DD` of a date parameter: the day as written, or an instant's day in `timeZone`. */
export function toCentionDate(value: unknown, timeZone: string): string | undefined {
	const text = typeof value === 'string' ? value.trim().replace(/^(\d{4})\/(\d{2})\/(\d{2})/, '$1-$2-$3') : value;
	const date = readDate(text);
	return date ? formatDay(wallTimeIn(date, timeZone), '/') : undefined;
}
