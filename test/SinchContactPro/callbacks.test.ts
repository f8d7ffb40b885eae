import { bodyOf, data, useSinch } from './setup';

const h = useSinch();

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
		expect(result.items).toHaveLength(1);
		expect(result.items[0].json).toEqual({ id: created.id, location: `${h.sim.baseUrl}/RI/cmi/callbacks/${created.id as string}` });
		expect(result.items[0].pairedItem).toEqual({ item: 0 });
	});
});
