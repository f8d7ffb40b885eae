import type { IExecuteFunctions, IN8nHttpFullResponse } from 'n8n-workflow';

import { bodyToBuffer } from '../../shared/binary';

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
export async function fetchRecording(this: IExecuteFunctions, url: string): Promise<RecordingFetch> {
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
