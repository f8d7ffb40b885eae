/**
 * The polling triggers in a real n8n 2.41 — CEN-P1, CEN-P2 (Cention Changes Trigger), SCP-P1
 * (Sinch Contact Pro Changes Trigger), UC-P1 (uContact Call Records Trigger) — as the example
 * workflows publish them at the suite's start: what was there at activation starts nothing;
 * what happens in a simulator between polls starts executions exactly once, also across an
 * n8n restart (while n8n is down, too). Read back through n8n's public API and the simulators.
 */
import { stopN8n, startN8n } from '../scripts/lib/n8nProcess';
import { DIRTY_ERRANDS } from '../test/simulators/cention/data';
import { demoCallbacks } from '../test/simulators/sinch/data';
import { TODAYS_CALLS } from '../test/simulators/ucontact/data';
import { executions, imported, mainOptions, output, POLL_WAIT, storedExecutions } from './support/e2eN8n';
import { isFinished } from '../scripts/lib/executions';
import { waitFor } from '../scripts/lib/wait';
import type { Execution } from './support/e2eN8n';
import { simulator } from './support/simulatorControl';

const cention = simulator('cention');
const sinch = simulator('sinch');
const ucontact = simulator('ucontact');

interface PollingTrigger {
	ids: string;
	workflow: string;
	/** The trigger node's name in the example. */
	node: string;
	/** The vendor request each poll starts with. */
	poll: { simulator: ReturnType<typeof simulator>; path: string };
	/** What was there at activation (must never be emitted). */
	history: string[];
	/** Something happens in the vendor's system; its id as the trigger emits it. */
	happen(): Promise<string>;
	idOf(json: Record<string, unknown>): string;
}

const TRIGGERS: PollingTrigger[] = [
	{
		ids: 'CEN-P1',
		workflow: 'exCentionChange1',
		node: 'Errand Changed',
		poll: { simulator: cention, path: '/s/demo/capi/json/c3_dirty_errand_list' },
		history: DIRTY_ERRANDS.map(String),
		happen: async () => String(((await cention.control('change-errand?note=Errand%20was%20answered')) as { id: number }).id),
		idOf: (json) => String(json.id),
	},
	{
		ids: 'CEN-P2',
		workflow: 'exCentionRating1',
		node: 'Facebook Rating Changed',
		poll: { simulator: cention, path: '/s/demo/capi/json/c3_dirty_facebook_ratings' },
		history: ['3', '4'],
		happen: async () => String(((await cention.control('change-rating?rating=5&message=Solved%20in%20minutes.')) as { id: number }).id),
		idOf: (json) => String(json.id),
	},
	{
		ids: 'SCP-P1',
		workflow: 'exSinchCallbck01',
		node: 'New Callback Request',
		poll: { simulator: sinch, path: '/RI/cmi/callbacks' },
		history: demoCallbacks().map((callback) => String(callback.id)),
		happen: async () => String(((await sinch.control('add-item?resource=callback')) as { id: string }).id),
		idOf: (json) => String(json.id),
	},
	{
		ids: 'UC-P1',
		workflow: 'exUContactCdr001',
		node: 'Call Ended',
		poll: { simulator: ucontact, path: '/Integra/resources/Cdr/getrecords' },
		history: TODAYS_CALLS,
		happen: async () => String(((await ucontact.control('add-call?campaign=Soporte%3C-&recording=mp3')) as { guid: string }).guid),
		idOf: (json) => String(json.guid),
	},
];

const describeIf = TRIGGERS.every((trigger) => imported(trigger.workflow)) ? describe : describe.skip;

/** Every id a workflow's trigger has emitted so far, in order. */
async function emitted(trigger: PollingTrigger): Promise<string[]> {
	const runs = await storedExecutions(trigger.workflow);
	return runs.flatMap((execution: Execution) => output(execution, trigger.node).map(trigger.idOf));
}

/** Waits until every trigger has polled again after `since` (its vendor saw the list request). */
async function nextPolls(since: number): Promise<void> {
	const deadline = Date.now() + POLL_WAIT;
	for (const trigger of TRIGGERS) {
		for (;;) {
			const requests = await trigger.poll.simulator.requests(trigger.poll.path);
			if (requests.some((request) => request.at > since)) break;
			if (Date.now() > deadline) throw new Error(`${trigger.ids}: no poll since ${new Date(since).toISOString()}`);
			await new Promise((resolve) => setTimeout(resolve, 1000));
		}
	}
}

/**
 * Waits until each trigger's workflow has one execution more than `counts`, all finished, as the
 * database holds them: polls that emit at the same moment can leave one out of n8n's public list
 * in queue mode (storedExecutions).
 */
async function oneMoreEach(counts: number[]): Promise<void> {
	const finished = async (trigger: PollingTrigger, count: number) => {
		const runs = await storedExecutions(trigger.workflow);
		return runs.length >= count && runs.every(isFinished);
	};
	await waitFor(async () => (await Promise.all(TRIGGERS.map(async (trigger, index) => await finished(trigger, counts[index] + 1)))).every(Boolean), POLL_WAIT, 1000);
}

/** Has it happen in each vendor's system, waits for the executions, returns the new ids per trigger. */
async function happenAndWait(counts: number[]): Promise<string[]> {
	const ids = await Promise.all(TRIGGERS.map(async (trigger) => await trigger.happen()));
	await oneMoreEach(counts);
	return ids;
}

describeIf('polling triggers in a real n8n', () => {
	test('CEN-P1 CEN-P2 SCP-P1 UC-P1 start from now: history at activation starts nothing; what happens next starts one execution, once', async () => {
		const counts = await Promise.all(TRIGGERS.map(async (trigger) => (await storedExecutions(trigger.workflow)).length));
		const ids = await happenAndWait(counts);
		const since = Date.now();
		await nextPolls(since);

		for (const [index, trigger] of TRIGGERS.entries()) {
			const all = await emitted(trigger);
			expect({ trigger: trigger.ids, once: all.filter((id) => id === ids[index]) }).toEqual({ trigger: trigger.ids, once: [ids[index]] });
			expect({ trigger: trigger.ids, history: all.filter((id) => trigger.history.includes(id)) }).toEqual({ trigger: trigger.ids, history: [] });
			expect(new Set(all).size).toBe(all.length);
		}
		// Cention's changed flags of the history were cleared without starting anything; the new ones after their executions.
		expect(await cention.control('changed', 'GET')).toEqual({ errands: [], ratings: [] });
	}, 8 * 60_000);

	test('UC-P1 the recording went from uContact into the Cention errand (UC-07 binary through the workflow)', async () => {
		const [execution] = (await executions('exUContactCdr001')).slice(-1);
		const [call] = output(execution, 'Call Ended');
		expect(call.recording).toMatchObject({ fileName: `${String(call.guid)}.mp3`, format: 'mp3' });
		const [errand] = output(execution, 'Create Cention Errand');
		expect(errand.type).toBe('c3_new_errands');
		// The rating example creates errands too: this one names the call.
		const created = (await cention.requests('/s/demo/capi/json/c3_new_errands'))
			.map((request) => JSON.parse(request.rawBody) as { data: { attributes: { msg: { body: string; attachments?: Array<{ name: string; content_type: string }> } } } })
			.filter((document) => document.data.attributes.msg.body.includes(String(call.guid)));
		expect(created.map((document) => document.data.attributes.msg.attachments)).toEqual([
			[expect.objectContaining({ name: `${String(call.guid)}.mp3`, content_type: 'audio/mpeg' })],
		]);
	});

	test('CEN-P1 CEN-P2 SCP-P1 UC-P1 across an n8n restart: what happened while n8n was down comes once, nothing earlier again', async () => {
		const before = await Promise.all(TRIGGERS.map(async (trigger) => await emitted(trigger)));
		const counts = await Promise.all(TRIGGERS.map(async (trigger) => (await storedExecutions(trigger.workflow)).length));

		await stopN8n(mainOptions());
		const ids = await Promise.all(TRIGGERS.map(async (trigger) => await trigger.happen()));
		await startN8n(mainOptions());
		// The activation at startup polls once right away (the four at the same moment); then every minute.
		await oneMoreEach(counts);
		await nextPolls(Date.now());

		for (const [index, trigger] of TRIGGERS.entries()) {
			const after = await emitted(trigger);
			expect({ trigger: trigger.ids, emitted: after }).toEqual({ trigger: trigger.ids, emitted: [...before[index], ids[index]] });
		}
		expect(await cention.control('changed', 'GET')).toEqual({ errands: [], ratings: [] });
	}, 10 * 60_000);
});
