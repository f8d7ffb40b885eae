import { bodyOf, data, useSinch } from './setup';

const h = useSinch();
const [open] = data.demoCallbacks();

describe('Sinch Contact Pro callbacks', () => {
	test('SCP-08 callback create: POST /callbacks with a JSON body, 201 text id + Location become {id, location}', async () => {
		const result = await h.run({
			resource: 'callback',
			operation: 'create',
			customerNumber: '+358407654321',
			callbackQueueNumber: data.queues.callback.number,
			notes: 'Web form: question about moving',
		});
		expect(result.error).toBeUndefined();
		const [request] = h.sim.received('/RI/cmi/callbacks', 'POST');
		expect(request.basic).toEqual({ user: 'integration', password: 'Nordlys#Api2026' });
		expect(request.headers['content-type']).toMatch(/^application\/json/);
		expect(bodyOf(request)).toEqual({
			customerNumber: '+358407654321',
			callbackQueueNumber: '+35894251099',
			notes: 'Web form: question about moving',
		});
		const created = h.sim.callbacks.at(-1)!;
		expect(created.customerNumber).toBe('+358407654321');
		expect(result.items).toHaveLength(1);
		expect(result.items[0].json).toEqual({ id: created.id, location: `${h.sim.baseUrl}/RI/cmi/callbacks/${created.id as string}` });
		expect(result.items[0].pairedItem).toEqual({ item: 0 });
	});

	test('SCP-08 callback create for three web-form items: one request each, outputs linked to their items', async () => {
		const numbers = ['+358401000001', '+358401000002', '+358401000003'];
		const result = await h.run(
			{
				resource: 'callback',
				operation: 'create',
				customerNumber: '={{ $json.phone }}',
				callbackQueueNumber: data.queues.callback.number,
				notes: '={{ "Form " + $json.form }}',
			},
			{ input: numbers.map((phone, form) => ({ json: { phone, form } })) },
		);
		expect(result.error).toBeUndefined();
		const bodies = h.sim.received('/RI/cmi/callbacks', 'POST').map((request) => bodyOf(request) as { customerNumber: string });
		expect(bodies.map((body) => body.customerNumber).sort()).toEqual(numbers);
		expect(result.items.map((item) => item.pairedItem)).toEqual([{ item: 0 }, { item: 1 }, { item: 2 }]);
		for (const [index, item] of result.items.entries()) {
			const stored = h.sim.callbacks.find((callback) => callback.id === item.json.id)!;
			expect(stored.customerNumber).toBe(numbers[index]);
			expect(stored.notes).toBe(`Form ${index}`);
		}
	});

	test('SCP-08 callback create into an unknown queue: the server\'s 400 text reaches the user', async () => {
		const result = await h.run({ resource: 'callback', operation: 'create', customerNumber: '+358407654321', callbackQueueNumber: '+35890000000' });
		expect(result.error?.message).toBe('Sinch Contact Pro refused POST /callbacks: Callback queue not found');
		expect(h.sim.callbacks).toHaveLength(2);
	});

	test('SCP-08 callback get many filtered by customer number', async () => {
		const result = await h.run({ resource: 'callback', operation: 'getAll', returnAll: true, filters: { customerNumber: '+358401234567' } });
		expect(result.error).toBeUndefined();
		const [request] = h.sim.received('/RI/cmi/callbacks', 'GET');
		expect(request.query).toEqual({ customerNumber: '+358401234567' });
		expect(request.headers.accept).toBe('application/json');
		expect(result.items.map((item) => item.json)).toEqual([open]);
	});

	test('SCP-08 callback get many with a limit sends limit and returns at most that many', async () => {
		const result = await h.run({ resource: 'callback', operation: 'getAll', returnAll: false, limit: 1 });
		expect(h.sim.received('/RI/cmi/callbacks', 'GET')[0].query).toEqual({ limit: '1' });
		expect(result.items).toHaveLength(1);
	});

	test('SCP-08 callback get by id', async () => {
		const result = await h.run({ resource: 'callback', operation: 'get', callbackId: open.id as string });
		expect(h.sim.received(`/RI/cmi/callbacks/${open.id as string}`, 'GET')).toHaveLength(1);
		expect(result.items.map((item) => item.json)).toEqual([open]);
	});

	test('SCP-08 callback update: PUT with the four updatable fields, 204 becomes {success, id}', async () => {
		const result = await h.run({
			resource: 'callback',
			operation: 'update',
			callbackId: open.id as string,
			updateFields: { lastResult: 'reschedule', nextCallTime: '2026-11-25T13:00:00', notes: 'Customer asked for Tuesday afternoon' },
		});
		expect(result.error).toBeUndefined();
		const [request] = h.sim.received(`/RI/cmi/callbacks/${open.id as string}`, 'PUT');
		expect(bodyOf(request)).toEqual({ lastResult: 'RESCHEDULE', nextCallTime: '2026-11-25T13:00:00', notes: 'Customer asked for Tuesday afternoon' });
		expect(result.items.map((item) => item.json)).toEqual([{ success: true, id: open.id }]);
		expect(h.sim.callbacks[0]).toMatchObject({ lastResult: 'RESCHEDULE', nextCallTime: '2026-11-25T13:00:00' });
	});

	test('SCP-08 callback update: nextCallTime with another lastResult stops before any request, naming the fields', async () => {
		const result = await h.run({
			resource: 'callback',
			operation: 'update',
			callbackId: open.id as string,
			updateFields: { lastResult: 'NO_ANSWER', nextCallTime: '2026-11-25T13:00:00' },
		});
		expect(result.error?.message).toBe('"Next Call Time" needs "Last Result" CUSTOM_TIME or RESCHEDULE (Last Result is "NO_ANSWER")');
		expect(h.sim.requests).toHaveLength(0);
	});

	test('SCP-08 callback update: nextCallTime without a lastResult stops before any request', async () => {
		const result = await h.run({
			resource: 'callback',
			operation: 'update',
			callbackId: open.id as string,
			updateFields: { nextCallTime: '2026-11-25T13:00:00' },
		});
		expect(result.error?.message).toContain('(Last Result is not set)');
		expect(h.sim.requests).toHaveLength(0);
	});

	test('SCP-08 callback create without the right: the 403 names "Callbacks: Create"', async () => {
		const result = await h.run(
			{ resource: 'callback', operation: 'create', customerNumber: '+358407654321', callbackQueueNumber: data.queues.callback.number },
			{ user: 'reporting' },
		);
		expect(result.error?.message).toBe('The Contact Pro user lacks the right "Callbacks: Create" (403 on POST /callbacks)');
		expect(h.sim.received('/RI/cmi/callbacks', 'POST')[0].status).toBe(403);
	});

	test('SCP-08 callback get of an unknown id: the 404 names the callback and the id', async () => {
		const result = await h.run({ resource: 'callback', operation: 'get', callbackId: 'FFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFF' });
		expect(result.error?.message).toBe(
			'Sinch Contact Pro has no callback with ID "FFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFF" (404 on GET /callbacks/{callbackId})',
		);
	});
});
