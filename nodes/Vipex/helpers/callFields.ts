import type { IDataObject } from 'n8n-workflow';

import { pbxTimeToIso } from './timeZone';

/** Times the manual lists (call, answer, hang-up); each gets an ISO 8601 copy `<name>_iso`, null when empty. */
const TIME_FIELDS = ['start_time', 'answer_time', 'hangup_time'];

/** The PBX's time format, `YYYY-MM-DD HH:MM:SS` (checked on short strings only: recordings are megabytes). */
function isPbxTime(value: unknown): value is string {
	return typeof value === 'string' && value.length <= 25 && /^\s*\d{4}-\d{2}-\d{2}[ T]\d{2}:\d{2}:\d{2}\s*$/.test(value);
}

/** The manual's direction codes. */
const DIRECTION_LABELS: Record<string, string> = { '0': 'outgoing', '1': 'incoming', '2': 'missed' };

export function directionLabel(direction: unknown): string {
	if (direction === null || direction === undefined) return 'unknown';
	return DIRECTION_LABELS[String(direction).trim()] ?? 'unknown';
}

/**
 * `<name>_iso` next to every PBX time of a record and of the objects nested in it: custom
 * templates rename and nest fields (`{"call": {"started": "{start_time}"}}`), and their times
 * get the same readable copy as the default templates' `start_time`.
 */
function addIsoCopies(record: IDataObject, timeZone: string): void {
	for (const [name, value] of Object.entries(record)) {
		if (name.endsWith('_iso')) continue;
		if (isPbxTime(value)) record[`${name}_iso`] = pbxTimeToIso(value, timeZone);
		else if (value !== null && typeof value === 'object' && !Array.isArray(value)) addIsoCopies(value as IDataObject, timeZone);
	}
}

/**
 * Adds readable copies next to the PBX's own fields (which stay untouched): `direction_label`
 * and `<time>_iso`. The manual's time fields always get a copy when present (null when empty).
 */
export function addReadableFields(record: IDataObject, timeZone: string): IDataObject {
	for (const field of TIME_FIELDS) {
		if (field in record) record[`${field}_iso`] = pbxTimeToIso(record[field], timeZone);
	}
	addIsoCopies(record, timeZone);
	if ('direction' in record) record.direction_label = directionLabel(record.direction);
	return record;
}

/** Which moment an incoming-call notification most likely is: the extension is only sent on ringing and answering. */
export function notificationMoment(fields: IDataObject): 'extensionRingingOrAnswered' | 'callArrivedOrCallFlow' {
	const exten = fields.exten;
	const present = exten !== undefined && exten !== null && String(exten).trim() !== '';
	return present ? 'extensionRingingOrAnswered' : 'callArrivedOrCallFlow';
}
