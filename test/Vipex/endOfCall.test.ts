import { request } from 'node:http';

import type { IBinaryData, IDataObject } from 'n8n-workflow';

import { engine } from '../harness/engine';
import { useWebhooks } from '../harness/lifecycle';
import { WebhookHarness } from '../harness/webhooks';
import { incomingEndOfCall, outgoingEndOfCall, VipexPbx } from '../simulators/vipex';
import type { EndOfCallRecord } from '../simulators/vipex';
import { answerNode, gate, GATE, registerAnswerNodes } from './answerNodes';

const hooks = useWebhooks();

beforeAll(async () => registerAnswerNodes(await engine()));

function endOfCall(parameters: Record<string, unknown> = {}) {
	return { type: 'vipexTrigger', parameters: { event: 'endOfCall', ...parameters } };
}

/** n8n keeps a node's static data under `node:<node name>`. */
const NODE_KEY = 'node:VIPeX Trigger';

function receivedCalls(staticData: IDataObject): IDataObject {
	return (staticData[NODE_KEY] as IDataObject).receivedCalls as IDataObject;
}

function bytes(binary: IBinaryData): Buffer {
	return Buffer.from(binary.data, 'base64');
}

function base64Of(record: { monitor_file?: string | null }): Buffer {
	return Buffer.from(record.monitor_file!, 'base64');
}

describe('VPX-W3 end-of-call data', () => {
	test('VPX-W3 outgoing call 76355 (manual example): the recording becomes binary, type detected from the bytes', async () => {
		const wf = hooks.current.publish(endOfCall());
		const pbx = new VipexPbx({ url: wf.url() });
		const record = outgoingEndOfCall();

		const delivery = await pbx.endOfCall(record);
		await wf.settled();

		expect(pbx.sent).toHaveLength(1);
		expect(pbx.sent[0]).toMatchObject({ method: 'POST', headers: { 'Content-Type': 'application/json' } });
		expect(JSON.parse(pbx.sent[0].body!)).toEqual(record);
		expect(delivery.delivered).toBe(true);
		expect(delivery.attempts[0].answer?.json).toEqual({ message: 'Call data received' });
		expect(wf.executions).toHaveLength(1);
		const [item] = wf.executions[0].items;
		const { monitor_file: _base64, ...fields } = record;
		expect(item.json).toEqual({
			...fields,
			direction_label: 'outgoing',
			start_time_iso: '2019-12-03T11:41:56+01:00',
			answer_time_iso: '2019-12-03T11:42:03+01:00',
			hangup_time_iso: '2019-12-03T11:42:06+01:00',
			monitor_file_binary: 'recording',
			sub_cdrs: [],
			vipex: { event: 'endOfCall', method: 'POST' },
		});
		// The manual's file is a WAV (UklGR… = RIFF) under an .mp3 name: the bytes decide the type.
		expect(record.monitor_file!.startsWith('UklGR')).toBe(true);
		expect(Object.keys(item.binary!)).toEqual(['recording']);
		expect(item.binary!.recording).toMatchObject({
			fileName: '76355_vipexexten_demo_vipex_1102_36301234576.mp3',
			mimeType: 'audio/wav',
		});
		expect(bytes(item.binary!.recording).equals(base64Of(record))).toBe(true);
	});

	test('VPX-W3 incoming call 91059 with sub_cdrs 91060, 91062, 91064: every recording, label and time', async () => {
		const wf = hooks.current.publish(endOfCall());
		const record = incomingEndOfCall();

		await new VipexPbx({ url: wf.url() }).endOfCall(record);
		await wf.settled();

		const [item] = wf.executions[0].items;
		const json = item.json as IDataObject & { sub_cdrs: IDataObject[] };
		expect(json).toMatchObject({
			id: 91059,
			direction: 1,
			direction_label: 'incoming',
			exten: '200',
			ivr_digits: '1,2',
			start_time_iso: '2019-12-03T12:14:11+01:00',
			answer_time_iso: '2019-12-03T12:14:23+01:00',
			hangup_time_iso: '2019-12-03T12:14:27+01:00',
			monitor_file_name: '91059_vipex_demo_3642999425_200.gsm',
			monitor_file_binary: 'recording',
		});
		expect(json).not.toHaveProperty('monitor_file');
		expect(json.sub_cdrs.map((sub) => [sub.id, sub.direction_label, sub.exten, sub.monitor_file_binary ?? null])).toEqual([
			[91060, 'missed', '200', null],
			[91062, 'missed', '221', null],
			[91064, 'incoming', '251', 'recording_sub_2'],
		]);
		expect(json.sub_cdrs[0]).toMatchObject({ answer_time: null, answer_time_iso: null, hangup_time_iso: '2019-12-03T12:14:15+01:00' });
		expect(json.sub_cdrs[1]).toMatchObject({ cc_call: 18, monitor_file_name: null });
		expect(json.sub_cdrs[2]).toMatchObject({ answer_time_iso: '2019-12-03T12:14:23+01:00', monitor_file_name: '91064_vipex_demo_3642999425_251.mp3' });
		for (const sub of json.sub_cdrs) expect(sub).not.toHaveProperty('monitor_file');

		expect(Object.keys(item.binary!).sort()).toEqual(['recording', 'recording_sub_2']);
		expect(item.binary!.recording).toMatchObject({ fileName: '91059_vipex_demo_3642999425_200.gsm', mimeType: 'audio/x-gsm' });
		expect(bytes(item.binary!.recording).equals(base64Of(record))).toBe(true);
		expect(item.binary!.recording_sub_2).toMatchObject({ fileName: '91064_vipex_demo_3642999425_251.mp3', mimeType: 'audio/mpeg' });
		expect(bytes(item.binary!.recording_sub_2).equals(base64Of(record.sub_cdrs[2]))).toBe(true);
	});

	test('VPX-W3 options: keep the base64, own binary field name, another PBX time zone', async () => {
		const wf = hooks.current.publish(
			endOfCall({ options: { keepBase64: true, binaryPropertyName: 'audio', timeZone: 'America/New_York' } }),
		);
		const record = incomingEndOfCall({ format: 'wav', subFormat: 'gsm' });

		await new VipexPbx({ url: wf.url() }).endOfCall(record);
		await wf.settled();

		const [item] = wf.executions[0].items;
		const json = item.json as IDataObject & { sub_cdrs: IDataObject[] };
		expect(json.monitor_file).toBe(record.monitor_file);
		expect(json.sub_cdrs[2].monitor_file).toBe(record.sub_cdrs[2].monitor_file);
		expect(json.start_time_iso).toBe('2019-12-03T12:14:11-05:00');
		expect(Object.keys(item.binary!).sort()).toEqual(['audio', 'audio_sub_2']);
		expect(item.binary!.audio.mimeType).toBe('audio/wav');
		expect(item.binary!.audio_sub_2.mimeType).toBe('audio/x-gsm');
		expect(json.sub_cdrs[2].monitor_file_binary).toBe('audio_sub_2');
	});

	test('VPX-W3 summer time: Budapest times get +02:00', async () => {
		const wf = hooks.current.publish(endOfCall());
		const record = { ...outgoingEndOfCall(), start_time: '2024-07-01 09:00:00', answer_time: null, hangup_time: '2024-07-01 09:05:30' };

		await new VipexPbx({ url: wf.url() }).endOfCall(record);
		await wf.settled();

		expect(wf.executions[0].items[0].json).toMatchObject({
			start_time_iso: '2024-07-01T09:00:00+02:00',
			answer_time_iso: null,
			hangup_time_iso: '2024-07-01T09:05:30+02:00',
		});
	});

	test('VPX-W3 the PBX is answered before the workflow runs, so it does not resend', async () => {
		const e = await engine();
		const wf = hooks.current.publish(endOfCall(), [answerNode(e, GATE)]);
		gate.close();

		const delivery = await new VipexPbx({ url: wf.url(), timeoutMs: 5000 }).endOfCall(outgoingEndOfCall());

		expect(delivery.attempts).toHaveLength(1);
		expect(delivery.delivered).toBe(true);
		expect(wf.executions).toHaveLength(0);
		gate.open();
		await wf.settled();
		expect(wf.executions).toHaveLength(1);
	});

	test('VPX-W3 a GET is refused with 405 and starts nothing', async () => {
		const wf = hooks.current.publish(endOfCall());

		const response = await fetch(`${wf.url('setup')}?id=76355`);
		await wf.settled();

		expect(response.status).toBe(405);
		expect(response.headers.get('allow')).toBe('POST');
		expect(wf.executions).toHaveLength(0);
	});

	test('VPX-W3 custom body template: unknown fields pass through, Call ID Field finds the renamed id', async () => {
		const wf = hooks.current.publish(endOfCall({ options: { callIdField: 'cdr.call' } }));
		const pbx = new VipexPbx({
			url: wf.url(),
			template:
				'{"cdr":{"call":{{id}},"from":"{{src}}","to":"{{dst}}","talk":{{billsec}}},"main_reference_id":"ref-{{id}}","custom_field":"vip;callback","other_party_number":"{{dst}}","last_exten":"1102","user_number":"3619996000"}',
			maxAttempts: 1,
		});

		await pbx.endOfCall(outgoingEndOfCall());
		await pbx.endOfCall(outgoingEndOfCall());
		await wf.settled();

		expect(wf.executions).toHaveLength(1);
		expect(wf.executions[0].items[0].json).toEqual({
			cdr: { call: 76355, from: '1102', to: '36301234576', talk: 3 },
			main_reference_id: 'ref-76355',
			custom_field: 'vip;callback',
			other_party_number: '36301234576',
			last_exten: '1102',
			user_number: '3619996000',
			vipex: { event: 'endOfCall', method: 'POST' },
		});
		expect(wf.executions[0].items[0].binary).toBeUndefined();
	});

	test('VPX-W3 a PBX time zone that does not exist answers 500, so the PBX keeps the call and resends it', async () => {
		const wf = hooks.current.publish(endOfCall({ options: { timeZone: 'Europe/Budapestt' } }));

		const delivery = await new VipexPbx({ url: wf.url(), maxAttempts: 2 }).endOfCall(outgoingEndOfCall());
		await wf.settled();

		expect(delivery.delivered).toBe(false);
		expect(delivery.attempts.map((attempt) => attempt.answer?.status)).toEqual([500, 500]);
		expect(delivery.attempts[0].answer?.json).toEqual({
			message: 'The VIPeX Trigger\'s PBX Time Zone "Europe/Budapestt" is not a valid time zone; choose one such as Europe/Budapest',
		});
		expect(wf.executions).toHaveLength(0);
	});

	test('VPX-W3 bytes of an unknown format keep the type of their file name', async () => {
		const wf = hooks.current.publish(endOfCall());
		const record = { ...outgoingEndOfCall(), monitor_file: Buffer.from('not a known audio header').toString('base64') };

		await new VipexPbx({ url: wf.url() }).endOfCall(record);
		await wf.settled();

		expect(wf.executions[0].items[0].binary!.recording).toMatchObject({ mimeType: 'audio/mpeg' });
	});
});

describe('VPX-W3 repeated deliveries of the same call', () => {
	test('VPX-W3 the PBX resends after timeouts: the same call delivered three times runs the workflow once', async () => {
		const wf = hooks.current.publish(endOfCall());
		const pbx = new VipexPbx({ url: wf.url() });

		// The first two answers come "too late" for the PBX, so it sends the same data again.
		const delivery = await pbx.endOfCall(outgoingEndOfCall(), { lostAnswers: 2 });
		await wf.settled();

		expect(pbx.sent).toHaveLength(3);
		expect(new Set(pbx.sent.map((request) => request.body)).size).toBe(1);
		expect(delivery.attempts.map((attempt) => attempt.answer?.json)).toEqual([
			{ message: 'Call data received' },
			{ message: 'Call 76355 was already received; this repeated delivery is ignored' },
			{ message: 'Call 76355 was already received; this repeated delivery is ignored' },
		]);
		expect(delivery.attempts.every((attempt) => attempt.answer?.status === 200)).toBe(true);
		expect(wf.executions).toHaveLength(1);
		expect(Object.keys(receivedCalls(wf.staticData))).toEqual(['76355']);
	});

	test('VPX-W3 resends that overlap (the first still being read) also run once', async () => {
		const wf = hooks.current.publish(endOfCall());
		const pbx = new VipexPbx({ url: wf.url(), maxAttempts: 1 });
		const record = incomingEndOfCall();

		await Promise.all([pbx.endOfCall(record), pbx.endOfCall(record), pbx.endOfCall(record)]);
		await wf.settled();

		expect(pbx.sent).toHaveLength(3);
		expect(wf.executions).toHaveLength(1);
	});

	test('VPX-W3 remembered across a restart of n8n (static data), and only within the window', async () => {
		const e = await engine();
		const first = hooks.current.publish(endOfCall({ duplicateWindow: 30 }));
		await new VipexPbx({ url: first.url() }).endOfCall(outgoingEndOfCall());
		await first.settled();
		expect(first.executions).toHaveLength(1);
		const saved = JSON.parse(JSON.stringify(first.staticData)) as IDataObject;

		// "Restart": a new webhook server, the workflow published again with what n8n saved.
		const restarted = new WebhookHarness(e);
		await restarted.start();
		try {
			const again = restarted.publish(endOfCall({ duplicateWindow: 30 }), [], saved);
			const repeat = await new VipexPbx({ url: again.url() }).endOfCall(outgoingEndOfCall());
			const other = await new VipexPbx({ url: again.url() }).endOfCall(incomingEndOfCall());
			await again.settled();
			expect(repeat.attempts[0].answer?.json).toEqual({ message: 'Call 76355 was already received; this repeated delivery is ignored' });
			expect(other.attempts[0].answer?.json).toEqual({ message: 'Call data received' });
			expect(again.executions.map((run) => run.items[0].json.id)).toEqual([91059]);

			// Without the saved data the same delivery does run: the memory is in the static data.
			const forgotten = restarted.publish(endOfCall({ duplicateWindow: 30 }), [], {});
			await new VipexPbx({ url: forgotten.url() }).endOfCall(outgoingEndOfCall());
			await forgotten.settled();
			expect(forgotten.executions).toHaveLength(1);

			// Seen 31 minutes ago, outside the 30-minute window: runs again, and the old entry is pruned.
			const old = { [NODE_KEY]: { receivedCalls: { '76355': Date.now() - 31 * 60000, '11111': Date.now() - 90 * 60000 } } };
			const later = restarted.publish(endOfCall({ duplicateWindow: 30 }), [], old);
			await new VipexPbx({ url: later.url() }).endOfCall(outgoingEndOfCall());
			await later.settled();
			expect(later.executions).toHaveLength(1);
			expect(Object.keys(receivedCalls(later.staticData))).toEqual(['76355']);
		} finally {
			await restarted.stop();
		}
	});

	test('VPX-W3 calls delivered at the same moment are all remembered across a restart (no lost update of the static data)', async () => {
		const e = await engine();
		const first = hooks.current.publish(endOfCall());
		const calls = Array.from({ length: 10 }, (_, index) => ({ ...outgoingEndOfCall(), id: 80000 + index }));
		// n8n loads the workflow with its static data before it reads the body, and saves the static
		// data once the request is answered: deliveries whose bodies are still arriving all start from
		// the same saved data, and each saves its own copy.
		const answers = await sendTogether(first.url(), calls);
		await first.settled();
		expect(answers).toEqual(calls.map(() => 200));
		expect(first.executions).toHaveLength(10);
		expect(Object.keys(receivedCalls(first.staticData)).sort()).toEqual(calls.map((record) => String(record.id)));

		const restarted = new WebhookHarness(e);
		await restarted.start();
		try {
			const again = restarted.publish(endOfCall(), [], JSON.parse(JSON.stringify(first.staticData)) as IDataObject);
			const resent = await Promise.all(calls.map(async (record) => await new VipexPbx({ url: again.url() }).endOfCall(record)));
			await again.settled();
			expect(again.executions).toHaveLength(0);
			expect(resent.map((delivery) => delivery.attempts[0].answer?.json)).toEqual(
				calls.map((record) => ({ message: `Call ${record.id} was already received; this repeated delivery is ignored` })),
			);
		} finally {
			await restarted.stop();
		}
	});

	test('VPX-W3 Ignore Repeats 0 turns the guard off', async () => {
		const wf = hooks.current.publish(endOfCall({ duplicateWindow: 0 }));
		const record: EndOfCallRecord = outgoingEndOfCall();

		await new VipexPbx({ url: wf.url() }).endOfCall(record, { lostAnswers: 1 });
		await wf.settled();

		expect(wf.executions).toHaveLength(2);
	});
});

/** POSTs every record at once, holding each body's last byte until all requests have arrived. */
async function sendTogether(url: string, records: EndOfCallRecord[]): Promise<number[]> {
	const started = records.map((record) => {
		const body = Buffer.from(JSON.stringify(record));
		const outgoing = request(url, { method: 'POST', headers: { 'Content-Type': 'application/json', 'Content-Length': String(body.length) } });
		const answered = new Promise<number>((resolve, reject) => {
			outgoing.on('response', (response) => {
				response.resume();
				resolve(response.statusCode ?? 0);
			});
			outgoing.on('error', reject);
		});
		outgoing.write(body.subarray(0, -1));
		return { outgoing, last: body.subarray(-1), answered };
	});
	await new Promise((resolve) => setTimeout(resolve, 300));
	for (const { outgoing, last } of started) outgoing.end(last);
	return await Promise.all(started.map(async ({ answered }) => await answered));
}
