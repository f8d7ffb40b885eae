import { engine } from '../harness/engine';
import { useSimulator } from '../harness/lifecycle';
import { UContactSimulator } from '../simulators/ucontact';
import { RECORDED } from '../simulators/ucontact/data';
import { API, calls, ucontactCredential, ucontactNode } from './setup';

const sim = useSimulator(new UContactSimulator());

const originate = {
	resource: 'call',
	operation: 'originate',
	agent: '={{ $json.agent }}',
	agentPhone: '={{ $json.phone }}',
	destination: '098344484',
	outqueue: 'Ventas->',
	agentContext: 'from-internal',
};

describe('uContact answers that mean failure', () => {
	test('UC-01 a body of 0 with HTTP 200 is an error naming the operation and what was sent', async () => {
		const e = await engine();
		const result = await e.run(await ucontactNode(sim, originate), [{ json: { agent: 'mrodriguez', phone: '1009' } }]);
		expect(result.error?.message).toBe('uContact could not originate the call: Agents/AgentCall answered 0');
		const description = String(result.error?.description);
		expect(description).toContain(
			'Sent to Agents/AgentCall: agent=mrodriguez, phone=1009, destination=098344484, outqueue=Ventas->, callerid=, context=from-internal, tech=SIP',
		);
		expect(description).toContain('Check that the agent exists and uses this phone');
		expect(calls(sim, 'Agents/AgentCall')).toHaveLength(1);
	});

	test('UC-12 a body of ERROR with HTTP 200 is an error too', async () => {
		const e = await engine();
		sim.inject({ path: `${API}Dialers/DialerTask`, status: 200, body: 'ERROR' });
		const result = await e.run(await ucontactNode(sim, { resource: 'dialer', operation: 'addTask', campaign: 'Ventas->', destination: '098344484' }));
		expect(result.error?.message).toBe('uContact could not add the dialer task: Dialers/DialerTask answered ERROR');
		expect(result.error?.description).toContain('Sent to Dialers/DialerTask: call={"calldate":null,"campaign":"Ventas->","destination":"098344484"');
	});

	test('UC-11 a refused schedule (not a dialer campaign) surfaces as an error', async () => {
		const e = await engine();
		const result = await e.run(
			await ucontactNode(sim, { resource: 'dialer', operation: 'schedule', scheduleDate: '2024-05-02 10:00:00', campaign: 'Soporte<-', destination: '098344484' }),
		);
		expect(result.error?.message).toBe('uContact could not schedule the call: Dialers/ScheduleDialerCall answered 0');
		expect(result.error?.description).toContain('Check that the campaign is a dialer campaign and the date.');
	});

	test('UC-01 continueOnFail keeps the other items and links each to its input', async () => {
		const e = await engine();
		const node = await ucontactNode(sim, originate, { continueOnFail: true });
		const result = await e.run(node, [
			{ json: { agent: 'mrodriguez', phone: '1001' } },
			{ json: { agent: 'mrodriguez', phone: '1009' } },
			{ json: { agent: 'lfernandez', phone: '1002' } },
		]);
		expect(result.error).toBeUndefined();
		expect(result.items).toHaveLength(3);
		expect(result.items[0].json).toMatchObject({ success: true, agent: 'mrodriguez' });
		expect(result.items[0].pairedItem).toEqual({ item: 0 });
		expect(result.items[1].error?.message).toBe('uContact could not originate the call: Agents/AgentCall answered 0');
		expect(result.items[1].json.success).toBeUndefined();
		expect(result.items[1].pairedItem).toEqual({ item: 1 });
		expect(result.items[2].json).toMatchObject({ success: true, agent: 'lfernandez' });
		expect(result.items[2].pairedItem).toEqual({ item: 2 });
		expect(sim.storedBy('Agents/AgentCall').map((task) => task.fields.phone)).toEqual(['1001', '1002']);
	});

	test('UC-07 continueOnFail in a download keeps the recordings that were found', async () => {
		const e = await engine();
		const node = await ucontactNode(sim, { resource: 'recording', operation: 'download' }, { continueOnFail: true });
		const result = await e.run(node, [
			{ json: RECORDED.telephonyRoot },
			{ json: RECORDED.missing },
			{ json: RECORDED.backupRoot },
		]);
		expect(result.items.map((item) => [item.pairedItem, item.json.guid ?? item.json.error])).toEqual([
			[{ item: 0 }, RECORDED.telephonyRoot.guid],
			[{ item: 1 }, `Recording ${RECORDED.missing.guid} was not found in any of the documented places`],
			[{ item: 2 }, RECORDED.backupRoot.guid],
		]);
		expect(result.items[1].binary).toBeUndefined();
	});

	test('UC-15 continueOnFail in an upload keeps the good rows and reports the bad one', async () => {
		const e = await engine();
		const node = await ucontactNode(
			sim,
			{ resource: 'dialer', operation: 'uploadBase', campaign: 'Ventas->', baseSource: 'items', rowPhone: '={{ $json.phone }}' },
			{ continueOnFail: true },
		);
		const result = await e.run(node, [{ json: { phone: '098344484' } }, { json: { phone: '' } }, { json: { phone: '094556677' } }]);
		expect(result.items).toEqual([
			{ json: { error: 'Row of item 2: Phone is empty' }, pairedItem: { item: 1 } },
			{ json: { success: true, result: '1', campaign: 'Ventas->', fileName: expect.stringMatching(/^n8n-Ventas-/), rows: 2 }, pairedItem: [{ item: 0 }, { item: 2 }] },
		]);
		expect(Buffer.from(sim.storedBy('Dialers/uploadbase')[0].fields.fileb64 as string, 'base64').toString()).toBe('Ventas->;098344484;;\nVentas->;094556677;;\n');
	});

	test('UC-02 an empty required field stops before any request', async () => {
		const e = await engine();
		const result = await e.run(await ucontactNode(sim, { resource: 'call', operation: 'hangUp', agentPhone: '={{ $json.nothing }}' }));
		expect(result.error?.message).toBe('Agent Phone is empty');
		expect(sim.requests).toHaveLength(0);
	});

	test.each([
		[500, 'uContact failed to process Supervisor/queuesummary (HTTP 500)', 'java.lang.NullPointerException'],
		[403, 'uContact does not let this user call Supervisor/queuesummary (HTTP 403)', 'Ask a uContact administrator'],
		[404, 'uContact has no Supervisor/queuesummary (HTTP 404)', 'the API lives under /Integra/resources'],
	])('UC-17 HTTP %i is mapped to a clear error', async (status, message, detail) => {
		const e = await engine();
		sim.inject({ path: `${API}Supervisor/queuesummary`, status, body: status === 500 ? 'java.lang.NullPointerException' : 'Forbidden' });
		const result = await e.run(await ucontactNode(sim, { resource: 'campaign', operation: 'getQueueSummary' }));
		expect(result.error?.message).toBe(message);
		expect(result.error?.description).toContain(detail);
		expect((result.error as { httpCode?: string }).httpCode).toBe(String(status));
	});

	test('UC-17 a connection closed by the server names uContact and the endpoint', async () => {
		const e = await engine();
		sim.inject({ path: `${API}Supervisor/queuesummary`, drop: true });
		const result = await e.run(await ucontactNode(sim, { resource: 'campaign', operation: 'getQueueSummary' }));
		expect(result.error?.message).toBe('uContact closed the connection during POST /Supervisor/queuesummary');
	});

	test('UC-15 a connection closed during an upload (code path) names uContact and the endpoint', async () => {
		const e = await engine();
		sim.inject({ path: `${API}Dialers/uploadbase`, drop: true });
		const node = await ucontactNode(sim, { resource: 'dialer', operation: 'uploadBase', campaign: 'Ventas->', rowPhone: '098344484' });
		const result = await e.run(node);
		expect(result.error?.message).toBe('uContact closed the connection during POST /Dialers/uploadbase');
	});

	test('UC-18 an answer that is not JSON is not taken for data', async () => {
		const e = await engine();
		sim.inject({ path: `${API}Supervisor/campaignstatus`, status: 200, body: '<html>Session expired</html>' });
		const result = await e.run(await ucontactNode(sim, { resource: 'campaign', operation: 'getStatus', campaign: 'Ventas->' }));
		expect(result.error?.message).toBe('uContact answered Supervisor/campaignstatus with something other than JSON');
	});

	test('UC-02 an unexpected text answer is never a silent success', async () => {
		const e = await engine();
		sim.inject({ path: `${API}Agents/HungupPhone`, status: 200, body: 'Agent not logged in' });
		const result = await e.run(await ucontactNode(sim, { resource: 'call', operation: 'hangUp', agentPhone: '1001' }));
		expect(result.error?.message).toBe('uContact answered Agents/HungupPhone with something other than 1 or OK');
		expect(result.error?.description).toContain('Answer: Agent not logged in');
	});

	test('UC-00 secrets stay out of errors: a refused EndSession shows token=***', async () => {
		const e = await engine();
		const credential = await ucontactCredential(sim);
		await e.run({ type: 'uContact', parameters: { resource: 'campaign', operation: 'getQueueSummary' }, credentials: { uContactApi: credential } });
		const token = e.credentials.stored(credential.id!).sessionToken as string;
		sim.inject({ path: `${API}auth/EndSession`, status: 200, body: '0' });
		const result = await e.run({ type: 'uContact', parameters: { resource: 'session', operation: 'end' }, credentials: { uContactApi: credential } });
		expect(result.error?.message).toBe('uContact could not end the session: auth/EndSession answered 0');
		expect(result.error?.description).toContain('user=integracion, token=***');
		expect(JSON.stringify(result.run.data.resultData.error)).not.toContain(token);
		expect(JSON.stringify(result.run.data.resultData.error)).not.toContain('n8n-Integra-2024');
	});
});
