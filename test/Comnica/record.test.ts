import { engine } from '../harness/engine';
import { useSimulator } from '../harness/lifecycle';
import { ComnicaSimulator } from '../simulators/comnica';
import { comnicaNode, payloadOf, requestsTo } from './setup';

const sim = useSimulator(new ComnicaSimulator());

describe('Comnica Record', () => {
	test('COM-06 Get loads a record with contacts, comments, custom data and system columns', async () => {
		const e = await engine();
		const result = await e.run(await comnicaNode(sim, { resource: 'record', operation: 'get', recordId: 42 }));
		expect(result.error).toBeUndefined();
		const [request] = requestsTo(sim, '/integration/cc/record/load/v1');
		expect(payloadOf(request)).toEqual({ id: 42 });
		expect(result.items).toHaveLength(1);
		expect(result.items[0].json).toMatchObject({
			custom_data: { aaa: 'äää', bbb: 'ßßß', phone: '3611234567' },
			system_columns: { id: 42, project_id: 9 },
		});
		expect(result.items[0].json.contacts).toHaveLength(2);
		expect(result.items[0].json.comments).toHaveLength(2);
		expect(result.items[0].pairedItem).toEqual({ item: 0 });
	});

	test('COM-06 Get with Simplify returns one flat item', async () => {
		const e = await engine();
		const result = await e.run(await comnicaNode(sim, { resource: 'record', operation: 'get', recordId: '={{ $json.id }}', simplify: true }), [
			{ json: { id: 42 } },
			{ json: { id: 14396 } },
		]);
		expect(result.error).toBeUndefined();
		expect(new Set(requestsTo(sim, '/integration/cc/record/load/v1').map((request) => payloadOf(request).id))).toEqual(new Set([42, 14396]));
		expect(result.items).toEqual([
			{
				json: {
					aaa: 'äää',
					bbb: 'ßßß',
					phone: '3611234567',
					id: 42,
					project_id: 9,
					termination_id: null,
					next_call: null,
					callback_to_user_id: null,
					priority: 1,
					is_redial: false,
					manual_redial: false,
					contacts: ['3611234567', '3619876543'],
					last_comment: 'Example comment 2',
				},
				pairedItem: { item: 0 },
			},
			{
				json: expect.objectContaining({ id: 14396, aaa: 'VIP', termination_id: 356, contacts: ['3655555123'], last_comment: null }),
				pairedItem: { item: 1 },
			},
		]);
	});

	test('COM-07 Create sends contacts, comments, typed custom data and system columns', async () => {
		const e = await engine();
		const result = await e.run(
			await comnicaNode(sim, {
				resource: 'record',
				operation: 'create',
				project: 9,
				customData: {
					mappingMode: 'defineBelow',
					value: { aaa: 'new lead', num: 12.5, flavour: 'sweet', colour: ['black', 'red'], appointment: '2026-12-01T10:30:00' },
					schema: [
						{ id: 'aaa', displayName: 'aaa', type: 'string', required: false, defaultMatch: false, display: true },
						{ id: 'num', displayName: 'num', type: 'number', required: false, defaultMatch: false, display: true },
						{
							id: 'flavour',
							displayName: 'flavour',
							type: 'options',
							options: [
								{ name: 'Savoury', value: 'savoury' },
								{ name: 'Sweet', value: 'sweet' },
							],
							required: false,
							defaultMatch: false,
							display: true,
						},
						{ id: 'colour', displayName: 'colour', type: 'array', required: false, defaultMatch: false, display: true },
						{ id: 'appointment', displayName: 'appointment', type: 'dateTime', required: false, defaultMatch: false, display: true },
					],
				},
				contacts: {
					contact: [
						{ contact: '3612000001', type: 'phone', name: 'Kiss Anna', priority: 2, preferred: true, active: true, sourceColumn: 'phone' },
					],
				},
				comments: { comment: [{ comment: 'Asked for a callback', createdAt: '2026-11-20T09:15:00' }] },
				systemColumns: { priority: 5, nextCall: '2026-12-01T10:30:00+01:00', callbackToUser: '22', manualRedial: true },
			}),
		);
		expect(result.error).toBeUndefined();
		const [request] = requestsTo(sim, '/integration/cc/record/save/v1');
		expect(payloadOf(request)).toEqual({
			custom_data: { aaa: 'new lead', num: 12.5, flavour: ['sweet'], colour: ['black', 'red'], appointment: '2026-12-01 10:30:00' },
			contacts: [{ contact: '3612000001', type: 'phone', name: 'Kiss Anna', priority: 2, preferred: true, active: true, source_column: 'phone' }],
			comments: [{ comment: 'Asked for a callback', created_at: '2026-11-20 09:15:00' }],
			system_columns: { priority: 5, next_call: '2026-12-01 10:30:00+0100', callback_to_user_id: 22, manual_redial: true, project_id: 9 },
		});
		expect(result.items[0].json).toEqual({ id: 100000 });
		expect(sim.records.find((record) => record.id === 100000)?.custom_data.flavour).toEqual(['sweet']);
	});

	test.each([
		['none', undefined, false],
		['basic', 'basic', true],
		['strict', 'strict', true],
	])('COM-07 Create with duplicate check %s', async (check, sent, refused) => {
		const e = await engine();
		// 3611234567 is already a contact of record 42 in project 9.
		const result = await e.run(
			await comnicaNode(sim, {
				resource: 'record',
				operation: 'create',
				project: 9,
				duplicateCheck: check,
				contacts: { contact: [{ contact: '3611234567', type: 'phone', priority: 1, preferred: true, active: true }] },
			}),
		);
		const [request] = requestsTo(sim, '/integration/cc/record/save/v1');
		expect(payloadOf(request).options).toEqual(sent ? { check_duplicates: sent } : undefined);
		if (refused) {
			expect(result.error?.message).toContain('DUPLICATE on field "contacts"');
			expect(result.error?.message).toContain('record_id=42');
		} else {
			expect(result.error).toBeUndefined();
			expect(result.items[0].json.id).toBe(100000);
		}
	});

	test('COM-08 Update changes custom data and system columns', async () => {
		const e = await engine();
		const result = await e.run(
			await comnicaNode(sim, {
				resource: 'record',
				operation: 'update',
				recordId: 42,
				project: 9,
				customData: { mappingMode: 'defineBelow', value: { bbb: 'updated' }, schema: [] },
				systemColumns: { termination: '9', clearNextCall: true, manualRedial: false },
			}),
		);
		expect(result.error).toBeUndefined();
		const [request] = requestsTo(sim, '/integration/cc/record/update/v1');
		expect(payloadOf(request)).toEqual({
			id: 42,
			custom_data: { bbb: 'updated' },
			system_columns: { next_call: null, manual_redial: false, termination_id: 9 },
		});
		expect(result.items[0].json).toEqual({ id: 42 });
		expect(sim.records.find((record) => record.id === 42)?.custom_data.bbb).toBe('updated');
	});

	test('COM-08 a next call from a JS Date or a Luxon DateTime keeps its offset (Comnica takes one): the same instant, never the date as prose', async () => {
		const e = await engine();
		for (const nextCall of ["={{ new Date('2030-10-11T15:00:00Z') }}", "={{ DateTime.fromISO('2030-10-11T17:00:00', { zone: 'Europe/Budapest' }) }}", '2030-10-11T15:00:00.000Z']) {
			const result = await e.run(await comnicaNode(sim, { resource: 'record', operation: 'update', recordId: 42, project: 9, systemColumns: { nextCall } }));
			expect(result.error).toBeUndefined();
		}
		expect(requestsTo(sim, '/integration/cc/record/update/v1').map((request) => (payloadOf(request).system_columns as { next_call: string }).next_call)).toEqual([
			'2030-10-11 15:00:00+00',
			'2030-10-11 17:00:00+0200',
			'2030-10-11 15:00:00+00',
		]);
	});

	test('COM-08 Update maps custom data from the input item (auto-map)', async () => {
		const e = await engine();
		const result = await e.run(
			await comnicaNode(sim, {
				resource: 'record',
				operation: 'update',
				recordId: '={{ $json.recordId }}',
				project: 9,
				customData: {
					mappingMode: 'autoMapInputData',
					value: null,
					schema: [
						{ id: 'aaa', displayName: 'aaa', type: 'string', required: false, defaultMatch: false, display: true },
						{ id: 'num', displayName: 'num', type: 'number', required: false, defaultMatch: false, display: true },
					],
				},
			}),
			[{ json: { recordId: 42, aaa: 'from CRM', num: 7, unrelated: 'not sent' } }],
		);
		expect(result.error).toBeUndefined();
		expect(payloadOf(requestsTo(sim, '/integration/cc/record/update/v1')[0])).toEqual({ id: 42, custom_data: { aaa: 'from CRM', num: 7 } });
	});

	test('COM-10 Get Many sends columns, every filter type, order and limit; only the matching record comes back', async () => {
		const e = await engine();
		// A record that passes every filter below; 14396 passes all but number, next call, time and user.
		const today = `${new Date().toISOString().slice(0, 10)} 10:00:00+00`;
		sim.records.push({
			id: 300001,
			comments: [],
			contacts: [{ id: 3000010, active: true, contact: '3655500001', name: 'Szép Ilona', priority: 1, type: 'phone' }],
			custom_data: { phone: '3655500001', num: 5, best_time: '10:30:00' },
			system_columns: { id: 300001, project_id: 9, termination_id: 458, callback_to_user_id: 22, next_call: today, is_redial: true, manual_redial: true },
			upload: '2019-11-28 08:00:00+00',
			terminated: true,
		});
		const result = await e.run(
			await comnicaNode(sim, {
				resource: 'record',
				operation: 'getAll',
				project: 9,
				columns: ['record_id', 'phone', 'terminated'],
				filters: {
					boolean: [{ column: 'terminated', value: true }],
					text: [{ column: 'phone', value: '3655' }],
					date: [
						{ column: 'upload', dateType: 'datetime', period: 'absolute', from: '2019-11-25T00:00:00', to: '2019-12-01T23:59:59' },
						{ column: 'next_call', dateType: 'datetime', period: 'relative', relative: 'this week' },
						{ column: 'best_time', dateType: 'time', period: 'absolute', from: '2026-01-01T08:00:00', to: '12:00' },
					],
					number: [
						{ column: 'num', numberType: 'integer', displayFormat: 'raw', match: 'range', from: 1, to: 10 },
						{ column: 'num', numberType: 'number', displayFormat: 'time', match: 'exact', value: 5 },
					],
					select: [{ column: 'callback_to_user', id: 22 }],
					multiselect: [{ column: 'terminating_code', ids: '356, 458' }],
				},
				sort: { order: { column: 'record_id', direction: 'desc' } },
				returnAll: false,
				limit: 5,
			}),
		);
		const [request] = requestsTo(sim, '/integration/cc/record/list/v1');
		const payload = payloadOf(request);
		expect(payload.columns).toEqual([{ name: 'record_id', order: 'desc' }, { name: 'phone' }, { name: 'terminated' }]);
		expect(payload.limit).toBe(5);
		expect(payload.filters).toEqual([
			{ name: 'project', type: 'select', condition: 9 },
			{ name: 'phone', type: 'string', condition: '3655' },
			{ name: 'terminated', type: 'boolean', condition: true },
			{ name: 'num', type: 'integer', display_format: 'raw', is_range: true, minimum: 0, maximum: 10, condition: { from: 1, to: 10 } },
			{ name: 'num', type: 'number', display_format: 'time', is_range: false, minimum: 0, maximum: 5, condition: { value: 5 } },
			{ name: 'upload', type: 'datetime', condition: { type: 'absolute', value: { from: '2019-11-25 00:00:00', to: '2019-12-01 23:59:59' } } },
			{ name: 'next_call', type: 'datetime', condition: { type: 'relative', value: 'this week' } },
			{ name: 'best_time', type: 'time', condition: { type: 'absolute', value: { from: '08:00:00', to: '12:00:00' } } },
			{ name: 'callback_to_user', type: 'select', condition: 22 },
			{ name: 'terminating_code', type: 'multiselect', condition: [356, 458] },
		]);
		expect(result.error).toBeUndefined();
		expect(result.items).toEqual([{ json: { id: 300001, record_id: 300001, phone: '3655500001', terminated: true }, pairedItem: { item: 0 } }]);
	});

	test('COM-10 a column the project does not have is refused by Comnica, naming it', async () => {
		const e = await engine();
		const result = await e.run(await comnicaNode(sim, { resource: 'record', operation: 'getAll', project: 22, columns: ['customer_name', 'aaa'] }));
		expect(payloadOf(requestsTo(sim, '/integration/cc/record/list/v1')[0]).columns).toEqual([{ name: 'customer_name' }, { name: 'aaa' }]);
		expect(result.error?.message).toBe('Comnica refused the request: BAD_DATA on field "columns.aaa" (reason=unknown column)');
	});

	test('COM-10 a filter without its ID stops before any request, naming the field', async () => {
		const e = await engine();
		const result = await e.run(
			await comnicaNode(sim, { resource: 'record', operation: 'getAll', project: 9, filters: { multiselect: [{ column: 'terminating_code', ids: '356, bye' }] } }),
		);
		expect(result.error?.message).toBe('"terminating_code" needs numeric IDs separated by commas, got "356,bye"');
		const noProject = await e.run(await comnicaNode(sim, { resource: 'record', operation: 'getAll', project: '={{ $json.project }}' }));
		expect(noProject.error?.message).toBe('Project needs a Comnica ID, got ""');
		expect(sim.received('/integration/cc/record/list/v1')).toHaveLength(0);
	});

	test('COM-10 Get Many returns rows as items, and have_more on request', async () => {
		const e = await engine();
		const rows = await e.run(
			await comnicaNode(sim, {
				resource: 'record',
				operation: 'getAll',
				project: 9,
				sort: { order: { column: 'record_id', direction: 'asc' } },
				limit: 2,
			}),
		);
		expect(payloadOf(requestsTo(sim, '/integration/cc/record/list/v1')[0]).columns).toEqual([
			{ name: 'record_id', order: 'asc' },
			{ name: 'upload' },
			{ name: 'terminated' },
			{ name: 'terminating_code' },
			{ name: 'phone' },
		]);
		expect(rows.items.map((item) => item.json.record_id)).toEqual([14396, 14397]);
		expect(rows.items[1].json).toMatchObject({ phone: '3655555987', terminated: false });

		const page = await e.run(
			await comnicaNode(sim, { resource: 'record', operation: 'getAll', project: 9, limit: 2, options: { output: 'page' } }),
		);
		expect(page.error).toBeUndefined();
		expect(page.items).toHaveLength(1);
		expect(page.items[0].json.have_more).toBe(true);
		expect(page.items[0].json.data).toHaveLength(2);
	});

	test('COM-10 Get Many with Return All asks for more rows until all came back', async () => {
		const e = await engine();
		// 1,500 records in project 22: more than the first request's limit of 1,000.
		for (let index = 0; index < 1500; index++) {
			sim.records.push({
				id: 200000 + index,
				comments: [],
				contacts: [{ id: index, active: true, contact: `36300${String(index).padStart(5, '0')}`, name: '', priority: 1, type: 'phone' }],
				custom_data: {},
				system_columns: { project_id: 22, termination_id: null },
				upload: '2026-11-01 08:00:00+00',
				terminated: false,
			});
		}
		const result = await e.run(await comnicaNode(sim, { resource: 'record', operation: 'getAll', project: 22, returnAll: true }));
		expect(result.error).toBeUndefined();
		const limits = requestsTo(sim, '/integration/cc/record/list/v1').map((request) => payloadOf(request).limit);
		expect(limits).toEqual([1000, 4000]);
		expect(result.items).toHaveLength(1500);
		expect(new Set(result.items.map((item) => item.json.record_id)).size).toBe(1500);
	});

	test('COM-09 Bulk Modify: change termination with a dry run counts without changing', async () => {
		const e = await engine();
		const result = await e.run(
			await comnicaNode(sim, {
				resource: 'record',
				operation: 'bulkModify',
				project: 9,
				filters: { multiselect: [{ column: 'terminating_code', ids: '356' }] },
				bulkAction: 'change_termination',
				termination: '458',
				dryRun: true,
			}),
		);
		expect(result.error).toBeUndefined();
		expect(payloadOf(requestsTo(sim, '/integration/cc/record/bulk_modify/v1')[0])).toEqual({
			action: 'change_termination',
			dry_run: true,
			filters: [
				{ name: 'project', type: 'select', condition: 9 },
				{ name: 'terminating_code', type: 'multiselect', condition: [356] },
			],
			params: { condition: 458 },
		});
		expect(result.items[0].json).toEqual({ count: 1 });
		expect(sim.records.find((record) => record.id === 14396)?.system_columns.termination_id).toBe(356);
	});

	test.each([
		['change_to_manual_callback', { user_id: 22, next_call: '2026-12-02 09:00:00' }],
		['change_to_auto_callback', { next_call: '2026-12-02 09:00:00' }],
		['change_callback_user', { user_id: 22 }],
		['remove_callback', {}],
	])('COM-09 Bulk Modify: change callback (%s)', async (subaction, params) => {
		const e = await engine();
		const result = await e.run(
			await comnicaNode(sim, {
				resource: 'record',
				operation: 'bulkModify',
				project: 9,
				bulkAction: 'change_callback',
				subaction,
				user: '22',
				nextCall: '2026-12-02T09:00:00',
			}),
		);
		expect(result.error).toBeUndefined();
		const payload = payloadOf(requestsTo(sim, '/integration/cc/record/bulk_modify/v1')[0]);
		expect(payload).toMatchObject({ action: 'change_callback', subaction, params, dry_run: false });
		expect(payload.params).toEqual(params);
		expect(result.items[0].json).toEqual({ count: 3 });
		const record = sim.records.find((candidate) => candidate.id === 42)!;
		expect(record.system_columns.is_redial).toBe(subaction !== 'remove_callback');
	});

	test.each([
		['change_termination', {}, 'Termination needs a Comnica ID, got ""'],
		['change_callback', { subaction: 'change_callback_user', user: '={{ $json.user }}' }, 'User needs a Comnica ID, got ""'],
		['change_callback', { subaction: 'change_to_auto_callback', nextCall: '={{ $json.when }}' }, 'Next Call is empty'],
	])('COM-09 Bulk Modify (%s) without what the action needs stops before any request', async (bulkAction, extra, message) => {
		const e = await engine();
		const result = await e.run(await comnicaNode(sim, { resource: 'record', operation: 'bulkModify', project: 9, bulkAction, termination: '={{ $json.termination }}', ...extra }));
		expect(result.error?.message).toBe(message);
		expect(sim.received('/integration/cc/record/bulk_modify/v1')).toHaveLength(0);
	});

	test('COM-09 Bulk Modify: change data overwrites one field of the matching records', async () => {
		const e = await engine();
		const result = await e.run(
			await comnicaNode(sim, {
				resource: 'record',
				operation: 'bulkModify',
				project: 9,
				filters: { boolean: [{ column: 'terminated', value: false }] },
				bulkAction: 'change_data',
				field: 'aaa',
				value: 'campaign B',
			}),
		);
		expect(result.error).toBeUndefined();
		expect(payloadOf(requestsTo(sim, '/integration/cc/record/bulk_modify/v1')[0]).params).toEqual({ field: 'aaa', value: 'campaign B' });
		expect(result.items[0].json).toEqual({ count: 2 });
		expect(sim.records.filter((record) => record.custom_data.aaa === 'campaign B').map((record) => record.id)).toEqual([42, 14397]);
	});
});
