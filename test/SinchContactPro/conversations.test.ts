import { bodyOf, data, useSinch } from './setup';

const h = useSinch();
const [chat] = data.demoChats();
const [recording, otherRecording] = data.demoRecordings();

describe('Sinch Contact Pro chats', () => {
	test('SCP-05 chat get many and get', async () => {
		const list = await h.run({ resource: 'chat', operation: 'getAll', returnAll: true });
		expect(h.sim.received('/RI/cmi/chats', 'GET')[0].query).toEqual({});
		expect(list.items.map((item) => item.json)).toEqual([chat]);
		const one = await h.run({ resource: 'chat', operation: 'get', chatId: chat.id as string });
		expect(h.sim.received(`/RI/cmi/chats/${chat.id as string}`, 'GET')).toHaveLength(1);
		expect(one.items[0].json).toEqual(chat);
	});

	test('SCP-05 chat get many keeps to the Limit even when the server ignores limit', async () => {
		const rows = [1, 2, 3].map((n) => ({ ...chat, id: `${String(n).repeat(32)}` }));
		h.sim.inject({ path: '/RI/cmi/chats', status: 200, body: rows });
		const result = await h.run({ resource: 'chat', operation: 'getAll', returnAll: false, limit: 2 });
		expect(h.sim.received('/RI/cmi/chats', 'GET')[0].query).toEqual({ limit: '2' });
		expect(result.items.map((item) => item.json.id)).toEqual([rows[0].id, rows[1].id]);
	});

	test('SCP-05 chat create: fields become the JSON body (dots build sub-objects), 201 becomes {id, location}', async () => {
		const result = await h.run({
			resource: 'chat',
			operation: 'create',
			fields: {
				field: [
					{ name: 'from_queue.id', value: data.queues.chat.id },
					{ name: 'customer.name', value: 'Jussi Laine' },
					{ name: 'customer.email', value: 'jussi.laine@example.com' },
				],
			},
		});
		expect(result.error).toBeUndefined();
		const [request] = h.sim.received('/RI/cmi/chats', 'POST');
		expect(request.headers.accept).toMatch(/text\/html/);
		expect(bodyOf(request)).toEqual({
			from_queue: { id: data.queues.chat.id },
			customer: { name: 'Jussi Laine', email: 'jussi.laine@example.com' },
		});
		const created = h.sim.chats.at(-1)!;
		expect(result.items[0].json).toEqual({ id: created.id, location: `${h.sim.baseUrl}/RI/cmi/chats/${created.id as string}` });
	});
});

describe('Sinch Contact Pro call recordings', () => {
	test('SCP-06 call recording get many with a free filter, and get', async () => {
		const list = await h.run({
			resource: 'callRecording',
			operation: 'getAll',
			returnAll: true,
			additionalFilters: { filter: [{ name: 'contact_id', value: data.ids.callRemarked }] },
		});
		expect(h.sim.received('/RI/cmi/callRecordings', 'GET')[0].query).toEqual({ contact_id: data.ids.callRemarked });
		expect(list.items.map((item) => item.json)).toEqual([otherRecording]);
		const one = await h.run({ resource: 'callRecording', operation: 'get', callRecordingId: recording.id as string });
		expect(h.sim.received(`/RI/cmi/callRecordings/${recording.id as string}`, 'GET')).toHaveLength(1);
		expect(one.items[0].json).toEqual(recording);
	});

	test('SCP-06 call recording without the right: the 403 names "Phone queue: Listen to recording"', async () => {
		const result = await h.run({ resource: 'callRecording', operation: 'getAll', returnAll: true }, { user: 'ivr.callbacks' });
		expect(result.error?.message).toBe('The Contact Pro user lacks the right "Phone queue: Listen to recording" (403 on GET /callRecordings)');
		expect(result.error?.description).toContain('System Configurator');
	});

	test('SCP-07 call recording listen log: get, then add an entry (empty JSON body), 201 becomes {id, location}', async () => {
		const path = `/RI/cmi/callRecordings/${recording.id as string}/listenLog`;
		const log = await h.run({ resource: 'callRecording', operation: 'getListenLog', callRecordingId: recording.id as string });
		expect(h.sim.received(path, 'GET')).toHaveLength(1);
		expect(log.items.map((item) => item.json)).toEqual(data.demoListenLogs()[recording.id as string]);

		const added = await h.run({ resource: 'callRecording', operation: 'addListenLog', callRecordingId: recording.id as string });
		expect(added.error).toBeUndefined();
		const [request] = h.sim.received(path, 'POST');
		expect(request.headers['content-type']).toMatch(/^application\/json/);
		expect(bodyOf(request)).toEqual({});
		const entry = h.sim.listenLogs[recording.id as string].at(-1)!;
		expect(entry.user).toEqual({ name: 'Integration API user' });
		expect(added.items[0].json).toEqual({ id: entry.id, location: `${h.sim.baseUrl}${path}/${entry.id as string}` });
	});

	test('SCP-07 listen log of an unknown recording: the 404 names the call recording and the id', async () => {
		const result = await h.run({ resource: 'callRecording', operation: 'getListenLog', callRecordingId: '00000000000000000000000000000000' });
		expect(result.error?.message).toBe(
			'Sinch Contact Pro has no call recording with ID "00000000000000000000000000000000" (404 on GET /callRecordings/{callRecordingId}/listenLog)',
		);
	});
});
