import type { IDataObject, IExecuteSingleFunctions, IHttpRequestOptions, PreSendAction } from 'n8n-workflow';

import { bodyObject as bodyOf, fail, itemParameter, requireText, setPath } from '../../shared/parameters';
import type { Change } from '../../shared/send';
import { attachmentFromBinary, splitList } from '../helpers/attachments';
import { toCentionDate, toUnixSeconds } from '../helpers/dates';

function databaseIdOf(context: IExecuteSingleFunctions, value: unknown, label: string): string {
	const id = String(value ?? '').trim();
	if (!/^\d+$/.test(id)) fail(context, `${label} must be a Cention database ID (a whole number such as 2256), not "${id}"`);
	return id;
}

/** Database IDs are whole numbers; anything else would reach Cention as a wrong URL. */
export function requireId(parameter: string, label: string): PreSendAction {
	return async function (this: IExecuteSingleFunctions, options) {
		databaseIdOf(this, itemParameter(this, parameter, ''), label);
		return options;
	};
}

/** sendAs check of a database ID the routing sends: the trimmed text, or the number. */
export function databaseId(label: string, as: 'text' | 'number' = 'text'): Change {
	return (value, context) => {
		const id = databaseIdOf(context, value, label);
		return as === 'number' ? Number(id) : id;
	};
}

/** sendAs check of text Cention needs filled (the editor's "required" does not stop an empty expression). */
export function requiredText(label: string, why: string, send: 'asGiven' | 'trimmed' = 'asGiven'): Change {
	return (value, context) => {
		requireText(context, String(value ?? ''), label, why);
		return send === 'trimmed' ? String(value).trim() : value;
	};
}

/** A JSON parameter (text or object) parsed, checked for its kind and set at `bodyPath`. */
export function jsonField(
	parameter: string,
	bodyPath: string,
	label: string,
	kind: 'object' | 'array',
	check?: (value: IDataObject | IDataObject[]) => string | undefined,
): PreSendAction {
	return async function (this: IExecuteSingleFunctions, options) {
		const raw = itemParameter<unknown>(this, parameter);
		if (raw === undefined || raw === null || (typeof raw === 'string' && raw.trim() === '')) return options;
		let value: unknown = raw;
		if (typeof raw === 'string') {
			try {
				value = JSON.parse(raw);
			} catch (error) {
				fail(this, `${label} is not valid JSON`, (error as Error).message);
			}
		}
		const isArray = Array.isArray(value);
		if ((kind === 'array') !== isArray || value === null || typeof value !== 'object') {
			fail(this, `${label} must be a JSON ${kind === 'array' ? 'array ([…])' : 'object ({…})'}`);
		}
		const problem = check?.(value as IDataObject | IDataObject[]);
		if (problem) fail(this, `${label}: ${problem}`);
		setPath(bodyOf(options), bodyPath, value);
		return options;
	};
}

/** The manual's mandatory fields of the Aventa voice integration (the only one Cention supports). */
export function checkIntegrationData(value: IDataObject | IDataObject[]): string | undefined {
	const data = value as IDataObject;
	if (data.integrationName !== 'aventa') return undefined;
	const missing = ['deviceId', 'extensionId', 'destNumber', 'queueName', 'queueNumber'].filter(
		(name) => data[name] === undefined || data[name] === null || data[name] === '',
	);
	if (missing.length) return `the Aventa integration needs ${missing.join(', ')}`;
	const notInteger = ['deviceId', 'extensionId'].filter((name) => !Number.isInteger(data[name]));
	if (notInteger.length) return `${notInteger.join(' and ')} must be whole numbers`;
	return undefined;
}

/** Binary fields of the input item → `msg.attachments` with base64 content. */
export async function attachBinaryFields(this: IExecuteSingleFunctions, options: IHttpRequestOptions) {
	const names = splitList(this.getNodeParameter('attachmentFields', ''));
	if (names.length === 0) return options;
	const attachments = [];
	for (const name of names) attachments.push(await attachmentFromBinary(this, name, 'Attachment Fields'));
	setPath(bodyOf(options), 'data.attributes.msg.attachments', attachments);
	return options;
}

/** Metadata Only of the library attachments: `without_content` (read once for the answer too). */
export async function withoutContent(this: IExecuteSingleFunctions, options: IHttpRequestOptions) {
	if (itemParameter(this, 'options.metadataOnly', false)) options.qs = { ...options.qs, without_content: 'true' };
	return options;
}

/** The Errand IDs parameter ("35, 36" or an array), checked: whole numbers only (read once for the answer too). */
export function errandIdsOf(context: IExecuteSingleFunctions): number[] {
	const raw = itemParameter<unknown>(context, 'errandIds', '');
	const entries = (Array.isArray(raw) ? raw.map(String) : splitList(raw)).map((entry) => entry.trim());
	const bad = entries.filter((entry) => !/^\d+$/.test(entry));
	if (entries.length === 0) fail(context, 'Errand IDs is empty', 'List the errands to mark, separated by commas (e.g. 35, 36).');
	if (bad.length) fail(context, `Errand IDs must be whole numbers; not: ${bad.join(', ')}`);
	return entries.map(Number);
}

/** "35, 36" → [35, 36] for the changed-errand list. */
export async function errandIdList(this: IExecuteSingleFunctions, options: IHttpRequestOptions) {
	setPath(bodyOf(options), 'data.attributes.errands', errandIdsOf(this));
	return options;
}

const contactChannels: Record<string, string> = {
	email: 'Email',
	facebook: 'Facebook',
	line: 'LINE',
	voice: 'Phone',
	vk: 'VKontakte',
};

/** The contact list of a contact card, grouped by channel as Cention wants it. */
export async function contactCardContacts(this: IExecuteSingleFunctions, options: IHttpRequestOptions) {
	const entries = (this.getNodeParameter('contacts.contact', []) as IDataObject[]) ?? [];
	const contacts: Record<string, string[]> = {};
	for (const entry of entries) {
		const channel = String(entry.channel ?? '');
		const address = String(entry.address ?? '').trim();
		if (address === '') fail(this, `A ${contactChannels[channel] ?? channel} contact is empty`, 'Fill in every contact or remove it.');
		if (channel === 'voice' && !/^\+\d{4,}$/.test(address.replace(/[\s-]/g, ''))) {
			fail(this, `Phone number "${address}" needs the international format with a plus sign (e.g. +46812345678)`);
		}
		(contacts[channel] ??= []).push(channel === 'voice' ? address.replace(/[\s-]/g, '') : address);
	}
	if (Object.keys(contacts).length === 0) {
		fail(this, 'The contact card has no contacts', 'Add at least one email address, phone number or messenger account under Contacts.');
	}
	const body = bodyOf(options);
	for (const [channel, addresses] of Object.entries(contacts)) setPath(body, `data.attributes.contacts.${channel}`, addresses);
	return options;
}

/**
 * The login log's format, and From/To as unix seconds (the API's format), read in the
 * workflow's time zone. The format is read once for the answer too (receiveLogio).
 */
export async function logioRange(this: IExecuteSingleFunctions, options: IHttpRequestOptions) {
	const qs = (options.qs ??= {}) as IDataObject;
	qs.format = itemParameter(this, 'format', 'json');
	const zone = this.getTimezone();
	for (const [parameter, label] of [
		['options.from', 'From'],
		['options.to', 'To'],
	] as const) {
		const value = this.getNodeParameter(parameter, '') as unknown;
		if (value === '' || value === undefined || value === null) continue;
		const seconds = toUnixSeconds(value, zone);
		if (seconds === undefined) fail(this, `${label} is not a date: "${String(value)}"`);
		qs[label.toLowerCase()] = seconds;
	}
	if (typeof qs.from === 'number' && typeof qs.to === 'number' && qs.from > qs.to) {
		fail(this, 'From is after To', 'The login log range must start before it ends.');
	}
	return options;
}

/**
 * The presets to run, as `data.relationships.export.data`: always an array of `{type, id}`
 * resource identifiers. The manual's sample body is missing; its field tables are what we
 * follow, and they make both `export` and `export.data` an "Array of Object".
 */
export async function exportPresets(this: IExecuteSingleFunctions, options: IHttpRequestOptions) {
	const raw = this.getNodeParameter('exportId', '') as unknown;
	const ids = Array.isArray(raw) ? raw.map((entry) => String(entry).trim()).filter((entry) => entry !== '') : splitList(raw);
	if (ids.length === 0) fail(this, 'Export IDs is empty', 'Give the ID of the export preset (e.g. 316), or several separated by commas.');
	const bad = ids.filter((id) => !/^\d+$/.test(id));
	if (bad.length) fail(this, `Export IDs must be Cention database IDs (whole numbers such as 316), not: ${bad.join(', ')}`);
	setPath(bodyOf(options), 'data.relationships.export.data', ids.map((id) => ({ type: 'c3_exports', id })));
	return options;
}

/** Export date range as `YYYY/MM/DD`: the day as picked; an instant's day in the workflow's time zone. */
export async function exportDates(this: IExecuteSingleFunctions, options: IHttpRequestOptions) {
	const body = bodyOf(options);
	const zone = this.getTimezone();
	const range: string[] = [];
	for (const [parameter, field, label] of [
		['errandFromDate', 'errand_from_date', 'From Date'],
		['errandToDate', 'errand_to_date', 'To Date'],
	] as const) {
		const value = this.getNodeParameter(parameter, '') as unknown;
		if (value === '' || value === undefined || value === null) continue;
		const date = toCentionDate(value, zone);
		if (!date) fail(this, `${label} is not a date: "${String(value)}"`);
		setPath(body, `data.attributes.${field}`, date);
		range.push(date);
	}
	if (range.length === 2 && range[0] > range[1]) fail(this, 'From Date is after To Date');
	return options;
}
