import type { INodeExecutionData, INodeParameters } from 'n8n-workflow';

import { PollHarness } from '../harness/polling';
import { data, useSinch } from './setup';

const h = useSinch();

function trigger(parameters: INodeParameters, user = 'integration'): PollHarness {
	return new PollHarness(h.e, {
		type: 'sinchContactProChangesTrigger',
		parameters: { event: 'new', ...parameters },
		credentials: { sinchContactProApi: h.credential(user) },
	});
}

const ids = (items: INodeExecutionData[]) => items.map((item) => item.json.id);
const listReads = (path: string) => h.sim.received(`/RI/cmi${path}`, 'GET');

describe('Sinch Contact Pro Changes Trigger (SCP-P1)', () => {
	test.each([
		['email', '/emails'],
		['callback', '/callbacks'],
		['chat', '/chats'],
		['contact', '/contacts'],
	] as const)('SCP-P1 %s: starts from now, then emits each new item once, also across a restart', async (resource, path) => {
		const harness = trigger({ resource });
		const before = h.sim.list(resource).length;

		expect((await harness.activate()).returned).toBeNull();
		await harness.poll();
		expect(await harness.emitted()).toEqual([]);
		expect(Object.keys(harness.state.seen as object)).toHaveLength(before);

		const added = h.sim.addItem(resource);
		await harness.poll();
		const items = await harness.emitted();
		// GET /emails leaves attached_data out unless asked for (Include Attached Data).
		const { attached_data: _attached, ...listed } = added;
		expect(items.map((item) => item.json)).toEqual([{ ...(resource === 'email' ? listed : added), change: 'new' }]);

		await harness.poll();
		await harness.restart();
		await harness.poll();
		expect(ids(await harness.emitted())).toEqual([added.id]);
		// The whole list on every poll, with JSON and Basic auth; the CMI documents no paging or time filter here.
		expect(listReads(path).every((request) => request.basic?.user === 'integration' && request.query.limit === undefined)).toBe(true);
		expect(listReads(path).length).toBe(6);
	});

	test('SCP-P1 several items added between two polls start one execution together', async () => {
		const harness = trigger({ resource: 'callback' });
		await harness.activate();
		const first = h.sim.addItem('callback', { customerNumber: '+358401111111' });
		const second = h.sim.addItem('callback', { customerNumber: '+358402222222' });

		await harness.poll();
		const runs = await harness.settled();
		expect(runs).toHaveLength(1);
		expect(ids(harness.triggerItems(runs[0]))).toEqual([first.id, second.id]);
	});

	test('SCP-P1 New and Changed Items: a changed item comes again with change "changed"; Fields That Count as a Change narrow it', async () => {
		const any = trigger({ resource: 'callback', event: 'newOrChanged' });
		const narrow = trigger({ resource: 'callback', event: 'newOrChanged', options: { fields: 'lastResult, nextCallTime' } });
		await any.activate();
		await narrow.activate();
		const [first, second] = h.sim.callbacks;

		h.sim.changeItem('callback', first.id as string, { notes: 'Prefers mornings' });
		h.sim.changeItem('callback', second.id as string, { lastResult: 'RESCHEDULE', nextCallTime: '2026-11-25T08:00:00Z' });
		await any.poll();
		await narrow.poll();

		expect((await any.emitted()).map((item) => [item.json.id, item.json.change])).toEqual([
			[first.id, 'changed'],
			[second.id, 'changed'],
		]);
		expect((await narrow.emitted()).map((item) => [item.json.id, item.json.change, item.json.lastResult])).toEqual([
			[second.id, 'changed', 'RESCHEDULE'],
		]);

		// Unchanged since: nothing more.
		await any.poll();
		expect(await any.emitted()).toHaveLength(2);
	});

	test('SCP-P1 emails with Include Attached Data carry their attached data', async () => {
		const harness = trigger({ resource: 'email', includeAttachedData: true });
		await harness.activate();
		const email = h.sim.addItem('email', { attached_data: { crmCaseId: 'CS-90001' } });

		await harness.poll();
		expect((await harness.emitted()).map((item) => item.json.attached_data)).toEqual([{ crmCaseId: 'CS-90001' }]);
		expect(listReads('/emails').map((request) => request.query.includeAttachedData)).toEqual(['true', 'true']);
		expect(email.id).toBeDefined();
	});

	test('SCP-P1 New Items ignores changes', async () => {
		const harness = trigger({ resource: 'email' });
		await harness.activate();
		h.sim.changeItem('email', data.ids.emailHandled, { status: 'Deleted' });

		await harness.poll();
		expect(await harness.emitted()).toEqual([]);
	});

	test('SCP-P1 queue and status filters: by queue name or id, status case-insensitive, callbacks by last result', async () => {
		const byName = trigger({ resource: 'email', filters: { queue: 'billing@nordlys-energia.fi', status: 'queued' } });
		const byId = trigger({ resource: 'chat', filters: { queue: data.queues.chat.id } });
		const byResult = trigger({ resource: 'callback', filters: { status: 'NO_ANSWER' } });
		for (const harness of [byName, byId, byResult]) await harness.activate();

		const queued = h.sim.addItem('email');
		h.sim.addItem('email', { status: 'Handled' });
		h.sim.addItem('email', { from_queue: { id: '00000000000000000000000000000000', name: 'sales@nordlys-energia.fi' } });
		const chat = h.sim.addItem('chat');
		h.sim.addItem('chat', { from_queue: { id: '11111111111111111111111111111111', name: 'Web Chat Sales' } });
		h.sim.addItem('callback');
		const unanswered = h.sim.addItem('callback', { lastResult: 'NO_ANSWER' });
		for (const harness of [byName, byId, byResult]) await harness.poll();

		expect(ids(await byName.emitted())).toEqual([queued.id]);
		expect(ids(await byId.emitted())).toEqual([chat.id]);
		expect(ids(await byResult.emitted())).toEqual([unanswered.id]);
	});

	test('SCP-P1 watching another list starts that list from now', async () => {
		const harness = trigger({ resource: 'callback' });
		await harness.activate();
		const moved = new PollHarness(h.e, {
			type: 'sinchContactProChangesTrigger',
			parameters: { resource: 'chat', event: 'new' },
			credentials: { sinchContactProApi: h.credential() },
		});
		moved.saved = harness.saved;
		await moved.activate('update');
		await moved.poll();
		expect(await moved.emitted()).toEqual([]);
	});

	test('SCP-P1 a failing poll is reported as n8n shows polling errors and names the missing right; the item comes with the next poll', async () => {
		const harness = trigger({ resource: 'email' });
		await harness.activate();
		const email = h.sim.addItem('email');
		h.sim.inject({ path: '/RI/cmi/emails', method: 'GET', status: 403, body: 'Forbidden' });

		const failed = await harness.poll();
		expect(failed.error?.message).toBe(
			'The Contact Pro user lacks the right "Email queue: Manage contact history (or User: Manage contact history, for the agent the email is allocated to)" (403 on GET /emails)',
		);
		expect(harness.pollErrors).toEqual([failed.error]);

		await harness.poll();
		expect(ids(await harness.emitted())).toEqual([email.id]);
	});

	test('SCP-P1 a user without the right cannot be activated', async () => {
		const harness = trigger({ resource: 'email' }, 'ivr.callbacks');
		await expect(harness.activate()).rejects.toThrow(/email/i);
	});

	test('SCP-P1 Fetch Test Event shows the newest item of the list that passes the filters', async () => {
		const sample = await trigger({ resource: 'callback' }).fetchTestEvent();
		expect(sample?.[0].map((item) => item.json)).toEqual([{ ...h.sim.callbacks[1], change: 'new' }]);
	});
});
