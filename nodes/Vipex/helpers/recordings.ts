import type { IBinaryData, IBinaryKeyData, IDataObject, INodeExecutionData } from 'n8n-workflow';

import { detectMimeType, toBinaryData } from '../../shared/binary';
import { addReadableFields } from './callFields';

interface BinaryHelpers {
	prepareBinaryData(binaryData: Buffer, filePath?: string, mimeType?: string): Promise<IBinaryData>;
}

export interface RecordingOptions {
	/** Binary property of the call's recording; sub-CDR recordings get `<name>_sub_<index>`. */
	binaryPropertyName: string;
	/** Keep `monitor_file` (base64) in the JSON as well. */
	keepBase64: boolean;
	timeZone: string;
}

/** MIME types by file extension, used only when the bytes do not tell. */
const byExtension: Record<string, string> = { wav: 'audio/wav', mp3: 'audio/mpeg', gsm: 'audio/x-gsm', ogg: 'audio/ogg' };

/**
 * End-of-call data → one item: each `monitor_file` (the call's and every sub-CDR's) becomes a
 * binary property named in `monitor_file_binary`, decoded exactly once from the parsed body
 * (no intermediate string copies); the readable fields are added on every level.
 */
export async function endOfCallItem(
	helpers: BinaryHelpers,
	body: IDataObject,
	options: RecordingOptions,
): Promise<INodeExecutionData> {
	const binary: IBinaryKeyData = {};
	const json = addReadableFields({ ...body }, options.timeZone);
	await moveRecording(helpers, json, options.binaryPropertyName, binary, options.keepBase64);
	if (Array.isArray(body.sub_cdrs)) {
		const subCdrs: unknown[] = [];
		for (const [index, entry] of (body.sub_cdrs as unknown[]).entries()) {
			if (entry === null || typeof entry !== 'object' || Array.isArray(entry)) {
				subCdrs.push(entry);
				continue;
			}
			const sub = addReadableFields({ ...(entry as IDataObject) }, options.timeZone);
			await moveRecording(helpers, sub, `${options.binaryPropertyName}_sub_${index}`, binary, options.keepBase64);
			subCdrs.push(sub);
		}
		json.sub_cdrs = subCdrs as IDataObject[];
	}
	return Object.keys(binary).length > 0 ? { json, binary } : { json };
}

async function moveRecording(
	helpers: BinaryHelpers,
	record: IDataObject,
	property: string,
	binary: IBinaryKeyData,
	keepBase64: boolean,
): Promise<void> {
	const encoded = record.monitor_file;
	if (typeof encoded !== 'string' || encoded.trim() === '') return;
	const bytes = decodeBase64(encoded);
	if (!keepBase64) delete record.monitor_file;
	if (bytes.length === 0) return;
	const named = typeof record.monitor_file_name === 'string' && record.monitor_file_name.trim() !== '';
	const fileName = named ? (record.monitor_file_name as string).trim() : `${String(record.id ?? 'recording')}`;
	const mimeType = detectMimeType(bytes) ?? mimeFromName(fileName) ?? 'application/octet-stream';
	binary[property] = await toBinaryData(helpers, { data: bytes, fileName, mimeType });
	record.monitor_file_binary = property;
}

/** Base64 as the PBX sends it; a `data:…;base64,` prefix is tolerated. Node skips line breaks itself. */
function decodeBase64(encoded: string): Buffer {
	const comma = encoded.startsWith('data:') ? encoded.indexOf(',') : -1;
	return Buffer.from(comma >= 0 ? encoded.slice(comma + 1) : encoded, 'base64');
}

function mimeFromName(fileName: string): string | undefined {
	const extension = /\.([a-z0-9]+)$/i.exec(fileName)?.[1]?.toLowerCase();
	return extension ? byExtension[extension] : undefined;
}
