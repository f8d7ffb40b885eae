import { wallTimeToInstant } from '../../shared/timeZone';

/**
 * Dates as n8n hands them to a node (`2019-04-10T08:30:00`, wall time in the workflow's time
 * zone, or ISO text with an offset) turned into what Cention wants: unix seconds for the
 * login log, `YYYY/MM/DD` for exports. Returns undefined for text that is not a date.
 */

const WALL_TIME = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?)?$/;

function textOf(value: unknown): string | undefined {
	if (typeof value === 'string') return value.trim();
	if (value instanceof Date) return value.toISOString();
	// Luxon DateTime from an expression such as {{ $now }}.
	if (value && typeof value === 'object' && typeof (value as { toISO?: unknown }).toISO === 'function') {
		return String((value as { toISO: () => string }).toISO());
	}
	return undefined;
}

/** Unix seconds of a date parameter; wall times are read in `timeZone`. */
export function toUnixSeconds(value: unknown, timeZone: string): number | undefined {
	if (typeof value === 'number' && Number.isFinite(value)) {
		return value > 1e11 ? Math.floor(value / 1000) : Math.floor(value);
	}
	const text = textOf(value);
	if (!text) return undefined;
	if (/^\d+$/.test(text)) return toUnixSeconds(Number(text), timeZone);
	const wall = WALL_TIME.exec(text);
	if (wall) {
		const [year, month, day, hour, minute, second] = wall.slice(1).map((part) => Number(part ?? 0));
		const { instantMs } = wallTimeToInstant({ year, month, day, hour, minute, second }, timeZone);
		return Math.floor(instantMs / 1000);
	}
	const parsed = Date.parse(text);
	return Number.isNaN(parsed) ? undefined : Math.floor(parsed / 1000);
}

/** `YYYY/MM/DD` of a date parameter: the calendar day as the user picked it, no zone shift. */
export function toCentionDate(value: unknown): string | undefined {
	const text = textOf(value);
	if (!text) return undefined;
	const day = /^(\d{4})[-/](\d{2})[-/](\d{2})/.exec(text);
	if (!day) return undefined;
	const [, year, month, date] = day;
	const check = new Date(Date.UTC(+year, +month - 1, +date));
	if (check.getUTCMonth() !== +month - 1 || check.getUTCDate() !== +date) return undefined;
	return `${year}/${month}/${date}`;
}
