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
