import type { INodeExecutionData, INodeParameters } from 'n8n-workflow';

import { engine } from '../harness/engine';
import { useSimulator } from '../harness/lifecycle';
import { PollHarness } from '../harness/polling';
import { CentionSimulator, TOKENS } from '../simulators/cention';
import { DIRTY_ERRANDS } from '../simulators/cention/data';
import { centionCredential } from './setup';

const sim = useSimulator(new CentionSimulator());

const API = '/s/demo/capi/json';

async function trigger(parameters: INodeParameters = {}, token = TOKENS.full): Promise<PollHarness> {
	return new PollHarness(await engine(), {
		type: 'centionChangesTrigger',
		parameters: { event: 'errandChanged', ...parameters },
		credentials: { centionApi: await centionCredential(sim, token) },
	});
}

const ids = (items: INodeExecutionData[]) => items.map((item) => item.json.id);
const dirty = () => [...sim.dirtyErrands].sort((a, b) => a - b);
const reportReads = () => sim.received(new RegExp(`^${API}/c3_errand_reports/`), 'GET');
const marks = () => sim.received(`${API}/c3_dirty_errand_list`, 'POST').map((request) => JSON.parse(request.rawBody.toString('utf8')));

/** Activated, with the errands changed before activation already cleared by the first scheduled poll. */
async function activeTrigger(parameters: INodeParameters = {}): Promise<PollHarness> {
	const harness = await trigger(parameters);
	await harness.activate();
	await harness.poll();
	expect(dirty()).toEqual([]);
	sim.requests.length = 0;
	return harness;
}

describe('Cention Changes Trigger: errand changed (CEN-P1)', () => {
	test('CEN-P1 the first activation starts from now: errands changed before it are cleared, not emitted', async () => {
		const harness = await trigger();
		const activation = await harness.activate();

		expect(activation.returned).toBeNull();
		// The activation only reads the changed list; the backlog is kept in the static data n8n saves.
		expect(sim.requests.map((request) => `${request.method} ${request.path}`)).toEqual([`GET ${API}/c3_dirty_errand_list`]);
		expect(harness.saved).toEqual({ 'node:Cention Changes Trigger': { errandBacklog: DIRTY_ERRANDS.map(String) } });

		await harness.poll();
		expect(await harness.emitted()).toEqual([]);
		// Cleared by reading the smallest possible report (sparse fields: the database id).
		expect(reportReads().map((request) => [request.params.id, request.query['fields[c3_errand_reports]']])).toEqual(
			DIRTY_ERRANDS.map((id) => [String(id), 'c3_id']),
		);
		expect(dirty()).toEqual([]);
		expect(harness.state.errandBacklog).toEqual([]);
	});

	test('CEN-P1 errands changed between polls start one execution each, exactly once, also across a restart', async () => {
		const harness = await activeTrigger();
		sim.changeErrand(34, 'Errand 34 was forwarded to area Billing');
		const created = sim.changeErrand();

		expect((await harness.poll()).returned).toBeNull();
		const runs = await harness.settled();
		expect(runs.map((run) => ids(run.items))).toEqual([['34'], [String(created)]]);
		expect(runs.map((run) => run.run.status)).toEqual(['success', 'success']);
		const [report] = runs[0].items;
		expect(report.json).toMatchObject({ id: '34', type: 'c3_errand_reports', c3_id: 34, changed: true });
		expect((report.json.actions as Array<{ note: string }>).map((action) => action.note).at(-1)).toBe('Errand 34 was forwarded to area Billing');
		expect(report.json.basic).toMatchObject({ data: { subject: 'Invoice 2019-114 is wrong' } });

		// The flags were set again right after reading, and cleared only after the executions succeeded.
		expect(marks()).toEqual([{ data: { type: 'c3_dirty_errand_list', attributes: { errands: [34, created] } } }]);
		expect(dirty()).toEqual([]);

		await harness.poll();
		await harness.restart();
		await harness.poll();
		expect(await harness.emitted()).toHaveLength(2);

		sim.changeErrand(3204, 'Errand 3204 was answered');
		await harness.poll();
		expect(ids(await harness.emitted())).toEqual(['34', String(created), '3204']);
	});

	test('CEN-P1 a failed execution leaves the errand on the changed list; it is emitted again after a wait, others are not held up', async () => {
		const harness = await activeTrigger();
		harness.failWhen = (item) => item.json.id === '3203';
		sim.changeErrand(3203, 'Errand 3203 was reopened');
		sim.changeErrand(3204, 'Errand 3204 was answered');

		await harness.poll();
		const runs = await harness.settled();
		expect(runs.map((run) => [ids(harness.triggerItems(run)), run.run.status])).toEqual([
			[['3203'], 'error'],
			[['3204'], 'success'],
		]);
		// Only the errand whose execution succeeded was cleared.
		expect(dirty()).toEqual([3203]);

		// Right away it waits (1 minute after a first failure) …
		await harness.poll();
		expect(await harness.emitted()).toHaveLength(2);
		// … then it comes again, and is cleared once the workflow handles it.
		harness.failWhen = () => false;
		const now = Date.now();
		const clock = jest.spyOn(Date, 'now').mockReturnValue(now + 61_000);
		try {
			await harness.poll();
			const again = await harness.settled();
			expect(again.slice(2).map((run) => [ids(harness.triggerItems(run)), run.run.status])).toEqual([[['3203'], 'success']]);
		} finally {
			clock.mockRestore();
		}
		expect(dirty()).toEqual([]);
	});

	test('CEN-P1 n8n stops while the execution runs: the errand is still on the changed list and is emitted after the restart', async () => {
		const harness = await activeTrigger();
		harness.executionsNeverEnd = true;
		sim.changeErrand(3216, 'Errand 3216 was forwarded');

		await harness.poll();
		expect(dirty()).toEqual([3216]);
		const restarted = await harness.restart();

		expect(restarted.returned).toBeNull();
		const runs = await harness.settled();
		expect(runs.map((run) => [ids(harness.triggerItems(run)), run.run.status])).toEqual([[['3216'], 'success']]);
		expect(dirty()).toEqual([]);
	});

	test('CEN-P1 a poll does not wait for a running execution, and does not emit its errand again meanwhile', async () => {
		const harness = await activeTrigger();
		let finish!: () => void;
		const running = new Promise<void>((resolve) => (finish = resolve));
		harness.duringExecution = async () => await running;
		sim.changeErrand(3203);

		await harness.poll();
		await harness.poll();
		expect(dirty()).toEqual([3203]);
		expect(harness.executions).toHaveLength(1);

		finish();
		await harness.settled();
		expect(dirty()).toEqual([]);
	});

	test('CEN-P1 an errand that changes while its execution runs is emitted again; an SLA update alone is no change', async () => {
		const harness = await activeTrigger();
		harness.duringExecution = (items) => {
			if (items[0].json.id === '3217') sim.changeErrand(3217, 'Customer replied');
			if (items[0].json.id === '3216') sim.tickSla(3216, 300);
		};
		sim.changeErrand(3217, 'Errand 3217 was answered');
		sim.changeErrand(3216, 'Errand 3216 was forwarded');

		await harness.poll();
		await harness.settled();
		expect(dirty()).toEqual([3217]);

		harness.duringExecution = () => {};
		await harness.poll();
		const items = await harness.emitted();
		expect(ids(items)).toEqual(['3216', '3217', '3217']);
		expect((items[2].json.actions as Array<{ note: string }>).map((action) => action.note).slice(-2)).toEqual([
			'Errand 3217 was answered',
			'Customer replied',
		]);
		expect(dirty()).toEqual([]);
	});

	test('CEN-P1 only emitted errands are read and cleared: beyond Max Changes per Poll they wait on the list', async () => {
		const harness = await activeTrigger({ options: { maxPerPoll: 2 } });
		for (const id of [3203, 3204, 3216]) sim.changeErrand(id);

		await harness.poll();
		await harness.settled();
		expect(reportReads().map((request) => request.params.id)).toEqual(['3203', '3204', '3203', '3204']);
		expect(dirty()).toEqual([3216]);

		await harness.poll();
		expect(ids(await harness.emitted())).toEqual(['3203', '3204', '3216']);
		expect(dirty()).toEqual([]);
	});

	test('CEN-P1 Report Fields are sent as sparse fields; a change is still noticed through the actions, which are left out', async () => {
		const harness = await activeTrigger({ fields: ['sla'] });
		sim.changeErrand(34);

		await harness.poll();
		const [item] = await harness.emitted();
		expect(item.json).toEqual({
			id: '34',
			type: 'c3_errand_reports',
			sla: { done_due: false, expiry: 0, handling_time: 38, response_time: 72249, within_sla: false },
		});
		expect(reportReads().map((request) => request.query['fields[c3_errand_reports]'])).toEqual(['sla,actions', 'sla,actions']);
	});

	test('CEN-P1 Simplify off emits the JSON:API document as Cention sent it (without what was only read to notice changes)', async () => {
		const harness = await activeTrigger({ simplify: false, fields: ['c3_id', 'basic'] });
		const narrow = await activeTrigger({ simplify: false, fields: ['c3_id'] });
		sim.changeErrand(101);

		await harness.poll();
		const [item] = await harness.emitted();
		expect(item.json).toMatchObject({ data: { type: 'c3_errand_reports', id: '101', attributes: { c3_id: 101 } } });
		expect(Object.keys((item.json.data as { attributes: object }).attributes).sort()).toEqual(['basic', 'c3_id']);

		sim.changeErrand(101);
		await narrow.poll();
		const [only] = await narrow.emitted();
		expect(only.json).toEqual({ data: { type: 'c3_errand_reports', id: '101', attributes: { c3_id: 101 } } });
	});

	test('CEN-P1 a failing poll is reported as n8n shows polling errors, and the next poll goes on', async () => {
		const harness = await activeTrigger();
		sim.changeErrand(34);
		sim.inject({ path: `${API}/c3_dirty_errand_list`, method: 'GET', status: 500, body: { errors: [{ detail: 'database busy' }] } });

		const failed = await harness.poll();
		expect(failed.error).toMatchObject({
			message: 'Cention failed to process GET json/c3_dirty_errand_list (HTTP 500)',
			description: expect.stringContaining('database busy'),
		});
		expect(harness.pollErrors).toEqual([failed.error]);
		expect(dirty()).toEqual([34]);

		await harness.poll();
		expect(ids(await harness.emitted())).toEqual(['34']);
	});

	test('CEN-P1 a report that cannot be read fails the poll; errands already read go back on the changed list', async () => {
		const harness = await activeTrigger();
		sim.changeErrand(3203);
		sim.changeErrand(3204);
		sim.inject({ path: `${API}/c3_errand_reports/3204`, method: 'GET', status: 502, body: 'Bad Gateway' });

		const failed = await harness.poll();
		expect(failed.error?.message).toBe('Cention failed to process GET json/c3_errand_reports/3204 (HTTP 502)');
		expect(await harness.emitted()).toEqual([]);
		expect(dirty()).toEqual([3203, 3204]);

		await harness.poll();
		expect(ids(await harness.emitted())).toEqual(['3203', '3204']);
	});

	test('CEN-P1 a token without the "Access to errand data" claim cannot be activated, and the message names the claim', async () => {
		const harness = await trigger({}, TOKENS.webForm);
		await expect(harness.activate()).rejects.toMatchObject({
			message: 'The Cention token lacks the "Access to errand data" claim needed for GET json/c3_dirty_errand_list',
		});
	});

	test('CEN-P1 Fetch Test Event shows the newest changed errand and leaves it on the changed list', async () => {
		const harness = await trigger();
		const sample = await harness.fetchTestEvent();

		expect(sample?.[0].map((item) => item.json.id)).toEqual(['3217']);
		expect(sample?.[0][0].json).toMatchObject({ type: 'c3_errand_reports', c3_id: 3217 });
		expect(dirty()).toEqual(DIRTY_ERRANDS);
		expect(harness.saved).toEqual({});
	});
});

describe('Cention Changes Trigger: Facebook rating changed (CEN-P2)', () => {
	const ratingTrigger = async () => await trigger({ event: 'facebookRatingChanged' });
	const dirtyRatings = () => [...sim.dirtyRatings].sort((a, b) => a - b);

	test('CEN-P2 starts from now, then emits each changed rating once, also across a restart', async () => {
		const harness = await ratingTrigger();
		await harness.activate();
		await harness.poll();
		expect(await harness.emitted()).toEqual([]);
		expect(dirtyRatings()).toEqual([]);

		sim.changeRating(4, 5, 'They fixed it the same day.');
		const added = sim.changeRating(undefined, 2, 'Slow answers.');
		await harness.poll();
		const items = await harness.emitted();
		expect(items.map((item) => item.json)).toEqual([
			{
				id: '4',
				type: 'c3_facebook_ratings',
				c3_id: 4,
				data: expect.objectContaining({ ratingId: 4, rating: 5, message: 'They fixed it the same day.', isChanged: true }),
			},
			expect.objectContaining({ id: String(added), data: expect.objectContaining({ rating: 2, message: 'Slow answers.' }) }),
		]);

		await harness.poll();
		await harness.restart();
		await harness.poll();
		expect(await harness.emitted()).toHaveLength(2);
	});

	test('CEN-P2 a rating whose execution failed is read and emitted again after a wait', async () => {
		const harness = await ratingTrigger();
		await harness.activate();
		await harness.poll();
		harness.failWhen = () => true;
		sim.changeRating(3, 1, 'Changed my mind.');

		await harness.poll();
		await harness.settled();
		harness.failWhen = () => false;
		await harness.poll();
		expect(await harness.emitted()).toHaveLength(1);

		const clock = jest.spyOn(Date, 'now').mockReturnValue(Date.now() + 61_000);
		try {
			await harness.poll();
			const runs = await harness.settled();
			expect(runs.map((run) => [harness.triggerItems(run)[0].json.id, run.run.status])).toEqual([
				['3', 'error'],
				['3', 'success'],
			]);
		} finally {
			clock.mockRestore();
		}
	});

	test('CEN-P2 Fetch Test Event shows the newest changed rating', async () => {
		const harness = await ratingTrigger();
		const sample = await harness.fetchTestEvent();
		expect(sample?.[0].map((item) => item.json)).toEqual([expect.objectContaining({ id: '4', type: 'c3_facebook_ratings' })]);
	});
});
