import type { IExecuteFunctions, IExecuteSingleFunctions } from 'n8n-workflow';

import { formatDay, formatWallTime, isValidTimeZone, readDate, wallTimeAt, wallTimeIn } from '../../shared/timeZone';
import { inputError } from '../../shared/parameters';

/**
 * uContact takes dates as `yyyy-MM-dd HH:mm:ss` in its server's time zone (the credential's
 * Server Time Zone, by default the workflow's). A value that names an instant (ISO text with
 * an offset such as `toISOString()`'s `Z`, a JS Date, a Luxon DateTime) is converted to that
 * zone; text without an offset (a date picker's value, `2024-05-01 15:00:00`) is kept as
 * written. A date alone means its midnight.
 */
export function toUContactDateTime(value: unknown, serverZone: string): string | undefined {
	const date = readDate(value);
	return date ? formatWallTime(wallTimeIn(date, serverZone)) : undefined;
}

/** The recording's day folder (`20160118`) from a call date, or a folder name given as it is. */
export function toFolder(value: unknown, serverZone: string): string | undefined {
	const raw = typeof value === 'string' ? value.trim() : value;
	if (typeof raw === 'string' && /^\d{8}$/.test(raw)) {
		return readDate(`${raw.slice(0, 4)}-${raw.slice(4, 6)}-${raw.slice(6, 8)}`) ? raw : undefined;
	}
	const date = readDate(raw);
	return date ? formatDay(wallTimeIn(date, serverZone), '') : undefined;
}

/** The credential's Server Time Zone, or the workflow's time zone when it is empty. */
export async function serverTimeZone(context: IExecuteSingleFunctions | IExecuteFunctions, itemIndex: number): Promise<string> {
	const credentials = await context.getCredentials<{ timeZone?: string }>('uContactApi', itemIndex);
	const zone = String(credentials.timeZone ?? '').trim();
	if (zone === '') return context.getTimezone();
	if (!isValidTimeZone(zone)) {
		throw inputError(context.getNode(), itemIndex, `The uContact credential's Server Time Zone "${zone}" is not a time zone`, 'Use an IANA name such as America/Montevideo, or leave it empty to use the workflow\'s time zone.');
	}
	return zone;
}

/** The wall clock of a time zone at an instant, as uContact writes dates. */
export function wallTime(instantMs: number, timeZone: string): string {
	return formatWallTime(wallTimeAt(instantMs, timeZone));
}

/** A `yyyy-MM-dd HH:mm:ss` wall time moved by some minutes (no time zone involved). */
export function shiftWallTime(value: string, minutes: number): string {
	const instant = Date.parse(`${value.replace(' ', 'T')}Z`) + minutes * 60_000;
	return new Date(instant).toISOString().slice(0, 19).replace('T', ' ');
}
