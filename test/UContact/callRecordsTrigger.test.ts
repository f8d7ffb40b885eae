import type { INodeExecutionData, INodeParameters } from 'n8n-workflow';

import { engine } from '../harness/engine';
import { useSimulator } from '../harness/lifecycle';
import { PollHarness } from '../harness/polling';
import { UContactSimulator } from '../simulators/ucontact';
import { mp3Bytes } from '../simulators/ucontact/data';
import { calls, formOf, ucontactCredential } from './setup';

const sim = useSimulator(new UContactSimulator());

async function trigger(parameters: INodeParameters = {}): Promise<PollHarness> {
	return new PollHarness(await engine(), {
		type: 'uContactCallRecordsTrigger',
		parameters,
		credentials: { uContactApi: await ucontactCredential(sim) },
	});
}

const guids = (items: INodeExecutionData[]) => items.map((item) => item.json.guid);
const filters = () => calls(sim, 'Cdr/getrecords').map((request) => JSON.parse(formOf(request).filter) as Record<string, string>);

/** `yyyy-MM-dd HH:mm:ss` → minutes since the epoch, reading the wall time as UTC (for distances between wall times). */
const minutes = (wallTime: string) => Date.parse(`${wallTime.replace(' ', 'T')}Z`) / 60_000;

describe('uContact Call Records Trigger (UC-P1)', () => {
	test('UC-P1 the first activation starts from now: the calls already recorded are not emitted', async () => {
		const history = sim.cdrs.slice(-3);
		const harness = await trigger();

		expect((await harness.activate()).returned).toBeNull();
		await harness.poll();
		expect(await harness.emitted()).toEqual([]);

		// The first search reaches a day plus Longest Call back, to be sure of any server time zone …
		const [first, second] = filters();
		expect(first).toEqual({
			calldatei: first.calldatei,
			calldatef: first.calldatef,
			agent: '',
			campaign: '',
			source: '',
			destination: '',
			data: '',
			range: '',
			rating: '',
			mindur: '',
			exclude: '',
			type: 'record',
			cont: '',
		});
		expect(minutes(first.calldatef) - minutes(first.calldatei)).toBe(2 * 24 * 60 + 24 * 60 + 120);
		// … then trails the newest record by Longest Call (120 minutes).
		expect(second.calldatei).toBe(shift(history[2].calldate, -120));
		expect(Object.keys(harness.state.seen as object).sort()).toEqual(history.map((cdr) => cdr.guid).sort());
	});

	test('UC-P1 calls that end between polls are emitted once, oldest first, also across a restart', async () => {
		const harness = await trigger();
		await harness.activate();
		const support = sim.addCall({ campaign: 'Soporte<-', duration: 240 });
		const sales = sim.addCall({ campaign: 'Ventas->', duration: 60, customer: '099124484' });

		const poll = await harness.poll();
		expect(poll.returned?.[0].map((item) => item.json.guid)).toEqual([support.guid, sales.guid]);
		const [run] = await harness.settled();
		expect(run.run.status).toBe('success');
		expect(harness.triggerItems(run).map((item) => item.json)).toEqual([support, sales]);

		await harness.poll();
		await harness.restart();
		await harness.poll();
		expect(guids(await harness.emitted())).toEqual([support.guid, sales.guid]);

		const later = sim.addCall();
		await harness.poll();
		expect(guids(await harness.emitted())).toEqual([support.guid, sales.guid, later.guid]);
	});

	test('UC-P1 a call that started before the activation and ended after it is new (its record is dated at its start)', async () => {
		const harness = await trigger();
		await harness.activate();
		const long = sim.addCall({ duration: 50 * 60 });

		await harness.poll();
		expect(guids(await harness.emitted())).toEqual([long.guid]);
		expect(long.calldate < sim.cdrs.at(-2)!.calldate).toBe(true);
	});

	test.each(['Asia/Tokyo', 'Pacific/Honolulu'])('UC-P1 a server in another time zone (%s) than n8n: history skipped, new calls emitted once', async (zone) => {
		sim.timeZone = zone;
		sim.reset();
		const harness = await trigger();
		await harness.activate();
		await harness.poll();
		const call = sim.addCall();

		await harness.poll();
		await harness.poll();
		expect(guids(await harness.emitted())).toEqual([call.guid]);
	});

	test('UC-P1 the campaign filter goes into the search; other campaigns start nothing', async () => {
		const harness = await trigger({ campaign: 'Ventas->' });
		await harness.activate();
		sim.addCall({ campaign: 'Soporte<-' });
		const sales = sim.addCall({ campaign: 'Ventas->' });

		await harness.poll();
		expect(guids(await harness.emitted())).toEqual([sales.guid]);
		expect(filters().map((filter) => filter.campaign)).toEqual(['Ventas->', 'Ventas->']);
	});

	test('UC-P1 with Download Recording (UC-07): the MP3 as binary, a GSM-only one converted, a call without one gets recording: null', async () => {
		const harness = await trigger({ downloadRecording: true, binaryPropertyName: 'audio' });
		await harness.activate();
		const mp3 = sim.addCall({ recording: 'mp3' });
		const gsm = sim.addCall({ recording: 'gsm' });
		const none = sim.addCall({ recording: 'none' });

		await harness.poll();
		const items = await harness.emitted();
		expect(guids(items)).toEqual([mp3.guid, gsm.guid, none.guid]);
		const folder = mp3.calldate.slice(0, 10).replace(/-/g, '');
		expect(items[0].json.recording).toEqual({
			fileName: `${mp3.guid}.mp3`,
			format: 'mp3',
			location: `${sim.baseUrl}/records/${folder}/${mp3.guid}.mp3`,
			converted: false,
		});
		expect(items[0].binary?.audio).toMatchObject({ mimeType: 'audio/mpeg', fileName: `${mp3.guid}.mp3` });
		expect(Buffer.from(items[0].binary!.audio.data, 'base64').equals(mp3Bytes(mp3.guid))).toBe(true);
		expect(items[1].json.recording).toMatchObject({ format: 'mp3', converted: true });
		expect(Buffer.from(items[1].binary!.audio.data, 'base64').equals(mp3Bytes(`${gsm.guid} (converted)`))).toBe(true);
		expect(formOf(calls(sim, 'Supervisor/convert')[0])).toMatchObject({ guid: gsm.guid, folder });
		expect(items[2].json.recording).toBeNull();
		expect(items[2].binary).toBeUndefined();
	});

	test('UC-P1 reads every page of the window (lastrow, searchLimit = Records per Request)', async () => {
		const harness = await trigger({ options: { pageSize: 2 } });
		await harness.activate();
		sim.requests.length = 0;
		const added = [1, 2, 3, 4].map(() => sim.addCall());

		await harness.poll();
		expect(guids(await harness.emitted())).toEqual(added.map((cdr) => cdr.guid));
		// Three calls of the last hour and four new ones: pages from 0, 2, 4 and 6.
		expect(calls(sim, 'Cdr/getrecords').map((request) => [formOf(request).lastrow, formOf(request).searchLimit])).toEqual([
			['0', '2'],
			['2', '2'],
			['4', '2'],
			['6', '2'],
		]);
	});

	test('UC-P1 a failing poll is reported as n8n shows polling errors; its calls come with the next poll', async () => {
		const harness = await trigger();
		await harness.activate();
		const call = sim.addCall();
		sim.inject({ path: '/Integra/resources/Cdr/getrecords', status: 200, body: 'ERROR' });

		const failed = await harness.poll();
		expect(failed.error?.message).toBe('uContact could not search the call records: Cdr/getrecords answered ERROR');

		sim.inject({ path: '/Integra/resources/Cdr/getrecords', status: 200, body: '<html>Service Unavailable</html>' });
		const unexpected = await harness.poll();
		expect(unexpected.error?.message).toBe('uContact answered Cdr/getrecords with something other than JSON');

		expect(harness.pollErrors).toHaveLength(2);
		await harness.poll();
		expect(guids(await harness.emitted())).toEqual([call.guid]);
	});

	test('UC-P1 Fetch Test Event shows the newest call of the last days, with its recording when asked', async () => {
		const harness = await trigger({ downloadRecording: true });
		const call = sim.addCall({ recording: 'mp3' });

		const sample = await harness.fetchTestEvent();
		expect(sample?.[0].map((item) => item.json.guid)).toEqual([call.guid]);
		expect(sample?.[0][0].binary?.data).toMatchObject({ mimeType: 'audio/mpeg' });
	});
});

/** A wall time moved by some minutes. */
function shift(wallTime: string, by: number): string {
	return new Date((minutes(wallTime) + by) * 60_000).toISOString().slice(0, 19).replace('T', ' ');
}
