import { engine } from '../harness/engine';
import { useSimulator } from '../harness/lifecycle';
import { CentionSimulator, TOKENS } from '../simulators/cention';
import { centionNode } from './setup';

const sim = useSimulator(new CentionSimulator());

const LOGIO = '/s/demo/capi/custom/logio';

// The manual's sample records, as items.
const MANUAL_ROWS = [
	{ id: 1, name: 'sysadmin', timestamp: 1554108462, time: '2019-04-01T08:47:42.000Z', action: 'Logout' },
	{ id: 2, name: 'tester1', timestamp: 1554108529, time: '2019-04-01T08:48:49.000Z', action: 'Logout' },
	{ id: 3, name: 'sysadmin', timestamp: 1554108536, time: '2019-04-01T08:48:56.000Z', action: 'Login' },
	{ id: 4, name: 'sysadmin', timestamp: 1554108578, time: '2019-04-01T08:49:38.000Z', action: 'Logout' },
	{ id: 5, name: 'tester1', timestamp: 1554108586, time: '2019-04-01T08:49:46.000Z', action: 'Login' },
];

describe('Cention agent login log', () => {
	test('CEN-01 Get Many as JSON: the date range goes out as unix seconds (workflow time zone), records become items', async () => {
		const e = await engine();
		const result = await e.run(
			await centionNode(sim, {
				resource: 'agentLoginLog',
				operation: 'getAll',
				format: 'json',
				returnAll: true,
				// Wall times in the workflow's zone (the harness's default, America/New_York: UTC−4 in April).
				options: { from: '2019-04-01T00:00:00', to: '2019-04-02T00:00:00' },
			}),
		);
		expect(result.error).toBeUndefined();
		const [request] = sim.received(LOGIO);
		expect(request.bearer).toBe(TOKENS.full);
		expect(request.query).toEqual({ format: 'json', from: '1554091200', to: '1554177600' });
		expect(result.items.map((item) => item.json)).toEqual(MANUAL_ROWS);
		expect(result.items.every((item) => (item.pairedItem as { item: number }).item === 0)).toBe(true);
	});

	test('CEN-01 an instant (a UTC timestamp, a JS Date, a Luxon DateTime) is the same unix second whatever the workflow\'s zone', async () => {
		const e = await engine();
		const result = await e.run({
			...(await centionNode(sim, {
				resource: 'agentLoginLog',
				operation: 'getAll',
				format: 'json',
				returnAll: true,
				options: { from: "={{ new Date('2019-04-01T04:00:00Z') }}", to: "={{ DateTime.fromISO('2019-04-02T06:00:00', { zone: 'Europe/Stockholm' }) }}" },
			})),
			timezone: 'Asia/Kuala_Lumpur',
		});
		expect(result.error).toBeUndefined();
		expect(sim.received(LOGIO)[0].query).toMatchObject({ from: '1554091200', to: '1554177600' });
	});

	test('CEN-01 Get Many as CSV (Cention\'s default format) gives the same items; name filters the agent', async () => {
		const e = await engine();
		const result = await e.run(
			await centionNode(sim, {
				resource: 'agentLoginLog',
				operation: 'getAll',
				format: 'csv',
				returnAll: true,
				options: { name: 'sysadmin', from: '2019-04-01T08:00:00Z', to: '2019-04-01T10:00:00+00:00' },
			}),
		);
		expect(result.error).toBeUndefined();
		const [request] = sim.received(LOGIO);
		expect(request.query).toEqual({ format: 'csv', name: 'sysadmin', from: '1554105600', to: '1554112800' });
		expect(result.items.map((item) => item.json)).toEqual(MANUAL_ROWS.filter((row) => row.name === 'sysadmin'));
	});

	test('CEN-01 without a range Cention answers its last 7 days; Limit keeps the first records', async () => {
		const e = await engine();
		const result = await e.run(await centionNode(sim, { resource: 'agentLoginLog', operation: 'getAll', limit: 3 }));
		expect(result.error).toBeUndefined();
		expect(sim.received(LOGIO)[0].query).toEqual({ format: 'json' });
		expect(result.items).toHaveLength(3);
		const weekAgo = Date.now() / 1000 - 7 * 86400;
		expect(result.items.every((item) => (item.json.timestamp as number) > weekAgo)).toBe(true);
	});

	test('CEN-01 From after To, or not a date, is refused before the request', async () => {
		const e = await engine();
		const reversed = await e.run(
			await centionNode(sim, { resource: 'agentLoginLog', operation: 'getAll', options: { from: '2019-04-02T00:00:00', to: '2019-04-01T00:00:00' } }),
		);
		expect(reversed.error?.message).toBe('From is after To');
		const notADate = await e.run(await centionNode(sim, { resource: 'agentLoginLog', operation: 'getAll', options: { from: '={{ "yesterday" }}' } }));
		expect(notADate.error?.message).toBe('From is not a date: "yesterday"');
		expect(sim.requests).toHaveLength(0);
	});

	test('CEN-01 plain-text errors of the logio endpoint: 403 names the claim, 400 shows Cention\'s text', async () => {
		const e = await engine();
		const denied = await e.run(await centionNode(sim, { resource: 'agentLoginLog', operation: 'getAll' }, { token: TOKENS.reporting }));
		expect(denied.error?.message).toBe('The Cention token lacks the "Access to logio API" claim needed for GET custom/logio');
		expect(denied.error?.description).toContain('Cention said: Forbidden');

		sim.inject({ path: LOGIO, status: 400, body: 'from and to must be unix timestamps' });
		const refused = await e.run(await centionNode(sim, { resource: 'agentLoginLog', operation: 'getAll' }));
		expect(refused.error?.message).toBe('Cention refused GET custom/logio: from and to must be unix timestamps');
	});
});
