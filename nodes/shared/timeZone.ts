/**
 * Wall-clock times of an IANA time zone and the instants they name, with Intl only (no
 * library). Vendors write local times without an offset (VIPeX) or want unix seconds for a
 * time the user picked in the workflow's zone (Cention).
 */

export interface WallTime {
	year: number;
	/** 1–12. */
	month: number;
	day: number;
	hour: number;
	minute: number;
	second: number;
}

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(zone: string): Intl.DateTimeFormat {
	let found = formatters.get(zone);
	if (!found) {
		found = new Intl.DateTimeFormat('en-US', {
			timeZone: zone,
			hourCycle: 'h23',
			year: 'numeric',
			month: '2-digit',
			day: '2-digit',
			hour: '2-digit',
			minute: '2-digit',
			second: '2-digit',
		});
		formatters.set(zone, found);
	}
	return found;
}

export function isValidTimeZone(zone: string): boolean {
	try {
		formatter(zone);
		return true;
	} catch {
		return false;
	}
}

/** Minutes the zone's wall clock is ahead of UTC at the given instant. */
export function zoneOffsetMinutes(zone: string, instantMs: number): number {
	const parts: Record<string, number> = {};
	for (const part of formatter(zone).formatToParts(new Date(instantMs))) {
		if (part.type !== 'literal') parts[part.type] = Number(part.value);
	}
	const wall = Date.UTC(parts.year, parts.month - 1, parts.day, parts.hour, parts.minute, parts.second);
	return Math.round((wall - Math.floor(instantMs / 1000) * 1000) / 60000);
}

/** The instant a wall-clock time names in a zone, and the zone's offset (minutes) then. */
export function wallTimeToInstant(time: WallTime, zone: string): { instantMs: number; offsetMinutes: number } {
	const asUtc = Date.UTC(time.year, time.month - 1, time.day, time.hour, time.minute, time.second);
	// The offset depends on the instant; a second pass settles it around daylight-saving changes.
	const guess = zoneOffsetMinutes(zone, asUtc);
	const offsetMinutes = zoneOffsetMinutes(zone, asUtc - guess * 60000);
	return { instantMs: asUtc - offsetMinutes * 60000, offsetMinutes };
}

/** `+01:00`, `-05:00`, `+05:30`. */
export function formatOffset(minutes: number): string {
	const sign = minutes < 0 ? '-' : '+';
	const absolute = Math.abs(minutes);
	const pad = (value: number) => String(value).padStart(2, '0');
	return `${sign}${pad(Math.floor(absolute / 60))}:${pad(absolute % 60)}`;
}

/**
 * A date parameter as n8n hands it to a node: ISO text from a date picker or an expression
 * (`2030-10-11T15:00:00`, with or without an offset), `yyyy-MM-dd HH:mm:ss`, a JS Date (a Code
 * node, `new Date()`) or a Luxon DateTime (`{{ $now }}`).
 */
export interface DateValue {
	/** The wall-clock time as written; for a JS Date, in UTC. */
	time: WallTime;
	/** Minutes ahead of UTC it was written with; undefined for text without an offset. */
	offsetMinutes?: number;
	/** Text with a date and no time. */
	dateOnly: boolean;
}

const DATE_TEXT = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?\s*(Z|[+-]\d{2}(?::?\d{2})?)?)?$/i;

function utcWallTime(instantMs: number): WallTime {
	const date = new Date(instantMs);
	return {
		year: date.getUTCFullYear(),
		month: date.getUTCMonth() + 1,
		day: date.getUTCDate(),
		hour: date.getUTCHours(),
		minute: date.getUTCMinutes(),
		second: date.getUTCSeconds(),
	};
}

function isLuxonDateTime(value: unknown): value is { toMillis: () => number; offset: number } {
	return value !== null && typeof value === 'object' && typeof (value as { toMillis?: unknown }).toMillis === 'function';
}

/** Reads a date parameter; undefined when it is not one (or names a day that does not exist). */
export function readDate(value: unknown): DateValue | undefined {
	if (value instanceof Date) {
		const ms = value.getTime();
		return Number.isNaN(ms) ? undefined : { time: utcWallTime(ms), offsetMinutes: 0, dateOnly: false };
	}
	if (isLuxonDateTime(value)) {
		const ms = value.toMillis();
		const offset = Number(value.offset);
		if (!Number.isFinite(ms) || !Number.isFinite(offset)) return undefined;
		return { time: utcWallTime(ms + offset * 60000), offsetMinutes: offset, dateOnly: false };
	}
	if (typeof value !== 'string') return undefined;
	const match = DATE_TEXT.exec(value.trim());
	if (!match) return undefined;
	const [year, month, day, hour, minute, second] = match.slice(1, 7).map((part) => Number(part ?? 0));
	const time = { year, month, day, hour, minute, second };
	const check = utcWallTime(Date.UTC(year, month - 1, day, hour, minute, second));
	if (year === 0 || check.month !== month || check.day !== day || check.hour !== hour || check.minute !== minute) return undefined;
	const zone = match[7];
	if (zone === undefined) return { time, dateOnly: match[4] === undefined };
	const [, sign, hours, minutes = '00'] = /^([+-])(\d{2}):?(\d{2})?$/.exec(zone) ?? ['', '+', '00', '00'];
	const offsetMinutes = (sign === '-' ? -1 : 1) * (Number(hours) * 60 + Number(minutes));
	return { time, offsetMinutes, dateOnly: false };
}

/** The instant a date names; undefined for text without an offset (it names no instant by itself). */
export function instantOf(date: DateValue): number | undefined {
	if (date.offsetMinutes === undefined) return undefined;
	const { year, month, day, hour, minute, second } = date.time;
	return Date.UTC(year, month - 1, day, hour, minute, second) - date.offsetMinutes * 60000;
}

/** The wall-clock time of an instant in a zone. */
export function wallTimeAt(instantMs: number, zone: string): WallTime {
	return utcWallTime(instantMs + zoneOffsetMinutes(zone, instantMs) * 60000);
}

/**
 * The rule for vendors that take local wall times (uContact): a date that names an instant (it
 * has an offset, or is a Date / DateTime) becomes the wall time of that instant in `zone`;
 * text without an offset is kept as written.
 */
export function wallTimeIn(date: DateValue, zone: string): WallTime {
	const instant = instantOf(date);
	return instant === undefined ? date.time : wallTimeAt(instant, zone);
}

const pad = (value: number, width = 2) => String(value).padStart(width, '0');

/** `yyyy-MM-dd` of a wall time. */
export function formatDay(time: WallTime, separator = '-'): string {
	return [pad(time.year, 4), pad(time.month), pad(time.day)].join(separator);
}

/** `yyyy-MM-dd HH:mm:ss` of a wall time. */
export function formatWallTime(time: WallTime): string {
	return `${formatDay(time)} ${pad(time.hour)}:${pad(time.minute)}:${pad(time.second)}`;
}
