import type { ICredentialDataDecryptedObject } from 'n8n-workflow';

import { engine } from '../harness/engine';
import { useSimulator, useWebhooks } from '../harness/lifecycle';
import { ComnicaSimulator } from '../simulators/comnica';
import { identificationStateChange, recordSaved } from '../simulators/comnica/webhooks';
import type { RecordSaveReason } from '../simulators/comnica/webhooks';
import { comnicaCredential, payloadOf, requestsTo } from './setup';

const sim = useSimulator(new ComnicaSimulator());
const hooks = useWebhooks();

const SECRET = 'n8n-comnica-7c1f';

const stateChange = identificationStateChange();

const recordSave = (reason: RecordSaveReason) => recordSaved(reason, { record_id: 42, termination_id: 9, terminating_code: 'sale' });

async function publish(parameters: Record<string, unknown>, secret: ICredentialDataDecryptedObject | undefined = { apiKey: SECRET, apiKeyLocation: 'query', apiKeyName_query: 'token' }) {
	const e = await engine();
	const credentials: Record<string, { id: string | null; name: string }> = {};
	if (secret) credentials.comnicaWebhookApi = e.credentials.add('comnicaWebhookApi', secret);
	if (parameters.loadRecord) credentials.comnicaApi = await comnicaCredential(sim);
	return hooks.current.publish({ type: 'comnicaTrigger', parameters: parameters as never, credentials });
}

const post = (url: string, body: unknown, headers: Record<string, string> = {}) =>
	fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: typeof body === 'string' ? body : JSON.stringify(body) });

describe('Comnica Trigger', () => {
	test.each<RecordSaveReason>(['site.edit', 'operator.save', 'operator.termination'])('COM-W1 cc.record.save (%s) with the right secret starts the workflow', async (reason) => {
		const wf = await publish({ events: ['cc.record.save'] });
		const response = await post(`${wf.url()}?token=${SECRET}`, recordSave(reason));
		expect(response.status).toBe(200);
		expect(await response.json()).toEqual({ message: 'Workflow was started' });
		await wf.settled();
		expect(wf.executions).toHaveLength(1);
		expect(wf.executions[0].items[0].json).toEqual(recordSave(reason));
	});

	test('COM-W2 i12n.record.state.change (the manual\'s example) with the secret in a header', async () => {
		const wf = await publish(
			{ events: ['i12n.record.state.change'] },
			{ apiKey: SECRET, apiKeyLocation: 'header', apiKeyName_header: 'X-Comnica-Secret' },
		);
		const response = await post(wf.url(), stateChange, { 'X-Comnica-Secret': SECRET });
		expect(response.status).toBe(200);
		await wf.settled();
		expect(wf.executions.map((execution) => execution.items[0].json)).toEqual([stateChange]);
	});

	test.each([
		['a wrong secret', '?token=guess', {}],
		['no secret', '', {}],
		['the secret in the wrong place (a header instead of the query)', '', { 'X-Comnica-Secret': SECRET }],
		['the secret under another query name', `?secret=${SECRET}`, {}],
	])('COM-W1 with %s answers 401 and starts nothing', async (_case, query, headers) => {
		const wf = await publish({ events: ['cc.record.save', 'i12n.record.state.change'] });
		const response = await post(`${wf.url()}${query}`, recordSave('operator.save'), headers);
		expect(response.status).toBe(401);
		expect(await response.json()).toEqual({ message: 'Authorization required' });
		await wf.settled();
		expect(wf.executions).toHaveLength(0);
	});

	test('COM-W2 from an address outside the allow-list answers 403 and starts nothing', async () => {
		const wf = await publish({ events: ['i12n.record.state.change'] }, { apiKey: SECRET, apiKeyLocation: 'query', apiKeyName_query: 'token', allowedIps: '203.0.113.0/24' });
		const response = await post(`${wf.url()}?token=${SECRET}`, stateChange);
		expect(response.status).toBe(403);
		await wf.settled();
		expect(wf.executions).toHaveLength(0);

		const allowed = await publish({ events: ['i12n.record.state.change'] }, { allowedIps: '203.0.113.0/24, 127.0.0.1' });
		expect((await post(allowed.url(), stateChange)).status).toBe(200);
		await allowed.settled();
		expect(allowed.executions).toHaveLength(1);
	});

	test('COM-W1 events and reasons not selected are acknowledged without a run', async () => {
		const wf = await publish({ events: ['cc.record.save'], reasons: ['operator.termination'] });
		expect((await post(`${wf.url()}?token=${SECRET}`, recordSave('operator.save'))).status).toBe(200);
		expect((await post(`${wf.url()}?token=${SECRET}`, stateChange)).status).toBe(200);
		expect((await post(`${wf.url()}?token=${SECRET}`, recordSave('operator.termination'))).status).toBe(200);
		await wf.settled();
		expect(wf.executions.map((execution) => execution.items[0].json.event_reason)).toEqual(['operator.termination']);
	});

	test.each(['timeout', 'timeout_before_ready', 'review_timeout'])('COM-W2 i12n.record.state.change with reason %s passes a filter on that reason only', async (reason) => {
		const wf = await publish({ events: ['i12n.record.state.change'], reasons: [reason] });
		await post(`${wf.url()}?token=${SECRET}`, stateChange);
		await post(`${wf.url()}?token=${SECRET}`, identificationStateChange(reason));
		await wf.settled();
		expect(wf.executions.map((execution) => execution.items[0].json)).toEqual([{ ...stateChange, event_reason: reason }]);
	});

	test('COM-W2 reason "null" selects state changes without a reason', async () => {
		const wf = await publish({ events: ['i12n.record.state.change'], reasons: ['null'] });
		await post(`${wf.url()}?token=${SECRET}`, identificationStateChange('timeout'));
		await post(`${wf.url()}?token=${SECRET}`, stateChange);
		await wf.settled();
		expect(wf.executions.map((execution) => execution.items[0].json.event_reason)).toEqual([null]);
	});

	test('COM-W1 + COM-06 Load Full Record adds the record to the output', async () => {
		const wf = await publish({ events: ['cc.record.save'], loadRecord: true });
		const response = await post(`${wf.url()}?token=${SECRET}`, recordSave('operator.termination'));
		expect(response.status).toBe(200);
		await wf.settled();
		const item = wf.executions[0].items[0].json;
		expect(item.payload).toEqual(recordSave('operator.termination').payload);
		expect(item.record).toEqual({
			comments: sim.records[0].comments,
			contacts: sim.records[0].contacts,
			custom_data: { aaa: 'äää', bbb: 'ßßß', phone: '3611234567' },
			system_columns: sim.records[0].system_columns,
		});
		const loads = requestsTo(sim, '/integration/cc/record/load/v1');
		expect(loads).toHaveLength(1);
		expect(payloadOf(loads[0])).toEqual({ id: 42 });
	});

	test('COM-W1 Load Full Record when Comnica cannot be reached still runs, naming the endpoint', async () => {
		const e = await engine();
		const wf = hooks.current.publish({
			type: 'comnicaTrigger',
			parameters: { events: ['cc.record.save'], loadRecord: true },
			credentials: {
				comnicaWebhookApi: e.credentials.add('comnicaWebhookApi', { apiKey: SECRET, apiKeyLocation: 'query', apiKeyName_query: 'token' }),
				comnicaApi: e.credentials.add('comnicaApi', { baseUrl: 'http://127.0.0.1:9', username: 'api.user', password: 'comnica-secret', sessionKey: 'still-valid' }),
			},
		});
		expect((await post(`${wf.url()}?token=${SECRET}`, recordSave('operator.save'))).status).toBe(200);
		await wf.settled();
		expect(wf.executions[0].items[0].json).toMatchObject({
			record: null,
			recordError: 'Could not connect to Comnica for POST /integration/cc/record/load/v1 (connection refused)',
		});
	});

	test('COM-W1 Load Full Record of a missing record still runs, with the reason', async () => {
		const wf = await publish({ events: ['cc.record.save'], loadRecord: true });
		await post(`${wf.url()}?token=${SECRET}`, recordSaved('site.edit', { record_id: 5, termination_id: null, terminating_code: null }));
		await wf.settled();
		expect(wf.executions[0].items[0].json).toMatchObject({ record: null, recordError: 'Comnica refused the request: NOT_FOUND on field "id" (id=5)' });
	});

	test('a body that is not a Comnica webhook is refused with 400 (after the secret check)', async () => {
		const wf = await publish({ events: ['cc.record.save'] });
		expect((await post(`${wf.url()}?token=${SECRET}`, { hello: 'world' })).status).toBe(400);
		expect((await post(`${wf.url()}?token=${SECRET}`, '{"event": truncated')).status).toBe(422);
		expect((await post(`${wf.url()}?token=nope`, { hello: 'world' })).status).toBe(401);
		await wf.settled();
		expect(wf.executions).toHaveLength(0);
	});

	test('the webhook credential\'s Test validates the settings', async () => {
		const e = await engine();
		expect(await e.testCredential('comnicaWebhookApi', { apiKey: SECRET, apiKeyLocation: 'query', apiKeyName_query: 'token' })).toEqual({
			status: 'OK',
			message: 'Settings are valid; requests are checked against them',
		});
		expect((await e.testCredential('comnicaWebhookApi', { allowedIps: '10.0.0.0/33' })).message).toContain('"10.0.0.0/33"');
		expect((await e.testCredential('comnicaWebhookApi', {})).message).toContain('Nothing is checked');
	});

	test('COM-W1 a body nested deeper than 32 levels is answered 400 and starts nothing', async () => {
		const wf = await publish({ events: ['cc.record.save'] });
		const nestedIn = (depth: number) => `${JSON.stringify(recordSave('site.edit')).slice(0, -1)},"nested":${'['.repeat(depth - 1)}${']'.repeat(depth - 1)}}`;
		const deep = await post(`${wf.url()}?token=${SECRET}`, nestedIn(5000));
		expect(deep.status).toBe(400);
		expect(await deep.json()).toEqual({ message: 'Expected a Comnica webhook: this body nests deeper than 32 levels' });
		expect((await post(`${wf.url()}?token=${SECRET}`, nestedIn(33))).status).toBe(400);
		const deepest = await post(`${wf.url()}?token=${SECRET}`, nestedIn(32));
		expect(deepest.status).toBe(200);
		await wf.settled();
		expect(wf.executions).toHaveLength(1);
	});
});
