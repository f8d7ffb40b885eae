import { engine } from '../harness/engine';
import { useSimulator } from '../harness/lifecycle';
import { CentionSimulator, TOKENS } from '../simulators/cention';
import { centionNode, documentOf } from './setup';

const sim = useSimulator(new CentionSimulator());

describe('Cention export', () => {
	test('CEN-18 Trigger sends the preset as an array of {type, id} (the manual\'s field table) with YYYY/MM/DD dates; one item per errand row', async () => {
		const e = await engine();
		const result = await e.run(
			await centionNode(
				sim,
				{
					resource: 'export',
					operation: 'trigger',
					exportId: '316',
					useClosureDate: true,
					errandFromDate: '2019-01-01T00:00:00',
					errandToDate: '2019-01-31T23:59:59',
				},
				{ token: TOKENS.exports },
			),
		);
		expect(result.error).toBeUndefined();
		const [request] = sim.received('/s/demo/capi/json/c3_trigger_exports');
		expect(request.bearer).toBe(TOKENS.exports);
		expect(documentOf(request).data).toEqual({
			type: 'c3_trigger_exports',
			attributes: { use_closure_date: true, errand_from_date: '2019/01/01', errand_to_date: '2019/01/31' },
			relationships: { export: { data: [{ type: 'c3_exports', id: '316' }] } },
		});
		// Closed in January: errands 1 and 3203 (34 was closed in February).
		expect(result.items.map((item) => item.json.errand_id)).toEqual([1, 3203]);
		expect(result.items[0].json).toMatchObject({
			from_address: 'test@cention.se',
			subject: 'subject',
			timestamp_closed: '2019/01/03 10:00',
			agent_name: 'System Administrator',
			area_external_id: 'TS-1',
			satisfaction_meter_answer_1: 4,
		});
		expect(result.items.map((item) => item.pairedItem)).toEqual([{ item: 0 }, { item: 0 }]);
	});

	test('CEN-18 Trigger by arrival date without a range: the preset\'s rows; raw document one switch away', async () => {
		const e = await engine();
		const rows = await e.run(await centionNode(sim, { resource: 'export', operation: 'trigger', exportId: '316' }));
		expect(documentOf(sim.received('/s/demo/capi/json/c3_trigger_exports')[0]).data.attributes).toEqual({ use_closure_date: false });
		expect(rows.items).toHaveLength(4);

		const raw = await e.run(await centionNode(sim, { resource: 'export', operation: 'trigger', exportId: '316', simplify: false }));
		const document = raw.items[0].json as { data: { type: string; attributes: { content: unknown[] } } };
		expect(raw.items).toHaveLength(1);
		expect(document.data.type).toBe('c3_trigger_exports');
		expect(document.data.attributes.content).toHaveLength(4);
	});

	test('CEN-18 several presets go out in one request as an array of resource identifiers', async () => {
		const e = await engine();
		const result = await e.run(await centionNode(sim, { resource: 'export', operation: 'trigger', exportId: '316, 317', useClosureDate: true, errandFromDate: '2019-01-01', errandToDate: '2019-01-31' }));
		expect(result.error).toBeUndefined();
		const [request] = sim.received('/s/demo/capi/json/c3_trigger_exports');
		expect(documentOf(request).data.relationships).toEqual({
			export: { data: [{ type: 'c3_exports', id: '316' }, { type: 'c3_exports', id: '317' }] },
		});
		// 316: errands 1 and 3203 closed in January; 317 (rated 4 or 5): the same two.
		expect(result.items.map((item) => item.json.errand_id)).toEqual([1, 3203, 1, 3203]);
		const bad = await e.run(await centionNode(sim, { resource: 'export', operation: 'trigger', exportId: '316, abc' }));
		expect(bad.error?.message).toBe('Export IDs must be Cention database IDs (whole numbers such as 316), not: abc');
	});

	test('CEN-18 the simulator takes only the table\'s reading: one object instead of an array is a 400', async () => {
		const response = await fetch(`${sim.baseUrl}/s/demo/capi/json/c3_trigger_exports`, {
			method: 'POST',
			headers: { Authorization: `Bearer ${TOKENS.exports}`, 'Content-Type': 'application/vnd.api+json', Accept: 'application/vnd.api+json' },
			body: JSON.stringify({ data: { type: 'c3_trigger_exports', attributes: {}, relationships: { export: { data: { type: 'c3_exports', id: '316' } } } } }),
		});
		expect(response.status).toBe(400);
		expect(JSON.stringify(await response.json())).toContain('export.data must be an array');
	});

	test('CEN-18 an instant (a UTC timestamp, a JS Date) is the day it is in the workflow\'s time zone', async () => {
		const e = await engine();
		const result = await e.run({
			...(await centionNode(sim, {
				resource: 'export',
				operation: 'trigger',
				exportId: '316',
				// Midnight of 1 February and the end of 28 February in Budapest, written in UTC.
				errandFromDate: '2019-01-31T23:00:00.000Z',
				errandToDate: "={{ new Date('2019-02-28T22:59:59Z') }}",
			})),
			timezone: 'Europe/Budapest',
		});
		expect(result.error).toBeUndefined();
		expect(documentOf(sim.received('/s/demo/capi/json/c3_trigger_exports')[0]).data.attributes).toMatchObject({
			errand_from_date: '2019/02/01',
			errand_to_date: '2019/02/28',
		});
	});

	test('CEN-18 content given as one object (the manual\'s sample) is one row', async () => {
		const e = await engine();
		sim.inject({
			path: '/s/demo/capi/json/c3_trigger_exports',
			status: 201,
			body: {
				data: {
					type: 'c3_trigger_exports',
					id: '3',
					attributes: { c3_id: 3, use_closure_date: true, errand_from_date: '2019/01/01', errand_to_date: '2019/01/30', content: { errand_id: 1, subject: 'subject' } },
				},
			},
		});
		const result = await e.run(await centionNode(sim, { resource: 'export', operation: 'trigger', exportId: '316' }));
		expect(result.items.map((item) => item.json)).toEqual([{ errand_id: 1, subject: 'subject' }]);
	});

	test('CEN-18 bad dates never leave n8n; an unknown preset is a 404; no export claim is a 403 naming it', async () => {
		const e = await engine();
		const bad = await e.run(await centionNode(sim, { resource: 'export', operation: 'trigger', exportId: '316', errandFromDate: '={{ "01/02/2019" }}' }));
		expect(bad.error?.message).toBe('From Date is not a date: "01/02/2019"');
		const reversed = await e.run(
			await centionNode(sim, { resource: 'export', operation: 'trigger', exportId: '316', errandFromDate: '2019-02-01', errandToDate: '2019-01-01' }),
		);
		expect(reversed.error?.message).toBe('From Date is after To Date');
		expect(sim.requests).toHaveLength(0);

		const unknown = await e.run(await centionNode(sim, { resource: 'export', operation: 'trigger', exportId: '999' }));
		expect(unknown.error?.message).toBe('Cention has nothing at POST json/c3_trigger_exports (404 Not Found)');
		const denied = await e.run(await centionNode(sim, { resource: 'export', operation: 'trigger', exportId: '316' }, { token: TOKENS.reporting }));
		expect(denied.error?.message).toBe('The Cention token lacks the "Access to export API" claim needed for POST json/c3_trigger_exports');
	});
});
