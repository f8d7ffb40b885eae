import type { IDataObject, INodeExecutionData, IPollFunctions } from 'n8n-workflow';

import { toBinaryData } from '../../shared/binary';
import type { SeenIds } from '../../shared/polling';
import { compareWithSeen, isManual, pollState } from '../../shared/polling';
import { recordFilter, recordItems } from '../resources/recording/search';
import { vendorRequest } from '../../shared/request';
import { api, ENDPOINTS, jsonResult, pagesByLastrow, recordingHosts, repeatedPage } from '../transport';
import type { RecordingFetch } from './recordings';
import { locateRecording } from './recordings';
import { shiftWallTime, toFolder, toUContactDateTime, wallTime } from './dates';

/**
 * UC-P1: new call records from Cdr/getrecords. uContact writes a record when a call ends but
 * dates it when the call started, in the server's wall time (its zone is unknown here). So each
 * poll searches from a window start that trails the newest record by "Longest Call", and the
 * guids of the records in that window are the cursor: a record is new when its guid is not in
 * it. The window start only moves forward, and only from the records' own dates, so the
 * server's time zone does not matter after the first poll; that one reaches back a day more.
 */

interface CallRecordsState {
	/** Start of the search window (server wall time). */
	from: string;
	/** Guid → calldate of the records in the window. */
	seen: SeenIds;
}

const DAY = 24 * 60;
/** The window's end lies this far after n8n's clock: far enough for any server time zone. */
const END_MARGIN = 2 * DAY;
/** What "Fetch Test Event" searches for a recent record. */
const SAMPLE_WINDOW = 7 * DAY;

interface Settings {
	campaign: string;
	longestCall: number;
	pageSize: number;
	download: boolean;
	convert: boolean;
	binaryProperty: string;
}

function settings(context: IPollFunctions): Settings {
	const campaign = String(context.getNodeParameter('campaign', '*') ?? '*').trim();
	return {
		campaign: campaign === '*' ? '' : campaign,
		longestCall: Math.max(1, Number(context.getNodeParameter('options.longestCall', 120))),
		pageSize: Math.max(1, Number(context.getNodeParameter('options.pageSize', 100))),
		download: context.getNodeParameter('downloadRecording', false) as boolean,
		convert: context.getNodeParameter('options.gsm', 'convert') === 'convert',
		binaryProperty: String(context.getNodeParameter('binaryPropertyName', 'data')),
	};
}

/** UC-06: every record with a call date in [from, to], page by page. */
async function searchRecords(context: IPollFunctions, options: Settings, from: string, to: string): Promise<IDataObject[]> {
	const filter = recordFilter({ calldatei: from, calldatef: to, campaign: options.campaign });
	return await pagesByLastrow(
		options.pageSize,
		async (lastrow) => {
			const endpoint = ENDPOINTS.recording.searchCallRecords;
			const fields = { lastrow, searchLimit: options.pageSize, filter, Random: 1 };
			const { text } = await vendorRequest(context, api, endpoint, { body: fields });
			return recordItems(jsonResult(context.getNode(), text, { endpoint, sent: fields }));
		},
		(record) => JSON.stringify(record),
		(lastrow) => repeatedPage(context.getNode(), lastrow, undefined, 'Raise Records per Request above the number of calls in Longest Call.'),
	);
}

/** The server's own dates carry no offset: they are kept as written, whatever the zone. */
const SERVER_TEXT = 'UTC';

const dateOf = (record: IDataObject) => toUContactDateTime(record.calldate, SERVER_TEXT) ?? '';

/** The record as an item, with its recording (UC-07) when asked for. */
async function toItem(context: IPollFunctions, options: Settings, record: IDataObject): Promise<INodeExecutionData> {
	if (!options.download) return { json: record };
	const guid = String(record.guid ?? '');
	const tried: RecordingFetch[] = [];
	const hosts = recordingHosts(await context.getCredentials('uContactApi'));
	const located = hosts.telephony && /^[A-Za-z0-9][A-Za-z0-9._-]*$/.test(guid)
		? await locateRecording(context, { hosts, guid, folder: toFolder(record.calldate, SERVER_TEXT), convert: options.convert }, tried)
		: undefined;
	if (!located?.found?.data) return { json: { ...record, recording: null } };
	const fileName = `${guid}.${located.format}`;
	const binary = await toBinaryData(context.helpers, {
		data: located.found.data,
		fileName,
		mimeType: located.format === 'mp3' ? 'audio/mpeg' : 'audio/x-gsm',
	});
	return {
		json: { ...record, recording: { fileName, format: located.format, location: located.found.url, converted: located.converted } },
		binary: { [options.binaryProperty]: binary },
	};
}

function newest(records: IDataObject[]): IDataObject | undefined {
	return records.filter((record) => dateOf(record) !== '').sort((a, b) => dateOf(b).localeCompare(dateOf(a)))[0];
}

export async function pollCallRecords(context: IPollFunctions): Promise<INodeExecutionData[][] | null> {
	const options = settings(context);
	const now = wallTime(Date.now(), context.getTimezone());
	const until = shiftWallTime(now, END_MARGIN);
	if (isManual(context)) {
		const sample = newest(await searchRecords(context, options, shiftWallTime(now, -SAMPLE_WINDOW), until));
		return sample ? [[await toItem(context, options, sample)]] : null;
	}

	const state = pollState<CallRecordsState>(context);
	const first = state.from === undefined;
	const from = state.from ?? shiftWallTime(now, -(options.longestCall + DAY));
	const records = await searchRecords(context, options, from, until);
	const { added, next } = compareWithSeen(state.seen ?? {}, records, (record) => String(record.guid ?? ''), dateOf);

	const latest = newest(records);
	const trailing = latest ? shiftWallTime(dateOf(latest), -options.longestCall) : from;
	const nextFrom = trailing > from ? trailing : from;
	const items: INodeExecutionData[] = [];
	if (!first) {
		for (const record of added.sort((a, b) => dateOf(a).localeCompare(dateOf(b)))) items.push(await toItem(context, options, record));
	}
	// Only now, so a failed download leaves the records new for the next poll.
	state.seen = Object.fromEntries(Object.entries(next).filter(([, calldate]) => calldate >= nextFrom));
	state.from = nextFrom;
	return items.length > 0 ? [items] : null;
}
