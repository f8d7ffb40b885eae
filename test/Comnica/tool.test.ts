import { fromAI } from '../harness/agent';
import { engine } from '../harness/engine';
import { useSimulator } from '../harness/lifecycle';
import { ComnicaSimulator } from '../simulators/comnica';
import { comnicaNode, payloadOf, requestsTo } from './setup';

const sim = useSimulator(new ComnicaSimulator());

describe('Comnica as an AI tool (n8n-core createNodeAsTool, called by a stand-in agent)', () => {
	test('COM-06 Get: the operation described for the agent, the record as one flat object', async () => {
		const e = await engine();
		const call = await e.runAsTool(
			await comnicaNode(sim, { resource: 'record', operation: 'get', recordId: fromAI('Record_ID', 'ID of the record', 'number') }),
			{ Record_ID: 42 },
		);
		expect(call.description).toMatch(/^Get a record in Comnica\. Load one record by its ID\. Returns .+ The record ID comes from Get Many records/);
		expect(call.arguments).toEqual({ Record_ID: { type: 'number', description: 'ID of the record' } });
		expect(payloadOf(requestsTo(sim, '/integration/cc/record/load/v1')[0])).toEqual({ id: 42 });
		// Simplify is off in the node: the agent gets the flat record anyway, without empty columns.
		expect(call.answer).toEqual([
			{
				aaa: 'äää',
				bbb: 'ßßß',
				phone: '3611234567',
				id: 42,
				project_id: 9,
				priority: 1,
				is_redial: false,
				manual_redial: false,
				contacts: ['3611234567', '3619876543'],
				last_comment: 'Example comment 2',
			},
		]);
	});

	test('COM-06 Get as added in the editor: the required Record ID is an argument with its own description', async () => {
		const e = await engine();
		const call = await e.runAsTool(await comnicaNode(sim, { resource: 'record', operation: 'get' }), { Record_ID: 42 });
		expect(call.arguments).toEqual({
			Record_ID: { type: 'number', description: 'ID of the record to load (from Get Many records, Create or the Comnica Trigger)' },
		});
		expect(payloadOf(requestsTo(sim, '/integration/cc/record/load/v1')[0])).toEqual({ id: 42 });
		expect(call.answer).toEqual([expect.objectContaining({ id: 42 })]);
		// The same node outside a tool keeps its default.
		const plain = await e.run(await comnicaNode(sim, { resource: 'record', operation: 'get' }));
		expect(plain.error?.message).toMatch(/NOT_FOUND|REQUIRED/);
	});

	test('COM-06 Get of a record that does not exist: one plain sentence with the vendor code and what to do', async () => {
		const e = await engine();
		const call = await e.runAsTool(
			await comnicaNode(sim, { resource: 'record', operation: 'get', recordId: fromAI('Record_ID', 'ID of the record', 'number') }),
			{ Record_ID: 999999 },
		);
		expect(call.answer).toEqual([
			{
				error:
					'Comnica refused the request: NOT_FOUND on field "id" (id=999999) (HTTP 400). Check the IDs it names: Get Many records lists the records of a project, Filter Data the projects, users and terminations.',
			},
		]);
	});

	test('COM-10 Get Many: one compact row per record', async () => {
		const e = await engine();
		const call = await e.runAsTool(
			await comnicaNode(sim, { resource: 'record', operation: 'getAll', project: 9, limit: fromAI('Limit', 'How many records', 'number') }),
			{ Limit: 2 },
		);
		expect(call.description).toContain('Returns one item per record with its ID');
		const payload = payloadOf(requestsTo(sim, '/integration/cc/record/list/v1')[0]);
		expect(payload).toMatchObject({ limit: 2, filters: [{ name: 'project', type: 'select', condition: 9 }] });
		expect(call.answer).toHaveLength(2);
		for (const row of call.answer) {
			// Comnica sends the ID twice (id, record_id): the agent gets one.
			expect(typeof row.id).toBe('number');
			expect(row).not.toHaveProperty('record_id');
			expect(Object.values(row)).not.toContain(null);
		}
	});

	test('COM-08 Update: the changed record ID; an unknown termination is a sentence', async () => {
		const e = await engine();
		const node = await comnicaNode(sim, {
			resource: 'record',
			operation: 'update',
			recordId: fromAI('Record_ID', 'ID of the record', 'number'),
			project: 9,
			systemColumns: { termination: fromAI('Termination_ID', 'ID of the termination') },
		});
		const done = await e.runAsTool(node, { Record_ID: 42, Termination_ID: '9' });
		expect(done.answer).toEqual([{ id: 42 }]);
		expect(payloadOf(requestsTo(sim, '/integration/cc/record/update/v1')[0])).toMatchObject({ id: 42, system_columns: { termination_id: 9 } });

		const refused = await e.runAsTool(node, { Record_ID: 42, Termination_ID: '77777' });
		expect(refused.answer).toHaveLength(1);
		expect(refused.answer[0].error).toMatch(/^Comnica refused the request: NOT_FOUND on field "termination_id" .*\(HTTP 400\)\. Check the IDs/);
	});

	test('COM-12 Download: a sentence about the file instead of the bytes', async () => {
		const e = await engine();
		const call = await e.runAsTool(
			await comnicaNode(sim, { resource: 'recording', operation: 'download', callId: fromAI('Call_ID', 'Comnica ID of the call') }),
			{ Call_ID: '991234' },
		);
		expect(call.answer).toEqual([
			{ file: expect.stringMatching(/^991234\.mp3 \(audio\/mpeg, [\d.]+ [kK]?B\) was saved as binary field "data" of this tool's output in n8n; its content is not passed to the agent\.$/) },
		]);
	});

	test('an unreachable Comnica: a sentence without the URL', async () => {
		const e = await engine();
		const credentials = { comnicaApi: await e.credentials.add('comnicaApi', { baseUrl: 'http://127.0.0.1:9/api', username: 'api.user', password: 'x' }) };
		const call = await e.runAsTool({ type: 'comnica', parameters: { resource: 'record', operation: 'get', recordId: 42 }, credentials });
		expect(call.answer).toHaveLength(1);
		expect(call.answer[0].error).not.toMatch(/http|127\.0\.0\.1|Error:/);
		expect(call.answer[0].error).toBe(
			'Could not connect to Comnica (connection refused) (ECONNREFUSED). Check the Base URL in the credential and that the server is running.',
		);
	});

	test('COM-06 Get run by a queue-mode worker (no schema check by n8n): a Record_ID that is not a number is refused, nothing sent', async () => {
		const e = await engine();
		// n8n's worker runs the tool node with the agent's arguments as its input item (JobProcessor.invokeTool).
		const node = await comnicaNode(sim, { resource: 'record', operation: 'get', recordId: fromAI('Record_ID', 'ID of the record', 'number') });
		const run = await e.run({ ...node, type: 'n8n-nodes-contact-center.comnicaTool' }, [{ json: { Record_ID: 'forty-two' } }]);
		expect(run.items.map((item) => item.json)).toEqual([{ error: 'Record_ID must be a number, not "forty-two". Send Record_ID as a number, such as 42.' }]);
		expect(sim.received('/integration/cc/record/load/v1')).toHaveLength(0);

		const right = await e.run({ ...node, type: 'n8n-nodes-contact-center.comnicaTool' }, [{ json: { Record_ID: 42 } }]);
		expect(right.items.map((item) => item.json)).toEqual([expect.objectContaining({ id: 42 })]);
	});
});
