import { zoneOffsetMinutes } from '../../shared/timeZone';

/**
 * uContact takes dates as `yyyy-MM-dd HH:mm:ss` in the server's time. Accepted input: that
 * form, a date alone, ISO 8601 (n8n's date pickers and `$now`); the wall time is kept as
 * written and an offset is dropped, so a value typed in the server's zone stays as it is.
 */
const DATE_TIME = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2}))?(?:\.\d+)?)?\s*(?:Z|[+-]\d{2}:?\d{2})?$/i;

function text(value: unknown): string {
	if (value instanceof Date) return value.toISOString();
	if (value !== null && typeof value === 'object' && typeof (value as { toISO?: unknown }).toISO === 'function') {
		return String((value as { toISO: () => string }).toISO());
	}
	return value === undefined || value === null ? '' : String(value).trim();
}

function valid(year: string, month: string, day: string, hour = '00', minute = '00', second = '00'): boolean {
	const m = Number(month);
	const d = Number(day);
	return m >= 1 && m <= 12 && d >= 1 && d <= 31 && Number(hour) < 24 && Number(minute) < 60 && Number(second) < 60 && year !== '0000';
}

/** `yyyy-MM-dd HH:mm:ss`, or undefined when the value is not a date. */
export function toUContactDateTime(value: unknown): string | undefined {
	const match = DATE_TIME.exec(text(value));
	if (!match) return undefined;
	const [, year, month, day, hour = '00', minute = '00', second = '00'] = match;
	if (!valid(year, month, day, hour, minute, second)) return undefined;
	return `${year}-${month}-${day} ${hour}:${minute}:${second}`;
}

/** The recording's day folder (`20160118`) from a call date, or a folder name given as it is. */
export function toFolder(value: unknown): string | undefined {
	const raw = text(value);
	if (/^\d{8}$/.test(raw)) return valid(raw.slice(0, 4), raw.slice(4, 6), raw.slice(6, 8)) ? raw : undefined;
	const dateTime = toUContactDateTime(raw);
	return dateTime ? dateTime.slice(0, 10).replace(/-/g, '') : undefined;
}

/** The wall clock of a time zone at an instant, as uContact writes dates. */
export function wallTime(instantMs: number, timeZone: string): string {
	const shifted = new Date(instantMs + zoneOffsetMinutes(timeZone, instantMs) * 60_000);
	return shifted.toISOString().slice(0, 19).replace('T', ' ');
}

/** A `yyyy-MM-dd HH:mm:ss` wall time moved by some minutes (no time zone involved). */
export function shiftWallTime(value: string, minutes: number): string {
	const instant = Date.parse(`${value.replace(' ', 'T')}Z`) + minutes * 60_000;
	return new Date(instant).toISOString().slice(0, 19).replace('T', ' ');
}
