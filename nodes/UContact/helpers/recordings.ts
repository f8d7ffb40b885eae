import type { IExecuteFunctions, IN8nHttpFullResponse, IPollFunctions } from 'n8n-workflow';

import { bodyToBuffer } from '../../shared/binary';
import { vendorRequest } from '../../shared/request';
import { api, ENDPOINTS } from '../transport';
import type { RecordingHosts } from '../transport/baseUrl';

/** Recording action (UC-07) and the call records trigger (UC-P1). */
type RecordingContext = IExecuteFunctions | IPollFunctions;

export interface RecordingFetch {
	url: string;
	data?: Buffer;
	/** HTTP status, or `unreachable` when the host did not answer. */
	outcome: string;
}

/**
 * GET of one documented recording location. Recordings are plain files on the telephony and
 * backup web servers (an audio player opens them directly), so no credentials are sent.
 */
export async function fetchRecording(this: RecordingContext, url: string): Promise<RecordingFetch> {
	let response: IN8nHttpFullResponse;
	try {
		response = (await this.helpers.httpRequest({
			method: 'GET',
			url,
			encoding: 'arraybuffer',
			json: false,
			returnFullResponse: true,
			ignoreHttpStatusErrors: true,
		})) as IN8nHttpFullResponse;
	} catch {
		return { url, outcome: 'unreachable' };
	}
	const type = String(response.headers?.['content-type'] ?? '').toLowerCase();
	const data = bodyToBuffer(response.body);
	if (response.statusCode !== 200) return { url, outcome: String(response.statusCode) };
	// Some web servers answer a missing file with an HTML page and status 200.
	if (data.length === 0 || type.startsWith('text/html')) return { url, outcome: 'no file (empty or HTML page)' };
	return { url, data, outcome: '200' };
}

/** The manual's four places, in its order, for one format. */
export function recordingLocations(hosts: RecordingHosts, guid: string, folder: string | undefined, format: 'mp3' | 'gsm'): Array<{ url: string; inFolder: boolean }> {
	const file = `${guid}.${format}`;
	const places: Array<{ url: string; inFolder: boolean } | false> = [
		{ url: `${hosts.telephony}/records/${file}`, inFolder: false },
		!!folder && { url: `${hosts.telephony}/records/${folder}/${file}`, inFolder: true },
		!!hosts.backup && !!folder && { url: `${hosts.backup}/records/${folder}/${file}`, inFolder: true },
		!!hosts.backup && { url: `${hosts.backup}/records/${file}`, inFolder: false },
	];
	return places.filter((place): place is { url: string; inFolder: boolean } => place !== false);
}

async function firstFound(
	context: RecordingContext,
	places: Array<{ url: string; inFolder: boolean }>,
	tried: RecordingFetch[],
): Promise<(RecordingFetch & { inFolder: boolean }) | undefined> {
	for (const place of places) {
		const result = await fetchRecording.call(context, place.url);
		tried.push(result);
		if (result.data) return { ...result, inFolder: place.inFolder };
	}
	return undefined;
}

export interface Located {
	found?: RecordingFetch;
	format: 'mp3' | 'gsm';
	converted: boolean;
}

/** MP3 in the documented places, then GSM; a GSM file is converted (Supervisor/convert) and the MP3 fetched again. */
export async function locateRecording(
	context: RecordingContext,
	where: { hosts: RecordingHosts; guid: string; folder?: string; convert: boolean; itemIndex?: number },
	tried: RecordingFetch[],
): Promise<Located> {
	const { hosts, guid, folder } = where;
	const mp3 = await firstFound(context, recordingLocations(hosts, guid, folder, 'mp3'), tried);
	if (mp3) return { found: mp3, format: 'mp3', converted: false };
	const gsm = await firstFound(context, recordingLocations(hosts, guid, folder, 'gsm'), tried);
	if (!gsm) return { format: 'mp3', converted: false };
	if (!where.convert) return { found: gsm, format: 'gsm', converted: false };
	await vendorRequest(context, api, ENDPOINTS.recording.convertFound, {
		body: { guid, folder: gsm.inFolder ? (folder ?? '') : '' },
		itemIndex: where.itemIndex,
	});
	const converted = await firstFound(context, recordingLocations(hosts, guid, folder, 'mp3'), tried);
	return { found: converted, format: 'mp3', converted: true };
}

