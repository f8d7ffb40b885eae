import type { INodeParameters } from 'n8n-workflow';

import { engine } from '../harness/engine';
import { useSimulator } from '../harness/lifecycle';
import { UContactSimulator } from '../simulators/ucontact';
import { calls, formOf, jsonFieldOf, ucontactCredential, ucontactNode } from './setup';

const sim = useSimulator(new UContactSimulator());

const task = (extra: INodeParameters): INodeParameters => ({
	resource: 'dialer',
	operation: 'addTask',
	campaign: 'Ventas->',
	destination: '12-345-678',
	dialerData: { field: [{ name: 'idcustomer', value: '7' }] },
	source: 'source',
	...extra,
});

describe('uContact Dialer', () => {
	test('UC-10 respool: the callspool object with every key, status 1, data and alternatives from fields', async () => {
		const e = await engine();
		const result = await e.run(
			await ucontactNode(sim, {
				resource: 'dialer',
				operation: 'respool',
				campaign: 'Ventas->',
				destination: '098124484',
				dialerBase: 'basetest',
				contactId: 222,
				alternatives: '099124484, 099111111',
				agentPhone: '1001',
				dialerData: { field: [{ name: 'Par1', value: 'Val1' }, { name: 'Par2', value: 'Val2' }] },
			}),
		);
		expect(result.error).toBeUndefined();
		expect(jsonFieldOf(calls(sim, 'Dialers/Respool')[0], 'callspool')).toEqual({
			campaign: 'Ventas->',
			destination: '098124484',
			dialerbase: 'basetest',
			status: 1,
			data: 'Par1=Val1:Par2=Val2',
			alternatives: '099124484:099111111',
			contact: 222,
			retries: 0,
			priority: 9999,
			agentphone: '1001',
		});
		expect(result.items).toEqual([
			{ json: { success: true, result: '1', campaign: 'Ventas->', destination: '098124484', contact: 222 }, pairedItem: { item: 0 } },
		]);
	});

	test('UC-10 respool: priority 1 (kept for schedules) is refused before the request', async () => {
		const e = await engine();
		const result = await e.run(
			await ucontactNode(sim, { resource: 'dialer', operation: 'respool', campaign: 'Ventas->', destination: '098124484', dialerBase: 'b', contactId: 1, priority: 1 }),
		);
		expect(result.error?.message).toBe('Priority must be 2 or more (got 1)');
		expect(sim.requests).toHaveLength(0);
	});

	test('UC-11 schedule: the callschedule object with the date in uContact format, in the server\'s time zone', async () => {
		const e = await engine();
		const result = await e.run(
			{
				type: 'uContact',
				credentials: { uContactApi: await ucontactCredential(sim, { timeZone: 'America/Montevideo' }) },
				parameters: {
					resource: 'dialer',
					operation: 'schedule',
					scheduleDate: '={{ $json.when }}',
					campaign: 'Cobranzas->',
					destination: '098344484',
					alternatives: '099124484:099121212',
					agentPhone: '1002',
					dialerData: { field: [{ name: 'deuda', value: '1520' }] },
				},
			},
			[{ json: { when: '2015-10-11T15:00:00.000-03:00' } }],
		);
		expect(result.error).toBeUndefined();
		expect(jsonFieldOf(calls(sim, 'Dialers/ScheduleDialerCall')[0], 'callschedule')).toEqual({
			calldate: '2015-10-11 15:00:00',
			campaign: 'Cobranzas->',
			destination: '098344484',
			alternatives: '099124484:099121212',
			agentphone: '1002',
			data: 'deuda=1520',
		});
		expect(result.items[0].json).toEqual({ success: true, result: '1', campaign: 'Cobranzas->', destination: '098344484', calldate: '2015-10-11 15:00:00' });
	});

	test('UC-11 a date with an offset, a JS Date or a Luxon DateTime is scheduled at the same instant in the server\'s zone; text without an offset is kept', async () => {
		const e = await engine();
		const credential = await ucontactCredential(sim, { timeZone: 'America/Montevideo' });
		const whens = [
			'2030-10-11T15:00:00.000Z',
			"={{ new Date('2030-10-11T15:00:00Z') }}",
			"={{ DateTime.fromISO('2030-10-11T17:00:00', { zone: 'Europe/Budapest' }) }}",
			'2030-10-11T17:00:00+02:00',
			'2030-10-11 15:00:00',
			'2030-10-11T15:00:00',
		];
		for (const when of whens) {
			const result = await e.run({
				type: 'uContact',
				credentials: { uContactApi: credential },
				parameters: { resource: 'dialer', operation: 'schedule', scheduleDate: when, campaign: 'Cobranzas->', destination: '098344484' },
			});
			expect(result.error).toBeUndefined();
		}
		expect(calls(sim, 'Dialers/ScheduleDialerCall').map((request) => jsonFieldOf(request, 'callschedule').calldate)).toEqual([
			// 15:00 UTC is 12:00 in Montevideo (UTC−3).
			'2030-10-11 12:00:00',
			'2030-10-11 12:00:00',
			'2030-10-11 12:00:00',
			'2030-10-11 12:00:00',
			// Offset-less text is the server's wall time as written.
			'2030-10-11 15:00:00',
			'2030-10-11 15:00:00',
		]);
	});

	test('UC-11 without a Server Time Zone the workflow\'s time zone is the server\'s; a wrong zone name stops the item', async () => {
		const e = await engine();
		const result = await e.run({
			...(await ucontactNode(sim, { resource: 'dialer', operation: 'schedule', scheduleDate: '2030-10-11T15:00:00.000Z', campaign: 'Cobranzas->', destination: '098344484' })),
			timezone: 'Europe/Budapest',
		});
		expect(result.error).toBeUndefined();
		expect(jsonFieldOf(calls(sim, 'Dialers/ScheduleDialerCall')[0], 'callschedule').calldate).toBe('2030-10-11 17:00:00');

		const wrong = await e.run({
			type: 'uContact',
			credentials: { uContactApi: await ucontactCredential(sim, { timeZone: 'Mars/Olympus' }) },
			parameters: { resource: 'dialer', operation: 'schedule', scheduleDate: '2030-10-11 15:00:00', campaign: 'Cobranzas->', destination: '098344484' },
		});
		expect(wrong.error?.message).toBe('The uContact credential\'s Server Time Zone "Mars/Olympus" is not a time zone');
		expect(calls(sim, 'Dialers/ScheduleDialerCall')).toHaveLength(1);
	});

	test.each([
		['insert with priority 1 (now)', { taskMode: 'immediate' }, { calldate: null, bulk: false, automatic: true, agent: '' }],
		['click to call', { taskMode: 'clickToCall', campaign: 'Soporte<-' }, { calldate: null, bulk: false, automatic: false, agent: '', campaign: 'Soporte<-' }],
		['a scheduled call', { taskMode: 'scheduled', scheduleDate: '2020-01-01T00:00:00' }, { calldate: '2020-01-01 00:00:00', bulk: true, automatic: false, agent: '' }],
		['a dialer call by agent username', { taskMode: 'dialer', agent: 'lfernandez' }, { calldate: null, bulk: true, automatic: false, agent: 'lfernandez' }],
		['a dialer call by agent phone', { taskMode: 'dialer', agent: '1001' }, { calldate: null, bulk: true, automatic: false, agent: '1001' }],
	] as const)('UC-12 dialer task: %s sends every key of the call object', async (_mode, parameters, expected) => {
		const e = await engine();
		const result = await e.run(await ucontactNode(sim, task({ ...parameters })));
		expect(result.error).toBeUndefined();
		const request = calls(sim, 'Dialers/DialerTask')[0];
		const call = jsonFieldOf(request, 'call');
		expect(Object.keys(call)).toEqual(['calldate', 'campaign', 'destination', 'alternatives', 'agent', 'data', 'source', 'bulk', 'automatic']);
		expect(call).toEqual({
			campaign: 'Ventas->',
			destination: '12-345-678',
			alternatives: '',
			data: 'idcustomer=7',
			source: 'source',
			...expected,
		});
		expect(formOf(request).call).toContain('"calldate":');
		expect(result.items[0].json).toMatchObject({ success: true, result: '1', destination: '12-345-678', calldate: expected.calldate });
	});

	test('UC-12 dialer task: a data value with a colon is refused, naming the field', async () => {
		const e = await engine();
		const result = await e.run(await ucontactNode(sim, task({ dialerData: { field: [{ name: 'note', value: 'a:b' }] } })));
		expect(result.error?.message).toBe('Data field "note" has a value with : ; or a line break ("a:b")');
		expect(sim.requests).toHaveLength(0);
	});

	test('UC-13 remove contact: campaign and number', async () => {
		const e = await engine();
		const result = await e.run(await ucontactNode(sim, { resource: 'dialer', operation: 'removeContact', campaign: 'Ventas->', number: '098344484' }));
		expect(formOf(calls(sim, 'Dialers/RemoveContact')[0])).toEqual({ campaign: 'Ventas->', number: '098344484' });
		expect(result.items[0].json).toEqual({ success: true, result: '1', campaign: 'Ventas->', number: '098344484' });
	});

	test('UC-14 remove scheduled calls in a range: only the calls inside it go', async () => {
		const e = await engine();
		const credential = await ucontactCredential(sim);
		const schedule = (when: string) => ({
			type: 'uContact',
			parameters: { resource: 'dialer', operation: 'schedule', scheduleDate: when, campaign: 'Ventas->', destination: '098344484' },
			credentials: { uContactApi: credential },
		});
		await e.run(schedule('2024-05-02 10:00:00'));
		await e.run(schedule('2024-05-09 10:00:00'));
		const result = await e.run({
			type: 'uContact',
			parameters: { resource: 'dialer', operation: 'removeScheduled', campaign: 'Ventas->', destination: '098344484', from: '2024-05-01T00:00:00', to: '2024-05-05T23:59:59' },
			credentials: { uContactApi: credential },
		});
		expect(result.error).toBeUndefined();
		expect(formOf(calls(sim, 'Dialers/RemoveScheduleDialerCall')[0])).toEqual({
			campaign: 'Ventas->',
			destination: '098344484',
			from: '2024-05-01 00:00:00',
			to: '2024-05-05 23:59:59',
		});
		expect(result.items[0].json).toEqual({ success: true, result: '1', campaign: 'Ventas->', destination: '098344484', from: '2024-05-01 00:00:00', to: '2024-05-05 23:59:59' });
		expect(sim.storedBy('Dialers/ScheduleDialerCall').map((entry) => (entry.fields.callschedule as { calldate: string }).calldate)).toEqual(['2024-05-09 10:00:00']);
	});

	const people = [
		{ json: { phone: '098344484', alt: '099124484', id: 7, campaign: 'Ventas->' } },
		{ json: { phone: '094556677', alt: '', id: 19, campaign: 'Ventas->' } },
		{ json: { phone: '092733118', alt: '099111111, 26001234', id: 23, campaign: 'Cobranzas->' } },
	];

	const fromItems = (extra: INodeParameters = {}): INodeParameters => ({
		resource: 'dialer',
		operation: 'uploadBase',
		campaign: '={{ $json.campaign }}',
		baseSource: 'items',
		rowPhone: '={{ $json.phone }}',
		alternatives: '={{ $json.alt }}',
		dialerData: { field: [{ name: 'idcustomer', value: '={{ $json.id }}' }] },
		...extra,
	});

	const decoded = (form: Record<string, string>) => Buffer.from(form.fileb64, 'base64').toString('utf8');

	test('UC-15 upload base from input items: one base per campaign, lines in the documented format', async () => {
		const e = await engine();
		const result = await e.run(await ucontactNode(sim, fromItems({ rowPriority: '9999', options: { fileName: 'clientes-mayo.txt' } })), people);
		expect(result.error).toBeUndefined();
		const [ventas, cobranzas] = calls(sim, 'Dialers/uploadbase').map((request) => formOf(request));
		expect(ventas).toMatchObject({ filename: 'clientes-mayo.txt', campaign: 'Ventas->', cant: '2', username: 'integracion' });
		expect(decoded(ventas)).toBe('Ventas->;098344484;idcustomer=7;099124484;9999\nVentas->;094556677;idcustomer=19;;9999\n');
		expect(cobranzas).toMatchObject({ campaign: 'Cobranzas->', cant: '1' });
		expect(decoded(cobranzas)).toBe('Cobranzas->;092733118;idcustomer=23;099111111:26001234;9999\n');
		expect(sim.received(/uploadbasewithtimezone/)).toHaveLength(0);
		expect(result.items).toEqual([
			{ json: { success: true, result: '1', campaign: 'Ventas->', fileName: 'clientes-mayo.txt', rows: 2 }, pairedItem: [{ item: 0 }, { item: 1 }] },
			{ json: { success: true, result: '1', campaign: 'Cobranzas->', fileName: 'clientes-mayo.txt', rows: 1 }, pairedItem: [{ item: 2 }] },
		]);
	});

	test('UC-16 upload base with a time zone uses uploadbasewithtimezone', async () => {
		const e = await engine();
		const result = await e.run(
			await ucontactNode(sim, fromItems({ campaign: 'Ventas->', agentPhone: '1001', timeZone: 'America/Montevideo', options: { uploadedBy: 'supervisor' } })),
			people.slice(0, 1),
		);
		expect(result.error).toBeUndefined();
		const form = formOf(calls(sim, 'Dialers/uploadbasewithtimezone')[0]);
		expect(form).toMatchObject({ campaign: 'Ventas->', cant: '1', username: 'supervisor', timezone: 'America/Montevideo' });
		expect(form.filename).toMatch(/^n8n-Ventas-\d{4}-\d\d-\d\d\.txt$/);
		expect(decoded(form)).toBe('Ventas->;098344484;idcustomer=7;099124484;;1001\n');
		expect(result.items[0].json).toMatchObject({ success: true, rows: 1, timeZone: 'America/Montevideo' });
	});

	test('UC-15 upload base from a binary file: base64 of the file, rows counted', async () => {
		const e = await engine();
		const file = 'prueba1;098344484;var1=val1:var2=val2;099124484:099111111;9999;1001\r\nprueba1;094556677;var1=val3;;;\r\n\r\n';
		const node = await ucontactNode(sim, { resource: 'dialer', operation: 'uploadBase', campaign: 'Encuestas->', baseSource: 'binary' });
		const result = await e.run(node, [
			{ json: {}, binary: { data: { data: Buffer.from(file).toString('base64'), mimeType: 'text/plain', fileName: 'encuesta.txt' } } },
		]);
		expect(result.error).toBeUndefined();
		const form = formOf(calls(sim, 'Dialers/uploadbase')[0]);
		expect(form).toMatchObject({ filename: 'encuesta.txt', campaign: 'Encuestas->', cant: '2', username: 'integracion' });
		expect(decoded(form)).toBe(file);
		expect(result.items).toEqual([{ json: { success: true, result: '1', campaign: 'Encuestas->', fileName: 'encuesta.txt', rows: 2 }, pairedItem: [{ item: 0 }] }]);
	});

	test('UC-16 upload base from a binary file with a time zone', async () => {
		const e = await engine();
		const node = await ucontactNode(sim, { resource: 'dialer', operation: 'uploadBase', campaign: 'Ventas->', baseSource: 'binary', timeZone: 'Europe/Madrid' });
		const result = await e.run(node, [{ json: {}, binary: { data: { data: Buffer.from('Ventas->;0034911234567\n').toString('base64'), mimeType: 'text/plain' } } }]);
		expect(result.error).toBeUndefined();
		const form = formOf(calls(sim, 'Dialers/uploadbasewithtimezone')[0]);
		expect(form).toMatchObject({ timezone: 'Europe/Madrid', campaign: 'Ventas->', cant: '1', username: 'integracion' });
		expect(Buffer.from(form.fileb64, 'base64').toString('utf8')).toBe('Ventas->;0034911234567\n');
		expect(result.items).toEqual([
			{
				json: { success: true, result: '1', campaign: 'Ventas->', fileName: expect.stringMatching(/^n8n-Ventas-/), rows: 1, timeZone: 'Europe/Madrid' },
				pairedItem: [{ item: 0 }],
			},
		]);
	});

	test('UC-15 a row whose value would break the line format stops before any request', async () => {
		const e = await engine();
		const result = await e.run(await ucontactNode(sim, fromItems()), [{ json: { phone: '0983;44484', alt: '', id: 1, campaign: 'Ventas->' } }]);
		expect(result.error?.message).toBe('Row of item 1: Phone contains ; or a line break ("0983;44484")');
		expect(sim.requests).toHaveLength(0);
	});

	test('UC-15 a file that is not a base is refused before any request', async () => {
		const e = await engine();
		const node = await ucontactNode(sim, { resource: 'dialer', operation: 'uploadBase', campaign: 'Ventas->', baseSource: 'binary' });
		const result = await e.run(node, [{ json: {}, binary: { data: { data: Buffer.from('phone,name\n098344484,Ana\n').toString('base64'), mimeType: 'text/csv' } } }]);
		expect(result.error?.message).toBe('The file in "data" is not a uContact base: line 1 ("phone,name") has no campaign;phone at its start');
		expect(sim.requests).toHaveLength(0);
	});
});
