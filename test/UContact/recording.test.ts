import type { INodeParameters } from 'n8n-workflow';

import { engine } from '../harness/engine';
import { useSimulator } from '../harness/lifecycle';
import { UContactSimulator } from '../simulators/ucontact';
import { RECORDED, mp3Bytes } from '../simulators/ucontact/data';
import { API, calls, formOf, jsonFieldOf, ucontactNode } from './setup';

const sim = useSimulator(new UContactSimulator());

const search = (extra: Record<string, unknown> = {}) => ({
	resource: 'recording',
	operation: 'search',
	callDateFrom: '2016-01-18T00:00:00',
	callDateTo: '2016-01-21T23:59:59',
	...extra,
});

const download = (options: INodeParameters = {}): INodeParameters => ({
	resource: 'recording',
	operation: 'download',
	guid: '={{ $json.guid }}',
	callDate: '={{ $json.calldate }}',
	options,
});

/** The bytes of an output binary (the harness keeps binary data in memory, as base64). */
function binaryOf(item: { binary?: Record<string, { data: string }> }, property = 'data'): Buffer {
	return Buffer.from(item.binary![property].data, 'base64');
}

describe('uContact Recording', () => {
	test('UC-06 search: the filter object carries every documented key, Random=1, first page from lastrow 0', async () => {
		const e = await engine();
		const result = await e.run(
			await ucontactNode(sim, search({ limit: 10, filters: { agent: 'mrodriguez', campaign: 'Ventas->', minDuration: 30 } })),
		);
		expect(result.error).toBeUndefined();
		const [request] = calls(sim, 'Cdr/getrecords');
		const form = formOf(request);
		expect(form).toMatchObject({ lastrow: '0', searchLimit: '10', Random: '1' });
		expect(jsonFieldOf(request, 'filter')).toEqual({
			calldatei: '2016-01-18 00:00:00',
			calldatef: '2016-01-21 23:59:59',
			agent: 'mrodriguez',
			campaign: 'Ventas->',
			source: '',
			destination: '',
			data: '',
			range: '',
			rating: '',
			mindur: '30',
			exclude: '',
			type: 'record',
			cont: '',
		});
		expect(result.items).toHaveLength(10);
		for (const item of result.items) {
			expect(item.json).toMatchObject({ agent: 'mrodriguez', campaign: 'Ventas->', type: 'record' });
			expect(item.json.guid).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-/);
			expect(item.json.calldate).toMatch(/^2016-01-\d\d \d\d:\d\d:\d\d$/);
			expect(item.json.billsec as number).toBeGreaterThanOrEqual(30);
			expect(item.pairedItem).toEqual({ item: 0 });
		}
	});

	test('UC-06 search with Return All pages over lastrow/searchLimit until a short page', async () => {
		const e = await engine();
		const result = await e.run(await ucontactNode(sim, search({ returnAll: true })));
		expect(result.error).toBeUndefined();
		const pages = calls(sim, 'Cdr/getrecords').map((request) => formOf(request));
		expect(pages.map((form) => [form.lastrow, form.searchLimit])).toEqual([
			['0', '50'],
			['50', '50'],
			['100', '50'],
		]);
		expect(result.items).toHaveLength(140);
		expect(new Set(result.items.map((item) => item.json.guid)).size).toBe(140);
		expect(result.items.map((item) => item.json.guid)).toEqual(sim.cdrs.filter((cdr) => cdr.calldate <= '2016-01-21 23:59:59').map((cdr) => cdr.guid));
	});

	test('UC-06 search: a Limit asks for that many records in one page', async () => {
		const e = await engine();
		const result = await e.run(await ucontactNode(sim, search({ limit: 45 })));
		expect(calls(sim, 'Cdr/getrecords').map((request) => [formOf(request).lastrow, formOf(request).searchLimit])).toEqual([['0', '45']]);
		expect(result.items.map((item) => item.json.guid)).toEqual(sim.cdrs.slice(0, 45).map((cdr) => cdr.guid));
	});

	test('UC-06 search: Return All with another page size', async () => {
		const e = await engine();
		const result = await e.run(await ucontactNode(sim, search({ returnAll: true, options: { pageSize: 70 } })));
		expect(calls(sim, 'Cdr/getrecords').map((request) => [formOf(request).lastrow, formOf(request).searchLimit])).toEqual([
			['0', '70'],
			['70', '70'],
			['140', '70'],
		]);
		expect(result.items).toHaveLength(140);
	});

	test('UC-06 search: every other filter reaches uContact', async () => {
		const e = await engine();
		const result = await e.run(
			await ucontactNode(
				sim,
				search({
					returnAll: true,
					callDateFrom: '2016-01-18 00:00:00',
					filters: { source: '1001', destination: '09', data: 'idcustomer', range: '08:00-18:00', exclude: '099121212', repeats: 3 },
				}),
			),
		);
		expect(result.error).toBeUndefined();
		const filter = jsonFieldOf(calls(sim, 'Cdr/getrecords')[0], 'filter');
		expect(filter).toMatchObject({ source: '1001', destination: '09', data: 'idcustomer', range: '08:00-18:00', rating: '', exclude: '099121212', cont: '3' });
		// Only 098344484 is called at least three times among these calls.
		expect(result.items).toHaveLength(3);
		for (const item of result.items) {
			expect(item.json).toMatchObject({ source: '1001', destination: '098344484' });
			expect(String(item.json.data)).toContain('idcustomer');
		}

		const rated = await e.run(await ucontactNode(sim, search({ returnAll: true, filters: { rating: '5' } })));
		expect(jsonFieldOf(calls(sim, 'Cdr/getrecords').at(-1)!, 'filter').rating).toBe('5');
		expect(rated.items.length).toBeGreaterThan(0);
		expect(rated.items.every((item) => item.json.rating === '5')).toBe(true);
	});

	test('UC-06 search with Return All stops when uContact ignores lastrow and repeats a page', async () => {
		const e = await engine();
		const page = sim.cdrs.slice(0, 50);
		sim.inject({ path: `${API}Cdr/getrecords`, status: 200, body: page, times: 5 });
		const result = await e.run(await ucontactNode(sim, search({ returnAll: true })));
		expect(result.error?.message).toBe('uContact answered Cdr/getrecords with records it had already sent');
		expect(result.error?.description).toContain('lastrow=50');
		expect(calls(sim, 'Cdr/getrecords').map((request) => formOf(request).lastrow)).toEqual(['0', '50']);
	});

	test('UC-06 search: a date that is not a date stops before any request', async () => {
		const e = await engine();
		const result = await e.run(await ucontactNode(sim, search({ callDateFrom: 'yesterday-ish' })));
		expect(result.error?.message).toBe('Call Date From is not a date: "yesterday-ish"');
		expect(sim.requests).toHaveLength(0);
	});

	test.each([
		['the telephony host', 'telephonyRoot', (base: string) => `${base}/records/${RECORDED.telephonyRoot.guid}.mp3`],
		['a day folder of the telephony host', 'telephonyDay', (base: string) => `${base}/records/20160118/${RECORDED.telephonyDay.guid}.mp3`],
		['a day folder of the backup host', 'backupDay', (base: string) => `${base}/backup/records/20160119/${RECORDED.backupDay.guid}.mp3`],
		['the backup host', 'backupRoot', (base: string) => `${base}/backup/records/${RECORDED.backupRoot.guid}.mp3`],
	] as const)('UC-07 download finds the MP3 in %s', async (_place, key, where) => {
		const e = await engine();
		const record = RECORDED[key];
		const result = await e.run(await ucontactNode(sim, download()), [{ json: { guid: record.guid, calldate: record.calldate } }]);
		expect(result.error).toBeUndefined();
		const [item] = result.items;
		expect(item.json).toEqual({
			guid: record.guid,
			calldate: record.calldate,
			format: 'mp3',
			fileName: `${record.guid}.mp3`,
			location: where(sim.baseUrl),
			converted: false,
			size: mp3Bytes(record.guid).length,
		});
		expect(item.binary!.data).toMatchObject({ fileName: `${record.guid}.mp3`, mimeType: 'audio/mpeg', fileExtension: 'mp3' });
		expect(binaryOf(item as never)).toEqual(mp3Bytes(record.guid));
		expect(item.pairedItem).toEqual({ item: 0 });
		// The documented order: telephony, telephony/day, backup/day, backup — stopping at the file.
		const tried = sim.received(/\/records\//).map((request) => request.path);
		const order = [
			`/records/${record.guid}.mp3`,
			`/records/${record.calldate.slice(0, 10).replace(/-/g, '')}/${record.guid}.mp3`,
			`/backup/records/${record.calldate.slice(0, 10).replace(/-/g, '')}/${record.guid}.mp3`,
			`/backup/records/${record.guid}.mp3`,
		];
		expect(tried).toEqual(order.slice(0, order.indexOf(new URL(where(sim.baseUrl)).pathname) + 1));
		expect(sim.received(`${API}Supervisor/convert`)).toHaveLength(0);
	});

	test('UC-07 UC-08 download: only a GSM file exists, so Supervisor/convert runs and the MP3 is fetched again', async () => {
		const e = await engine();
		const { guid, calldate } = RECORDED.gsmOnly;
		const result = await e.run(await ucontactNode(sim, { ...download(), binaryPropertyName: 'audio' }), [{ json: { guid, calldate } }]);
		expect(result.error).toBeUndefined();
		const [convert] = calls(sim, 'Supervisor/convert');
		expect(formOf(convert)).toEqual({ guid, folder: '20160120' });
		const paths = sim.received(/\/records\//).map((request) => `${request.path} ${request.status}`);
		expect(paths).toEqual([
			`/records/${guid}.mp3 404`,
			`/records/20160120/${guid}.mp3 404`,
			`/backup/records/20160120/${guid}.mp3 404`,
			`/backup/records/${guid}.mp3 404`,
			`/records/${guid}.gsm 404`,
			`/records/20160120/${guid}.gsm 200`,
			`/records/${guid}.mp3 404`,
			`/records/20160120/${guid}.mp3 200`,
		]);
		const [item] = result.items;
		expect(item.json).toMatchObject({ guid, format: 'mp3', converted: true, location: `${sim.baseUrl}/records/20160120/${guid}.mp3` });
		expect(item.binary!.audio).toMatchObject({ fileName: `${guid}.mp3`, mimeType: 'audio/mpeg' });
		expect(binaryOf(item as never, 'audio')).toEqual(mp3Bytes(`${guid} (converted)`));
	});

	test('UC-07 UC-08 download: a conversion uContact refuses (0) is an error naming Supervisor/convert', async () => {
		const e = await engine();
		const { guid, calldate } = RECORDED.gsmOnly;
		sim.inject({ path: `${API}Supervisor/convert`, status: 200, body: '0' });
		const result = await e.run(await ucontactNode(sim, download()), [{ json: { guid, calldate } }]);
		expect(result.error?.message).toBe('uContact could not convert the GSM recording to MP3: Supervisor/convert answered 0');
		expect(result.error?.description).toContain(`Sent to Supervisor/convert: guid=${guid}, folder=20160120`);
		expect(sim.received(`${API}Supervisor/convert`)).toHaveLength(1);
		expect(sim.recordings.has(`telephony:20160120/${guid}.mp3`)).toBe(false);
	});

	test('UC-07 download: the GSM file itself when conversion is not wanted', async () => {
		const e = await engine();
		const { guid, calldate } = RECORDED.gsmOnly;
		const result = await e.run(await ucontactNode(sim, download({ gsm: 'download' })), [{ json: { guid, calldate } }]);
		expect(sim.received(`${API}Supervisor/convert`)).toHaveLength(0);
		const [item] = result.items;
		expect(item.json).toMatchObject({ format: 'gsm', converted: false, fileName: `${guid}.gsm` });
		expect(item.binary!.data).toMatchObject({ fileName: `${guid}.gsm`, mimeType: 'audio/x-gsm' });
		expect((binaryOf(item as never)).length % 33).toBe(0);
	});

	test('UC-07 download: a recording that is nowhere names every place tried', async () => {
		const e = await engine();
		const { guid, calldate } = RECORDED.missing;
		const result = await e.run(await ucontactNode(sim, download()), [{ json: { guid, calldate } }]);
		expect(result.error?.message).toBe(`Recording ${guid} was not found in any of the documented places`);
		const description = String(result.error?.description);
		expect(description).toContain(`${sim.baseUrl}/records/20160120/${guid}.mp3 → 404`);
		expect(description).toContain(`${sim.baseUrl}/backup/records/${guid}.gsm → 404`);
		expect(sim.received(/\/records\//)).toHaveLength(8);
	});

	test('UC-07 download: without a call date only the places without a day folder are tried', async () => {
		const e = await engine();
		const result = await e.run(await ucontactNode(sim, download()), [{ json: { guid: RECORDED.backupRoot.guid } }]);
		expect(result.error).toBeUndefined();
		expect(sim.received(/\/records\//).map((request) => request.path)).toEqual([
			`/records/${RECORDED.backupRoot.guid}.mp3`,
			`/backup/records/${RECORDED.backupRoot.guid}.mp3`,
		]);
		expect(result.items[0].json.calldate).toBeUndefined();
	});

	test('UC-07 download: a GUID that could leave the records folder is refused before any request', async () => {
		const e = await engine();
		const result = await e.run(await ucontactNode(sim, download()), [{ json: { guid: '../../etc/passwd' } }]);
		expect(result.error?.message).toBe('Recording GUID "../../etc/passwd" is not a recording ID');
		expect(sim.requests).toHaveLength(0);
	});

	test('UC-08 convert: guid and day folder from the call date', async () => {
		const e = await engine();
		const { guid, calldate } = RECORDED.gsmOnly;
		const result = await e.run(await ucontactNode(sim, { resource: 'recording', operation: 'convert' }), [{ json: { guid, calldate } }]);
		expect(formOf(calls(sim, 'Supervisor/convert')[0])).toEqual({ guid, folder: '20160120' });
		expect(result.items).toEqual([{ json: { success: true, result: '1', guid, folder: '20160120' }, pairedItem: { item: 0 } }]);
		expect(sim.recordings.has(`telephony:20160120/${guid}.mp3`)).toBe(true);
	});

	test('UC-08 convert: nothing to convert is an error naming what was sent', async () => {
		const e = await engine();
		const result = await e.run(await ucontactNode(sim, { resource: 'recording', operation: 'convert', callDate: '20160118' }), [
			{ json: { guid: RECORDED.telephonyRoot.guid } },
		]);
		expect(result.error?.message).toBe('uContact could not convert the recording to MP3: Supervisor/convert answered 0');
		expect(result.error?.description).toContain(`Sent to Supervisor/convert: guid=${RECORDED.telephonyRoot.guid}, folder=20160118`);
	});

	test('UC-09 tag: phone, guid and text; the empty (asynchronous) answer is a success', async () => {
		const e = await engine();
		const cdr = sim.cdrs[3];
		const result = await e.run(
			await ucontactNode(sim, { resource: 'recording', operation: 'tag', phone: '={{ $json.destination }}', tagText: 'venta-confirmada' }),
			[{ json: { guid: cdr.guid, destination: cdr.destination } }],
		);
		expect(result.error).toBeUndefined();
		expect(formOf(calls(sim, 'Agents/TagRecord')[0])).toEqual({ guid: cdr.guid, phone: cdr.destination, data: 'venta-confirmada' });
		expect(result.items[0].json).toEqual({ success: true, result: '', guid: cdr.guid, phone: cdr.destination, data: 'venta-confirmada' });
		expect(sim.cdrs[3].data).toBe('venta-confirmada');
	});
});
