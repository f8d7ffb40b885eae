import { engine } from '../harness/engine';
import { useSimulator } from '../harness/lifecycle';
import { ComnicaSimulator } from '../simulators/comnica';
import { comnicaNode, payloadOf, requestsTo } from './setup';

const sim = useSimulator(new ComnicaSimulator());

const ALL_COLUMNS = ['user_name', 'description', 'counts_as_work', 'status_begin', 'status_end', 'duration', 'project_name', 'queue_name'];

describe('Comnica Statistics', () => {
	test('COM-02 Get Detailed Worklog sends interval, every filter, order and limit; rows become items', async () => {
		const e = await engine();
		const result = await e.run(
			await comnicaNode(sim, {
				resource: 'statistics',
				operation: 'getWorklog',
				period: 'relative',
				relative: 'this week',
				columns: ALL_COLUMNS,
				worklogFilters: {
					agents: [17, 22],
					agentStates: [13, 3],
					countsAsWork: true,
					durationFrom: 0,
					durationTo: 3706,
					projects: [35],
					queues: [3],
				},
				sort: { order: { column: 'duration', direction: 'desc' } },
				limit: 50,
			}),
		);
		expect(result.error).toBeUndefined();
		const payload = payloadOf(requestsTo(sim, '/stat/worklog_detailed/list')[0]);
		expect(payload).toEqual({
			columns: ALL_COLUMNS.map((name) => (name === 'duration' ? { name, order: 'desc' } : { name })),
			filters: [
				{ name: 'interval', type: 'datetime', condition: { type: 'relative', value: 'this week' } },
				{ name: 'user_name', type: 'multiselect', condition: [17, 22] },
				{ name: 'description', type: 'multiselect', condition: [13, 3] },
				{ name: 'project_name', type: 'multiselect', condition: [35] },
				{ name: 'queue_name', type: 'multiselect', condition: [3] },
				{ name: 'counts_as_work', type: 'boolean', condition: true },
				{ name: 'duration', type: 'integer', display_format: 'time', is_range: true, minimum: 0, maximum: 3706, condition: { from: 0, to: 3706 } },
			],
			limit: 50,
		});
		// Kovács Géza's entries in those states, longest first; Nagy Napóleon (user 25) and Előmunka are filtered out.
		expect(result.items.map((item) => [item.json.id, item.json.user_name, item.json.description, item.json.duration])).toEqual([
			[2664, 'Kovács Géza', 'Beszélget', 3.58388],
			[2659, 'Kovács Géza', 'Állapotváltást kér', 1.02598],
			[2656, 'Kovács Géza', 'Állapotváltást kér', 1.02511],
		]);
		expect(Object.keys(result.items[0].json).sort()).toEqual(['id', ...ALL_COLUMNS].sort());
	});

	test('COM-02 Get Detailed Worklog for today returns the log entries', async () => {
		const e = await engine();
		const result = await e.run(
			await comnicaNode(sim, {
				resource: 'statistics',
				operation: 'getWorklog',
				period: 'relative',
				relative: 'today',
				worklogFilters: { agentStates: [10] },
				limit: 10,
			}),
		);
		expect(result.error).toBeUndefined();
		expect(result.items.map((item) => item.json.description)).toEqual(['Előmunka', 'Előmunka']);
		expect(result.items[0].json).toMatchObject({ user_name: 'Kovács Géza', counts_as_work: true, duration: 1.69876 });
	});

	test('COM-02 an absolute period is sent in Comnica\'s time format; a missing end stops before the request', async () => {
		const e = await engine();
		await e.run(
			await comnicaNode(sim, { resource: 'statistics', operation: 'getWorklog', period: 'absolute', from: '2026-11-01T00:00:00', to: '2026-11-30T23:59:59' }),
		);
		expect((payloadOf(requestsTo(sim, '/stat/worklog_detailed/list')[0]).filters as unknown[])[0]).toEqual({
			name: 'interval',
			type: 'datetime',
			condition: { type: 'absolute', value: { from: '2026-11-01 00:00:00', to: '2026-11-30 23:59:59' } },
		});
		const missing = await e.run(await comnicaNode(sim, { resource: 'statistics', operation: 'getWorklog', period: 'absolute', from: '2026-11-01T00:00:00' }));
		expect(missing.error?.message).toBe('"Period" needs both From and To for an absolute period');
		expect(requestsTo(sim, '/stat/worklog_detailed/list')).toHaveLength(1);
	});

	test('COM-03 Export Detailed Worklog downloads a CSV file as binary data', async () => {
		const e = await engine();
		const result = await e.run(
			await comnicaNode(sim, { resource: 'statistics', operation: 'exportWorklog', period: 'relative', relative: 'today', format: 'csv', columns: ['user_name', 'duration'] }),
		);
		expect(result.error).toBeUndefined();
		const payload = payloadOf(requestsTo(sim, '/stat/worklog_detailed/export')[0]);
		expect(payload.download).toBe('csv');
		expect(payload.limit).toBeUndefined();
		expect(payload.columns).toEqual([{ name: 'user_name' }, { name: 'duration' }]);
		const binary = result.items[0].binary!.data;
		expect(binary).toMatchObject({ fileName: 'worklog_detailed.csv', mimeType: 'text/csv' });
		const csv = Buffer.from(binary.data, 'base64').toString('utf8');
		expect(csv).toContain('user_name;duration');
		expect(csv).toContain('Nagy Napóleon;656.19123');
		expect(result.items[0].json).toMatchObject({ fileName: 'worklog_detailed.csv', mimeType: 'text/csv' });
	});

	test.each([
		['exportWorklog', '/stat/worklog_detailed/export', 'csv', 'worklog_detailed.csv', 'text/csv'],
		['exportWorklogByAgents', '/stat/worklog_by_users/export', 'xls', 'worklog_by_users.xls', 'application/vnd.ms-excel'],
	])('COM-03/COM-05 %s: a file Comnica sends without name or type is named and typed by the chosen format', async (operation, path, format, fileName, mimeType) => {
		const e = await engine();
		const bytes = Buffer.from('user;sum_all\r\nXXX YYY;23232\r\n', 'utf8');
		sim.inject({ path, status: 200, body: bytes, headers: { 'Content-Type': 'application/octet-stream' } });
		const result = await e.run(await comnicaNode(sim, { resource: 'statistics', operation, period: 'relative', relative: 'today', format }));
		expect(result.error).toBeUndefined();
		expect(payloadOf(requestsTo(sim, path)[0]).download).toBe(format);
		expect(result.items[0].binary!.data).toMatchObject({ fileName, mimeType });
		expect(Buffer.from(result.items[0].binary!.data.data, 'base64')).toEqual(bytes);
	});

	test('COM-04 Get Worklog by Agents returns one item per agent with a column per state', async () => {
		const e = await engine();
		const result = await e.run(
			await comnicaNode(sim, {
				resource: 'statistics',
				operation: 'getWorklogByAgents',
				period: 'relative',
				relative: 'last month',
				stateColumns: ['Beszélget', 'Szünetet tart'],
				sort: { order: { column: 'user', direction: 'asc' } },
			}),
		);
		expect(result.error).toBeUndefined();
		expect(payloadOf(requestsTo(sim, '/stat/worklog_by_users/list')[0])).toEqual({
			columns: [{ name: 'user', order: 'asc' }, { name: 'sum_all' }, { name: 'sum_counts_as_work' }, { name: 'Beszélget' }, { name: 'Szünetet tart' }],
			filters: [{ name: 'interval', type: 'datetime', condition: { type: 'relative', value: 'last month' } }],
			limit: 50,
		});
		expect(result.items.map((item) => item.json)).toEqual([
			{ id: '21', user: 'XXX YYY', sum_all: 23232, sum_counts_as_work: 17530, Beszélget: 926, 'Szünetet tart': 5702 },
			{ id: 'sum', user: '∑', sum_all: 80987, sum_counts_as_work: 56416, Beszélget: 1215, 'Szünetet tart': 24571 },
		]);
	});

	test('COM-05 Export Worklog by Agents downloads an XLS file with a row limit', async () => {
		const e = await engine();
		const result = await e.run(
			await comnicaNode(sim, {
				resource: 'statistics',
				operation: 'exportWorklogByAgents',
				period: 'relative',
				relative: 'this month',
				format: 'xls',
				allRows: false,
				limit: 1,
				binaryPropertyName: 'report',
			}),
		);
		expect(result.error).toBeUndefined();
		const payload = payloadOf(requestsTo(sim, '/stat/worklog_by_users/export')[0]);
		expect(payload).toMatchObject({ download: 'xls', limit: 1 });
		const binary = result.items[0].binary!.report;
		expect(binary).toMatchObject({ fileName: 'worklog_by_users.xls', mimeType: 'application/vnd.ms-excel' });
		expect(Buffer.from(binary.data, 'base64').toString('utf8')).toContain('<td>XXX YYY</td>');
	});
});
