import type { IBinaryData, IDataObject } from 'n8n-workflow';

/** The part of n8n's helpers that turns bytes into binary data (every context has it). */
interface BinaryHelpers {
	prepareBinaryData(binaryData: Buffer, filePath?: string, mimeType?: string): Promise<IBinaryData>;
}

/** Recognises the formats contact-center systems hand out, from the first bytes. */
export function detectMimeType(data: Buffer): string | undefined {
	const ascii = (start: number, end: number) => data.subarray(start, end).toString('latin1');
	if (data.length >= 12 && ascii(0, 4) === 'RIFF' && ascii(8, 12) === 'WAVE') return 'audio/wav';
	if (data.length >= 3 && ascii(0, 3) === 'ID3') return 'audio/mpeg';
	if (data.length >= 2 && data[0] === 0xff && (data[1] & 0xe0) === 0xe0) return 'audio/mpeg';
	if (data.length >= 4 && ascii(0, 4) === 'OggS') return 'audio/ogg';
	if (data.length >= 4 && ascii(0, 4) === '%PDF') return 'application/pdf';
	if (data.length >= 8 && data.readUInt32BE(0) === 0x89504e47) return 'image/png';
	if (data.length >= 3 && data[0] === 0xff && data[1] === 0xd8 && data[2] === 0xff) return 'image/jpeg';
	if (data.length >= 4 && ascii(0, 4) === 'GIF8') return 'image/gif';
	if (looksLikeGsm(data)) return 'audio/x-gsm';
	return undefined;
}

/** Raw GSM 06.10 is a sequence of 33-byte frames whose first nibble is 0xD. */
function looksLikeGsm(data: Buffer): boolean {
	if (data.length < 33 || data.length % 33 !== 0) return false;
	const frames = Math.min(data.length / 33, 8);
	for (let frame = 0; frame < frames; frame++) {
		if ((data[frame * 33] & 0xf0) !== 0xd0) return false;
	}
	return true;
}

const extensions: Record<string, string> = {
	'audio/wav': 'wav',
	'audio/mpeg': 'mp3',
	'audio/ogg': 'ogg',
	'audio/x-gsm': 'gsm',
	'application/pdf': 'pdf',
	'image/png': 'png',
	'image/jpeg': 'jpg',
	'image/gif': 'gif',
	'text/csv': 'csv',
	'application/vnd.ms-excel': 'xls',
	'text/plain': 'txt',
};

export function extensionFor(mimeType: string): string | undefined {
	return extensions[mimeType.split(';')[0].trim().toLowerCase()];
}

/** File name from a Content-Disposition header (`filename*=` wins over `filename=`). */
export function fileNameFromDisposition(header: unknown): string | undefined {
	if (typeof header !== 'string') return undefined;
	const extended = /filename\*\s*=\s*(?:UTF-8'')?([^;]+)/i.exec(header);
	if (extended) {
		try {
			return decodeURIComponent(extended[1].trim().replace(/^"|"$/g, ''));
		} catch {
			return extended[1].trim();
		}
	}
	const plain = /filename\s*=\s*("([^"]*)"|[^;]+)/i.exec(header);
	return plain ? (plain[2] ?? plain[1]).trim() : undefined;
}

export interface BinaryInput {
	/** The bytes, or their base64 text (decoded exactly once). */
	data: Buffer | string;
	fileName?: string;
	/** Used when the bytes do not tell (e.g. CSV); detected bytes win over a generic type. */
	mimeType?: string;
}

/** Turns vendor bytes into n8n binary data with a file name and the right MIME type. */
export async function toBinaryData(helpers: BinaryHelpers, input: BinaryInput): Promise<IBinaryData> {
	const buffer = typeof input.data === 'string' ? Buffer.from(input.data, 'base64') : input.data;
	const declared = input.mimeType?.split(';')[0].trim().toLowerCase();
	const generic = !declared || declared === 'application/octet-stream';
	const mimeType = (generic ? detectMimeType(buffer) : declared) ?? declared ?? 'application/octet-stream';
	let fileName = input.fileName;
	if (fileName && !fileName.includes('.')) {
		const extension = extensionFor(mimeType);
		if (extension) fileName = `${fileName}.${extension}`;
	}
	return await helpers.prepareBinaryData(buffer, fileName, mimeType);
}

/** Bytes of a response body in whatever shape n8n's HTTP helper produced it. */
export function bodyToBuffer(body: unknown): Buffer {
	if (Buffer.isBuffer(body)) return body;
	if (body instanceof ArrayBuffer) return Buffer.from(body);
	if (ArrayBuffer.isView(body)) return Buffer.from(body.buffer, body.byteOffset, body.byteLength);
	if (typeof body === 'string') return Buffer.from(body, 'utf8');
	if (body === undefined || body === null) return Buffer.alloc(0);
	return Buffer.from(JSON.stringify(body as IDataObject), 'utf8');
}
