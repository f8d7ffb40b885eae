import { formatDay, formatWallTime, readDate } from '../../shared/timeZone';

/** `+0100`, `-0530`; UTC as `+00` (the form of Comnica's own answers). */
function comnicaOffset(minutes: number): string {
	if (minutes === 0) return '+00';
	const sign = minutes < 0 ? '-' : '+';
	const absolute = Math.abs(minutes);
	return `${sign}${String(Math.floor(absolute / 60)).padStart(2, '0')}${String(absolute % 60).padStart(2, '0')}`;
}

/**
 * Comnica takes times as `YYYY-MM-DD HH24:MI:SS[ZZZZ]`, an offset included, so a time keeps
 * the offset it was given with: ISO text as written, a Luxon DateTime in its own zone, a JS
 * Date in UTC (`+00`). Text without an offset goes without one. Text that is not a date is
 * passed on for Comnica to judge.
 */
export function toComnicaTime(value: unknown): string | undefined {
	if (value === undefined || value === null || value === '') return undefined;
	const date = readDate(value);
	if (!date) return String(value).trim();
	if (date.dateOnly) return formatDay(date.time);
	return `${formatWallTime(date.time)}${date.offsetMinutes === undefined ? '' : comnicaOffset(date.offsetMinutes)}`;
}

export function toComnicaDate(value: unknown): string | undefined {
	return toComnicaTime(value)?.slice(0, 10);
}

/** A time of day `HH24:MI:SS`, from a time (`08:30`) or the clock part of a date-time. */
export function toComnicaClock(value: unknown): string | undefined {
	if (value === undefined || value === null || value === '') return undefined;
	const text = String(value).trim();
	const match = /(?:^|[T ])(\d{2}):(\d{2})(?::(\d{2}))?/.exec(text);
	return match ? `${match[1]}:${match[2]}:${match[3] ?? '00'}` : text;
}
