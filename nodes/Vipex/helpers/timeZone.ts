import { formatOffset, wallTimeToInstant } from '../../shared/timeZone';

/** The PBX writes local wall-clock times (`YYYY-MM-DD HH:MM:SS`) without an offset. */
const PBX_TIME = /^(\d{4})-(\d{2})-(\d{2})[ T](\d{2}):(\d{2}):(\d{2})$/;

/**
 * `2019-12-03 11:41:56` in Europe/Budapest → `2019-12-03T11:41:56+01:00`.
 * Returns null for values that are not PBX times (null, empty, other formats).
 */
export function pbxTimeToIso(value: unknown, zone: string): string | null {
	if (typeof value !== 'string') return null;
	const match = PBX_TIME.exec(value.trim());
	if (!match) return null;
	const [year, month, day, hour, minute, second] = match.slice(1).map(Number);
	const { offsetMinutes } = wallTimeToInstant({ year, month, day, hour, minute, second }, zone);
	return `${match[1]}-${match[2]}-${match[3]}T${match[4]}:${match[5]}:${match[6]}${formatOffset(offsetMinutes)}`;
}

/** Every IANA zone this runtime knows, for the time zone dropdown. */
export function timeZoneNames(): string[] {
	const names = Intl.supportedValuesOf('timeZone');
	return names.includes('UTC') ? names : [...names, 'UTC'];
}
