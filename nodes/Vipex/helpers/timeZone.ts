/**
 * The PBX writes local wall-clock times (`YYYY-MM-DD HH:MM:SS`) without an offset. These helpers
 * turn them into ISO 8601 with the offset of the PBX's time zone, using only Intl (no library).
 */

const PBX_TIME = /^(\d{4})-(\d{2})-(\d{2})[ T](\d{2}):(\d{2}):(\d{2})$/;

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
function offsetMinutes(zone: string, utcMs: number): number {
	const parts: Record<string, number> = {};
	for (const part of formatter(zone).formatToParts(new Date(utcMs))) {
		if (part.type !== 'literal') parts[part.type] = Number(part.value);
	}
	const wall = Date.UTC(parts.year, parts.month - 1, parts.day, parts.hour, parts.minute, parts.second);
	return Math.round((wall - Math.floor(utcMs / 1000) * 1000) / 60000);
}

function formatOffset(minutes: number): string {
	const sign = minutes < 0 ? '-' : '+';
	const absolute = Math.abs(minutes);
	const pad = (value: number) => String(value).padStart(2, '0');
	return `${sign}${pad(Math.floor(absolute / 60))}:${pad(absolute % 60)}`;
}

/**
 * `2019-12-03 11:41:56` in Europe/Budapest → `2019-12-03T11:41:56+01:00`.
 * Returns null for values that are not PBX times (null, empty, other formats).
 */
export function pbxTimeToIso(value: unknown, zone: string): string | null {
	if (typeof value !== 'string') return null;
	const match = PBX_TIME.exec(value.trim());
	if (!match) return null;
	const [year, month, day, hour, minute, second] = match.slice(1).map(Number);
	const wall = Date.UTC(year, month - 1, day, hour, minute, second);
	// The offset depends on the instant; a second pass settles it around DST changes.
	let offset = offsetMinutes(zone, wall);
	const settled = offsetMinutes(zone, wall - offset * 60000);
	if (settled !== offset) offset = settled;
	return `${match[1]}-${match[2]}-${match[3]}T${match[4]}:${match[5]}:${match[6]}${formatOffset(offset)}`;
}

/** Every IANA zone this runtime knows, for the time zone dropdown. */
export function timeZoneNames(): string[] {
	const names = Intl.supportedValuesOf('timeZone');
	return names.includes('UTC') ? names : [...names, 'UTC'];
}
