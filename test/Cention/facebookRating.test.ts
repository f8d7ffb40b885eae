import { engine } from '../harness/engine';
import { useSimulator } from '../harness/lifecycle';
import { CentionSimulator, TOKENS } from '../simulators/cention';
import { centionNode, expectJsonApiGet } from './setup';

const sim = useSimulator(new CentionSimulator());

describe('Cention Facebook ratings', () => {
	test('CEN-08 Get Changed IDs gives one {id, status: changed} item per rating (the shape of CEN-06), then CEN-09 Get each rating (which clears its flag)', async () => {
		const e = await engine();
		const changed = await e.run(await centionNode(sim, { resource: 'facebookRating', operation: 'getChangedIds', returnAll: true }, { token: TOKENS.reporting }));
		expect(changed.error).toBeUndefined();
		expectJsonApiGet(sim.received('/s/demo/capi/json/c3_dirty_facebook_ratings')[0], TOKENS.reporting);
		expect(changed.items.map((item) => item.json)).toEqual([
			{ id: '3', status: 'changed' },
			{ id: '4', status: 'changed' },
		]);

		const ratings = await e.run(
			await centionNode(sim, { resource: 'facebookRating', operation: 'get', ratingId: '={{ $json.id }}' }, { token: TOKENS.reporting }),
			changed.items.slice(0, 1),
		);
		expect(ratings.error).toBeUndefined();
		expectJsonApiGet(sim.received('/s/demo/capi/json/c3_facebook_ratings/3')[0], TOKENS.reporting);
		expect(ratings.items).toEqual([
			{
				json: {
					id: '3',
					type: 'c3_facebook_ratings',
					c3_id: 3,
					data: {
						isChanged: true,
						message: 'Hi its a really great page. It helps to find more people:)',
						rating: 5,
						ratingId: 3,
						reviewerId: 2117249628,
						reviewerName: 'Jessica Elizabeth',
						timestampCreated: 1489569020,
					},
				},
				pairedItem: { item: 0 },
			},
		]);

		const after = await e.run(await centionNode(sim, { resource: 'facebookRating', operation: 'getChangedIds', returnAll: true }));
		expect(after.items.map((item) => item.json.id)).toEqual(['4']);
	});

	test('CEN-09 Get without Simplify keeps the document; an unknown rating is a 404', async () => {
		const e = await engine();
		const raw = await e.run(await centionNode(sim, { resource: 'facebookRating', operation: 'get', ratingId: '4', simplify: false }));
		expect(raw.items[0].json).toEqual({
			data: { type: 'c3_facebook_ratings', id: '4', attributes: { c3_id: 4, data: expect.objectContaining({ reviewerName: 'Ahmad Faizal', rating: 3 }) } },
		});
		const missing = await e.run(await centionNode(sim, { resource: 'facebookRating', operation: 'get', ratingId: '99' }));
		expect(missing.error?.message).toBe('Cention has nothing at GET json/c3_facebook_ratings/99 (404 Not Found)');
	});
});
