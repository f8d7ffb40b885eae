import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';

import { detectMimeType } from '../../nodes/shared/binary';
import { gsm, incomingEndOfCall, mp3, outgoingEndOfCall, VipexPbx, wav } from '../simulators/vipex';

/** The simulator itself: what the tests rely on when they say "like the PBX does". */

test('the PBX resends the same end-of-call data when the answer does not come within its timeout', async () => {
	const bodies: string[] = [];
	// The first delivery is never answered (a receiver slower than the PBX's timeout); the resend at once.
	// The timeout is generous so that the answered resend never times out on a busy machine.
	const server = createServer((req, res) => {
		const chunks: Buffer[] = [];
		req.on('data', (chunk: Buffer) => chunks.push(chunk));
		req.on('end', () => {
			bodies.push(Buffer.concat(chunks).toString('utf8'));
			if (bodies.length > 1) res.writeHead(200, { 'Content-Type': 'application/json' }).end('{"ok":true}');
		});
	});
	await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
	try {
		const pbx = new VipexPbx({ url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/cdr`, timeoutMs: 2000 });

		const delivery = await pbx.endOfCall(outgoingEndOfCall());

		expect(delivery.delivered).toBe(true);
		expect(delivery.attempts.map((attempt) => [attempt.timedOut, attempt.answer?.status])).toEqual([
			[true, undefined],
			[false, 200],
		]);
		expect(bodies).toHaveLength(2);
		expect(bodies[1]).toBe(bodies[0]);
	} finally {
		server.closeAllConnections();
		await new Promise((resolve) => server.close(resolve));
	}
});

test('recordings are real files of their format (WAV like the manual: PCM, mono, 8 kHz, 16 bit)', () => {
	const file = wav(0.5);
	expect(file.toString('base64').startsWith('UklGR')).toBe(true);
	expect(file.toString('latin1', 8, 16)).toBe('WAVEfmt ');
	expect([file.readUInt16LE(20), file.readUInt16LE(22), file.readUInt32LE(24), file.readUInt16LE(34)]).toEqual([1, 1, 8000, 16]);
	expect(file.readUInt32LE(40)).toBe(file.length - 44);
	expect(detectMimeType(file)).toBe('audio/wav');

	const plain = mp3(0.36);
	expect(plain.length % 144).toBe(0);
	expect([...plain.subarray(0, 4)]).toEqual([0xff, 0xfb, 0x18, 0xc4]);
	expect(detectMimeType(plain)).toBe('audio/mpeg');
	const tagged = mp3(0.36, { id3: true });
	expect(tagged.toString('latin1', 0, 3)).toBe('ID3');
	expect(detectMimeType(tagged)).toBe('audio/mpeg');

	const frames = gsm(1);
	expect(frames.length).toBe(50 * 33);
	expect(detectMimeType(frames)).toBe('audio/x-gsm');
});

test("the manual's examples: outgoing 76355 and incoming 91059 with sub-CDRs 91060, 91062, 91064", () => {
	const outgoing = outgoingEndOfCall();
	expect(outgoing).toMatchObject({ id: 76355, direction: 0, src: '1102', dst: '36301234576', billsec: 3, price: 1.25, sub_cdrs: [] });
	const incoming = incomingEndOfCall();
	expect(incoming).toMatchObject({ id: 91059, direction: 1, exten: '200', ivr_digits: '1,2' });
	expect(incoming.sub_cdrs.map((sub) => [sub.id, sub.direction, sub.exten, sub.monitor_file ? 'recording' : null])).toEqual([
		[91060, 2, '200', null],
		[91062, 2, '221', null],
		[91064, 1, '251', 'recording'],
	]);
});
