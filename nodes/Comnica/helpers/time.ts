/**
 * Comnica takes times as `YYYY-MM-DD HH24:MI:SS[ZZZZ]`; n8n's date fields give ISO 8601
 * (`2026-05-04T10:00:00`, optionally with a zone). Keeps the zone when there is one.
 */
export function toComnicaTime(value: unknown): string | undefined {
	if (value === undefined || value === null || value === '') return undefined;
	const text = String(value).trim();
	const match = /^(\d{4}-\d{2}-\d{2})(?:[T ](\d{2}:\d{2})(:\d{2})?(?:\.\d+)?)?\s*(Z|[+-]\d{2}(?::?\d{2})?)?$/.exec(text);
	if (!match) return text;
	const [, date, hoursMinutes, seconds, zone] = match;
	if (!hoursMinutes) return date;
	const offset = zone === 'Z' ? '+00' : zone?.replace(':', '') ?? '';
	return `${date} ${hoursMinutes}${seconds ?? ':00'}${offset}`;
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
