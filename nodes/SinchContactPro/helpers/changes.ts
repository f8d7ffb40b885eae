import type { IDataObject, INodeExecutionData, IPollFunctions } from 'n8n-workflow';

import type { SeenIds } from '../../shared/polling';
import { compareWithSeen, fingerprint, isManual, pollState } from '../../shared/polling';
import { vendorRequest } from '../../shared/request';
import { api, ENDPOINTS } from '../transport';
import type { SinchEndpoint } from '../transport';

/**
 * SCP-P1: new or changed emails, callbacks, chats or contacts. The CMI reference documents no
 * time filter on these lists (GET /emails takes language, case_id, cid and limit; the others no
 * date), and they are not paged: each poll reads the whole list and compares it with a cursor of
 * the ids seen last time, each with a fingerprint of its fields, kept in the static data. Queue
 * and status are filtered here, since the lists document no such filters.
 */

export type Watched = 'email' | 'callback' | 'chat' | 'contact';

const LISTS: Record<Watched, { endpoint: SinchEndpoint; queue: string; status: string }> = {
	email: { endpoint: ENDPOINTS.email.getAll, queue: 'from_queue', status: 'status' },
	callback: { endpoint: ENDPOINTS.callback.getAll, queue: 'callbackQueue', status: 'lastResult' },
	chat: { endpoint: ENDPOINTS.chat.getAll, queue: 'from_queue', status: 'status' },
	contact: { endpoint: ENDPOINTS.contact.getAll, queue: 'queue', status: 'status' },
};

/** Fields that date an item, to pick the newest for "Fetch Test Event". */
const TIME_FIELDS = ['created', 'received', 'started', 'ended', 'nextCallTime'];

interface ChangesState {
	/** The list the cursor belongs to: another list starts from now again. */
	resource: Watched;
	seen: SeenIds;
}

interface Settings {
	resource: Watched;
	attachedData: boolean;
	changes: boolean;
	queue: string;
	status: string;
	fields: string[];
}

function settings(context: IPollFunctions): Settings {
	const text = (name: string) => String(context.getNodeParameter(name, '') ?? '').trim();
	return {
		resource: context.getNodeParameter('resource') as Watched,
		attachedData: context.getNodeParameter('includeAttachedData', false) === true,
		changes: context.getNodeParameter('event') === 'newOrChanged',
		queue: text('filters.queue').toLowerCase(),
		status: text('filters.status').toLowerCase(),
		fields: text('options.fields')
			.split(',')
			.map((field) => field.trim())
			.filter((field) => field !== ''),
	};
}

async function readList(context: IPollFunctions, options: Settings): Promise<IDataObject[]> {
	const { endpoint } = LISTS[options.resource];
	const qs = options.resource === 'email' && options.attachedData ? { includeAttachedData: 'true' } : {};
	const rows = await vendorRequest(context, api, endpoint, { qs });
	return (Array.isArray(rows) ? rows : []).filter((row): row is IDataObject => row !== null && typeof row === 'object' && !Array.isArray(row));
}

/** The queue is matched by id, name or (callbacks) number; the status by its text. */
function matches(row: IDataObject, options: Settings): boolean {
	const list = LISTS[options.resource];
	if (options.queue !== '') {
		const queue = (row[list.queue] ?? {}) as IDataObject;
		const names = [queue.id, queue.name, queue.number, row.callbackQueueNumber].map((value) => String(value ?? '').toLowerCase());
		if (!names.includes(options.queue)) return false;
	}
	return options.status === '' || String(row[list.status] ?? '').toLowerCase() === options.status;
}

/** The fingerprint of the fields that count as a change (all of them by default). */
function versionOf(row: IDataObject, fields: string[]): string {
	if (fields.length === 0) return fingerprint(row);
	return fingerprint(fields.map((field) => row[field] ?? null));
}

function newest(rows: IDataObject[]): IDataObject | undefined {
	const dateOf = (row: IDataObject) => {
		const field = TIME_FIELDS.find((name) => typeof row[name] === 'string' && !Number.isNaN(Date.parse(row[name] as string)));
		return field ? Date.parse(row[field] as string) : -Infinity;
	};
	return rows.reduce<IDataObject | undefined>((best, row) => (!best || dateOf(row) >= dateOf(best) ? row : best), undefined);
}

export async function pollChanges(context: IPollFunctions): Promise<INodeExecutionData[][] | null> {
	const options = settings(context);
	const rows = await readList(context, options);
	if (isManual(context)) {
		const sample = newest(rows.filter((row) => matches(row, options)));
		return sample ? [[{ json: { ...sample, change: 'new' } }]] : null;
	}
	const state = pollState<ChangesState>(context);
	const first = state.resource !== options.resource || state.seen === undefined;
	const { added, changed, next } = compareWithSeen(first ? {} : state.seen!, rows, (row) => String(row.id ?? ''), (row) => versionOf(row, options.fields));
	state.resource = options.resource;
	state.seen = next;
	if (first) return null;
	const items = [
		...added.filter((row) => matches(row, options)).map((row) => ({ json: { ...row, change: 'new' } })),
		...(options.changes ? changed.filter((row) => matches(row, options)).map((row) => ({ json: { ...row, change: 'changed' } })) : []),
	];
	return items.length > 0 ? [items] : null;
}
