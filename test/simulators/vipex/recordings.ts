/**
 * Small but valid recordings in the formats a VIPeX PBX stores: WAV (PCM, 8 kHz mono, like the
 * manual's `UklGR…` example), MP3 (MPEG-1 Layer III frames, optionally behind an ID3v2 tag) and
 * raw GSM 06.10 (33-byte frames). Built in code so no binary fixtures are needed.
 */

/** 16-bit PCM, 8000 Hz, mono, with a quiet 440 Hz tone. */
export function wav(seconds = 0.25): Buffer {
	const sampleRate = 8000;
	const samples = Math.max(1, Math.round(seconds * sampleRate));
	const data = Buffer.alloc(samples * 2);
	for (let index = 0; index < samples; index++) {
		data.writeInt16LE(Math.round(3000 * Math.sin((2 * Math.PI * 440 * index) / sampleRate)), index * 2);
	}
	const header = Buffer.alloc(44);
	header.write('RIFF', 0, 'latin1');
	header.writeUInt32LE(36 + data.length, 4);
	header.write('WAVE', 8, 'latin1');
	header.write('fmt ', 12, 'latin1');
	header.writeUInt32LE(16, 16); // fmt chunk size
	header.writeUInt16LE(1, 20); // PCM
	header.writeUInt16LE(1, 22); // mono
	header.writeUInt32LE(sampleRate, 24);
	header.writeUInt32LE(sampleRate * 2, 28); // byte rate
	header.writeUInt16LE(2, 32); // block align
	header.writeUInt16LE(16, 34); // bits per sample
	header.write('data', 36, 'latin1');
	header.writeUInt32LE(data.length, 40);
	return Buffer.concat([header, data]);
}

/** MPEG-1 Layer III, 32 kbit/s, 32 kHz, mono: 144-byte frames of silence (36 ms each). */
export function mp3(seconds = 0.36, options: { id3?: boolean } = {}): Buffer {
	const frames = Math.max(1, Math.round(seconds / 0.036));
	const frame = Buffer.alloc(144);
	frame.set([0xff, 0xfb, 0x18, 0xc4]); // sync, MPEG-1, Layer III, no CRC | 32 kbit/s, 32 kHz | mono
	const audio = Buffer.concat(Array.from({ length: frames }, () => frame));
	return options.id3 ? Buffer.concat([id3Tag('VIPeX call recording'), audio]) : audio;
}

/** An ID3v2.3 tag with one title frame. */
function id3Tag(title: string): Buffer {
	const text = Buffer.concat([Buffer.from([0]), Buffer.from(title, 'latin1')]);
	const frameHeader = Buffer.alloc(10);
	frameHeader.write('TIT2', 0, 'latin1');
	frameHeader.writeUInt32BE(text.length, 4);
	const body = Buffer.concat([frameHeader, text]);
	const header = Buffer.from([0x49, 0x44, 0x33, 3, 0, 0, 0, 0, 0, 0]);
	// Tag size as four 7-bit bytes (synchsafe).
	for (let index = 0; index < 4; index++) header[6 + index] = (body.length >> (7 * (3 - index))) & 0x7f;
	return Buffer.concat([header, body]);
}

/** Raw GSM 06.10: 50 frames of 33 bytes per second; this frame decodes to silence. */
const GSM_SILENCE = Buffer.from('d820a2e15a50004924924924500049249249245000492492492450004924924924', 'hex');

export function gsm(seconds = 0.2): Buffer {
	const frames = Math.max(1, Math.round(seconds * 50));
	return Buffer.concat(Array.from({ length: frames }, () => GSM_SILENCE));
}
