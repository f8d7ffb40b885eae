import type { IDataObject } from 'n8n-workflow';

import { pbxTimeToIso } from './timeZone';

/** Times the manual lists (call, answer, hang-up); each gets an ISO 8601 copy `<name>_iso`. */
const TIME_FIELDS = ['start_time', 'answer_time', 'hangup_time'];

/** The manual's direction codes. */
const DIRECTION_LABELS: Record<string, string> = { '0': 'outgoing', '1': 'incoming', '2': 'missed' };

export function directionLabel(direction: unknown): string {
	if (direction === null || direction === undefined) return 'unknown';
	return DIRECTION_LABELS[String(direction).trim()] ?? 'unknown';
}

/**
 * Adds readable copies next to the PBX's own fields (which stay untouched): `direction_label`
 * and `<time>_iso`. Only fields that are present get a copy.
 */
export function addReadableFields(record: IDataObject, timeZone: string): IDataObject {
	for (const field of TIME_FIELDS) {
		if (field in record) record[`${field}_iso`] = pbxTimeToIso(record[field], timeZone);
	}
	if ('direction' in record) record.direction_label = directionLabel(record.direction);
	return record;
}

/** Which moment an incoming-call notification most likely is: the extension is only sent on ringing and answering. */
export function notificationMoment(fields: IDataObject): 'extensionRingingOrAnswered' | 'callArrivedOrCallFlow' {
	const exten = fields.exten;
	const present = exten !== undefined && exten !== null && String(exten).trim() !== '';
	return present ? 'extensionRingingOrAnswered' : 'callArrivedOrCallFlow';
}
