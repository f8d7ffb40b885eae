import type { INodeParameters } from 'n8n-workflow';

import { fromAI } from '../harness/agent';
import type { NodeSpec } from '../harness/engine';
import { data, useSinch } from './setup';

const h = useSinch();

describe('Sinch Contact Pro as an AI tool (n8n-core createNodeAsTool, called by a stand-in agent)', () => {
	const tool = (parameters: INodeParameters): NodeSpec => ({
		type: 'sinchContactPro',
		parameters,
		credentials: { sinchContactProApi: h.credential() },
	});

	test('SCP-09 Get many contacts: one item per contact with one ID', async () => {
		const call = await h.e.runAsTool(
			tool({ resource: 'contact', operation: 'getAll', limit: fromAI('Limit', 'How many contacts', 'number'), filters: { remarks: fromAI('Remarks', 'Text in the remarks') } }),
			{ Limit: 5, Remarks: 'fixed-price' },
		);
		expect(call.description).toMatch(/^Get many contacts in Sinch Contact Pro\. List phone calls, chats and emails.+Returns one item per contact with its ID/);
		expect(h.sim.received('/RI/cmi/contacts', 'GET')[0].query).toMatchObject({ remarks: 'fixed-price', limit: '5' });
		expect(call.answer).toEqual([
			expect.objectContaining({ id: data.ids.callRemarked, customerNumber: '+358451112223', remarks: 'Customer asked for a fixed-price contract offer.' }),
		]);
		// contactGroupId repeats the ID of a single contact; empty subjects are left out.
		expect(call.answer[0]).not.toHaveProperty('contactGroupId');
		expect(call.answer[0]).not.toHaveProperty('subject');
	});

	test('SCP-08 Create callback: the new ID without the API URL; an unknown queue is a sentence', async () => {
		const node = tool({
			resource: 'callback',
			operation: 'create',
			customerNumber: fromAI('Phone', 'Number to call back'),
			callbackQueueNumber: data.queues.callback.number,
			notes: fromAI('Notes', 'What the customer wants'),
		});
		const created = await h.e.runAsTool(node, { Phone: '+358407654321', Notes: 'Moving on 1 December' });
		expect(created.answer).toEqual([{ id: expect.stringMatching(/^[0-9A-F]{32}$/) }]);
		expect(h.sim.callbacks.at(-1)).toMatchObject({ customerNumber: '+358407654321', notes: 'Moving on 1 December' });

		const refused = await h.e.runAsTool({ ...node, parameters: { ...node.parameters, callbackQueueNumber: '+35890000000' } }, { Phone: '+358407654321', Notes: 'x' });
		expect(refused.answer).toEqual([
			{
				error:
					'Sinch Contact Pro refused: Callback queue not found (HTTP 400). The server rejected the data it was sent (400 Bad Request). Correct the fields it names and try again.',
			},
		]);
	});

	test('SCP-08 Get a callback that does not exist: a sentence naming the ID', async () => {
		const call = await h.e.runAsTool(tool({ resource: 'callback', operation: 'get', callbackId: fromAI('Callback_ID', 'ID of the callback') }), {
			Callback_ID: 'FFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFF',
		});
		expect(call.answer).toEqual([
			{
				error:
					'Sinch Contact Pro has no callback with ID "FFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFF" (404). Check the ID (Contact Pro IDs have 32 characters) and that the callback still exists.',
			},
		]);
	});
});
