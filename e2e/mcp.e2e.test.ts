/**
 * The action nodes as tools of n8n's MCP Server Trigger in a real n8n 2.41: the example
 * workflow examples/mcp-contact-center-tools.json (imported and published by globalSetup)
 * serves them over Streamable HTTP; an MCP client lists them and calls each one, the vendor
 * simulators log what reached them. No language model: the client plays the agent.
 */
import { MCP_BEARER_TOKEN } from '../scripts/lib/demoCredentials';
import { McpClient, toolJson } from './support/mcp';
import { QUEUE_MODE } from './support/e2eInstance';
import type { McpTool } from './support/mcp';
import { imported, workflow } from './support/e2eN8n';
import { simulator } from './support/simulatorControl';

const WORKFLOW = 'exMcpContactCtr1';
const describeIf = imported(WORKFLOW) ? describe : describe.skip;

/** "A few KB": what an answer of a tool may weigh on the wire. */
const MAX_ANSWER_BYTES = 4096;

const comnica = simulator('comnica');
const ucontact = simulator('ucontact');
const cention = simulator('cention');
const sinch = simulator('sinch');

type Row = Record<string, unknown>;

function bodyOf(request: { rawBody: string }): Row {
	return JSON.parse(request.rawBody) as Row;
}

/** A JSON-valued field of uContact's form body. */
function formJson(request: { rawBody: string }, field: string): Row {
	return JSON.parse(new URLSearchParams(request.rawBody).get(field) ?? 'null') as Row;
}

describeIf('MCP Server Trigger serving the contact-center nodes as tools (real n8n)', () => {
	const url = () => workflow(WORKFLOW).webhooks['MCP Server Trigger'];
	let client: McpClient;
	let tools: McpTool[];

	/** Calls a tool and checks the answer is compact JSON an agent can read. */
	async function call(name: string, args: Record<string, unknown>): Promise<Row[]> {
		const result = await client.callTool(name, args);
		expect(result.isError).not.toBe(true);
		expect(result.bytes).toBeLessThan(MAX_ANSWER_BYTES);
		return toolJson(result) as Row[];
	}

	beforeAll(async () => {
		client = new McpClient(url(), { Authorization: `Bearer ${MCP_BEARER_TOKEN}` });
		const server = await client.connect();
		expect(server.serverInfo?.name).toBe('MCP_Server_Trigger');
		tools = await client.listTools();
	});

	afterAll(async () => await client?.close());

	test('a client without the bearer token is refused', async () => {
		const stranger = new McpClient(url());
		const answer = await stranger.request('initialize', { protocolVersion: '2025-06-18', capabilities: {}, clientInfo: { name: 'x', version: '1' } });
		expect([401, 403]).toContain(answer.status);
	});

	test('tools/list: every tool, described in sentences, every argument described', () => {
		expect(tools.map((tool) => tool.name).sort()).toEqual([
			'Cention_Create_Errand',
			'Cention_Search_Knowledge_Base',
			'Comnica_Find_Records',
			'Comnica_Get_Record',
			'Comnica_Update_Record',
			'Sinch_Create_Callback',
			'Sinch_Find_Contacts',
			'uContact_Add_Dialer_Task',
			'uContact_Search_Calls',
		]);
		for (const tool of tools) {
			// The tool description of the operation: what it does, what it returns, where IDs come from.
			expect(tool.description).toMatch(/^[A-Z][^.]+ in (Comnica|uContact|Cention|Sinch Contact Pro)\. .*\bReturns\b.*\.$/);
			const properties = Object.entries(tool.inputSchema.properties ?? {});
			expect(properties.length).toBeGreaterThan(0);
			for (const [name, schema] of properties) {
				expect({ tool: tool.name, argument: name, described: (schema.description ?? '').length > 10 }).toEqual({ tool: tool.name, argument: name, described: true });
			}
		}
		const getRecord = tools.find((tool) => tool.name === 'Comnica_Get_Record')!;
		expect(getRecord.description).toContain('The record ID comes from Get Many records');
		expect(getRecord.inputSchema.properties?.Record_ID).toEqual({ type: 'number', description: 'ID of the Comnica record, from Comnica Find Records' });
		expect(getRecord.inputSchema.required).toEqual(['Record_ID']);
	});

	test('COM-06 Get Record: Comnica loads record 42, the agent gets it flat', async () => {
		await comnica.clearLog();
		const answer = await call('Comnica_Get_Record', { Record_ID: 42 });
		const [load] = await comnica.requests('/integration/cc/record/load/v1');
		expect(bodyOf(load)).toMatchObject({ payload: { id: 42 } });
		expect(answer).toEqual([
			expect.objectContaining({ id: 42, project_id: 9, phone: '3611234567', contacts: ['3611234567', '3619876543'], last_comment: 'Example comment 2' }),
		]);
		expect(answer[0]).not.toHaveProperty('system_columns');
	});

	test('COM-10 Get Many records: the project\'s records, at most the limit the agent asked for', async () => {
		await comnica.clearLog();
		const answer = await call('Comnica_Find_Records', { Limit: 3 });
		const [list] = await comnica.requests('/integration/cc/record/list/v1');
		expect(bodyOf(list)).toMatchObject({ payload: { limit: 3, filters: [{ name: 'project', type: 'select', condition: 9 }] } });
		expect(answer.length).toBeGreaterThan(0);
		expect(answer.length).toBeLessThanOrEqual(3);
		for (const row of answer) expect(typeof row.id).toBe('number');
	});

	test('COM-08 Update record: the termination the agent chose reaches Comnica', async () => {
		await comnica.clearLog();
		const answer = await call('Comnica_Update_Record', { Record_ID: 42, Termination_ID: '458' });
		const [update] = await comnica.requests('/integration/cc/record/update/v1');
		expect(bodyOf(update)).toMatchObject({ payload: { id: 42, system_columns: { termination_id: 458 } } });
		expect(answer).toEqual([{ id: 42 }]);
	});

	test('UC-06 Recording Search: call records of a period with their GUIDs', async () => {
		await ucontact.clearLog();
		const answer = await call('uContact_Search_Calls', { From: '2016-01-18 00:00:00', To: '2016-01-19 23:59:59', Limit: 5 });
		const [search] = await ucontact.requests('/Integra/resources/Cdr/getrecords');
		expect(formJson(search, 'filter')).toMatchObject({ calldatei: '2016-01-18 00:00:00', calldatef: '2016-01-19 23:59:59', type: 'record' });
		expect(new URLSearchParams(search.rawBody).get('searchLimit')).toBe('5');
		expect(answer).toHaveLength(5);
		for (const record of answer) expect(record).toMatchObject({ guid: expect.stringMatching(/^[0-9a-f-]{36}$/), calldate: expect.stringMatching(/^2016-01-1[89] /) });
	});

	test('UC-12 Dialer Add Task: the call goes into the campaign', async () => {
		await ucontact.clearLog();
		const answer = await call('uContact_Add_Dialer_Task', { Campaign: 'Ventas->', Phone: '098344484' });
		const [task] = await ucontact.requests('/Integra/resources/Dialers/DialerTask');
		expect(formJson(task, 'call')).toMatchObject({ campaign: 'Ventas->', destination: '098344484', calldate: null, bulk: false, automatic: true });
		expect(answer).toEqual([{ success: true, result: '1', campaign: 'Ventas->', destination: '098344484' }]);
	});

	test('CEN-14 Library Question search: the question and answer as plain text', async () => {
		await cention.clearLog();
		const answer = await call('Cention_Search_Knowledge_Base', { Phrase: 'password' });
		const [search] = await cention.requests('/s/demo/capi/json/c3_library_questions');
		expect(search.query).toMatchObject({ 'q_filter[phrase]': 'password' });
		expect(answer).toEqual([
			expect.objectContaining({
				id: '21',
				subject: 'How do I reset my password?',
				answer: 'Click Forgot password on the login page; we email you a link that works for 24 hours.',
			}),
		]);
		expect(JSON.stringify(answer)).not.toMatch(/<[a-z]|c3_id|c3_library_questions/);
	});

	test('CEN-02 Errand Create: the customer\'s message becomes an errand', async () => {
		await cention.clearLog();
		const answer = await call('Cention_Create_Errand', { From: 'anna.berg@example.com', Subject: 'Invoice is wrong', Body: 'Please check invoice 114.' });
		const [create] = await cention.requests('/s/demo/capi/json/c3_new_errands');
		expect(bodyOf(create)).toMatchObject({
			data: { type: 'c3_new_errands', attributes: { msg: { from: 'anna.berg@example.com', subject: 'Invoice is wrong', body: 'Please check invoice 114.' } } },
		});
		expect(answer).toEqual([{ id: expect.stringMatching(/^\d+$/) }]);
	});

	test('SCP-09 Contact Get Many: the contacts of a customer number', async () => {
		await sinch.clearLog();
		const answer = await call('Sinch_Find_Contacts', { Customer_Number: '+35845*', Limit: 5 });
		const [list] = await sinch.requests('/RI/cmi/contacts');
		expect(list.query).toMatchObject({ customerNumber: '+35845*', limit: '5' });
		expect(answer).toEqual([expect.objectContaining({ customerNumber: '+358451112223', remarks: 'Customer asked for a fixed-price contract offer.' })]);
		expect(answer[0]).not.toHaveProperty('contactGroupId');
	});

	test('SCP-08 Callback Create: a callback request in the callback queue', async () => {
		await sinch.clearLog();
		const answer = await call('Sinch_Create_Callback', { Customer_Number: '+358407654321', Notes: 'Moving to Tampere on 1 December' });
		const [create] = await sinch.requests('/RI/cmi/callbacks');
		expect(bodyOf(create)).toEqual({ customerNumber: '+358407654321', callbackQueueNumber: '+35894251099', notes: 'Moving to Tampere on 1 December' });
		expect(answer).toEqual([{ id: expect.stringMatching(/^[0-9A-F]{32}$/) }]);
	});

	test('bad arguments: readable answers, nothing sent when the input is wrong, and the session goes on', async () => {
		const missing = toolJson(await client.callTool('Comnica_Get_Record', { Record_ID: 999999 })) as Row[];
		expect(missing).toEqual([{ error: expect.stringMatching(/^Comnica refused the request: NOT_FOUND on field "id" \(id=999999\) \(HTTP 400\)\. Check the IDs/) }]);

		await ucontact.clearLog();
		const badDate = toolJson(await client.callTool('uContact_Search_Calls', { From: 'last Tuesday', To: '2016-01-19 23:59:59', Limit: 5 })) as Row[];
		expect(badDate).toEqual([{ error: 'Call Date From is not a date: "last Tuesday". Use a date and time such as 2024-05-01 15:00:00 (ISO 8601 works too).' }]);
		expect(await ucontact.requests('/Integra/resources/Cdr/getrecords')).toHaveLength(0);

		const refused = toolJson(await client.callTool('uContact_Add_Dialer_Task', { Campaign: 'Nowhere->', Phone: '098344484' })) as Row[];
		expect(refused).toEqual([{ error: expect.stringMatching(/^uContact could not add the dialer task: it answered .+\. Check that the campaign exists/) }]);

		for (const answer of [missing, badDate, refused]) expect(JSON.stringify(answer)).not.toMatch(/NodeApiError|NodeOperationError|\/integration\/|Cdr\/|Dialers\/|https?:/);

		// A wrong type: n8n's main refuses it by the tool's schema (an error answer); a worker (queue
		// mode) runs the node without that check, and the node refuses it. Nothing reaches Comnica.
		await comnica.clearLog();
		const wrongType = await client.callTool('Comnica_Get_Record', { Record_ID: 'forty-two' });
		expect(wrongType.content[0]?.text).toMatch(/Record_ID/);
		if (QUEUE_MODE) expect(toolJson(wrongType)).toEqual([{ error: 'Record_ID must be a number, not "forty-two". Send Record_ID as a number, such as 42.' }]);
		else expect(wrongType.isError).toBe(true);
		expect(await comnica.requests('/integration/cc/record/load/v1')).toHaveLength(0);
		expect(await call('Comnica_Get_Record', { Record_ID: 42 })).toHaveLength(1);
	});
});
