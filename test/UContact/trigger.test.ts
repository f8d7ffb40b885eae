import type { ICredentialDataDecryptedObject, INodeParameters } from 'n8n-workflow';

import { engine } from '../harness/engine';
import { useWebhooks } from '../harness/lifecycle';
import { notifications } from '../simulators/ucontact/webhooks';
import type { NotificationEvent } from '../simulators/ucontact/webhooks';

const hooks = useWebhooks();

const SECRET = 'uc-hook-5e21b9';

const ALL = Object.keys(notifications);

async function publish(parameters: INodeParameters, secret: ICredentialDataDecryptedObject | null = { apiKey: SECRET, apiKeyLocation: 'query', apiKeyName_query: 'token' }) {
	const e = await engine();
	const credentials = secret ? { uContactWebhookApi: e.credentials.add('uContactWebhookApi', secret) } : undefined;
	return hooks.current.publish({ type: 'uContactTrigger', parameters, credentials });
}

const post = (url: string, body: unknown, headers: Record<string, string> = {}) =>
	fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: typeof body === 'string' ? body : JSON.stringify(body) });

describe('uContact Trigger', () => {
	test.each(ALL)('UC-W1 %s with the secret in the query starts the workflow with the notification', async (name) => {
		const body = notifications[name as NotificationEvent];
		const wf = await publish({ events: ALL });
		const response = await post(`${wf.url()}?token=${SECRET}`, body);
		expect(response.status).toBe(200);
		expect(await response.json()).toEqual({ message: 'Workflow was started' });
		await wf.settled();
		expect(wf.executions).toHaveLength(1);
		expect(wf.executions[0].items.map((item) => item.json)).toEqual([body]);
	});

	test('UC-W1 the event filter ignores other events without an execution', async () => {
		const wf = await publish({ events: ['FinishInteraction'] });
		const ignored = await post(`${wf.url()}?token=${SECRET}`, notifications.AgentBreak);
		expect(ignored.status).toBe(200);
		expect(await ignored.json()).toEqual({ message: 'Event received and ignored by this workflow' });
		await post(`${wf.url()}?token=${SECRET}`, notifications.FinishInteraction);
		await wf.settled();
		expect(wf.executions.map((execution) => execution.items[0].json.event)).toEqual(['FinishInteraction']);
	});

	test('UC-W1 the campaign option keeps events of other campaigns out; events without a campaign pass', async () => {
		const wf = await publish({ events: ALL, options: { campaigns: 'Soporte<-, Cobranzas->' } });
		for (const body of [notifications.FinishInteraction, notifications.AgentRingNoAnswer, notifications.AgentLog]) {
			await post(`${wf.url()}?token=${SECRET}`, body);
		}
		await wf.settled();
		expect(wf.executions.map((execution) => execution.items[0].json.event)).toEqual(['AgentRingNoAnswer', 'AgentLog']);
	});

	test('UC-W1 the secret in a header', async () => {
		const wf = await publish({ events: ALL }, { apiKey: SECRET, apiKeyLocation: 'header', apiKeyName_header: 'X-UContact-Secret' });
		const response = await post(wf.url(), notifications.AgentLog, { 'X-UContact-Secret': SECRET });
		expect(response.status).toBe(200);
		await wf.settled();
		expect(wf.executions).toHaveLength(1);
	});

	test.each([
		['a wrong secret', '?token=guess'],
		['no secret', ''],
	])('UC-W1 %s is answered 401 and starts nothing', async (_case, query) => {
		const wf = await publish({ events: ALL });
		const response = await post(`${wf.url()}${query}`, notifications.FinishInteraction);
		expect(response.status).toBe(401);
		expect(await response.json()).toEqual({ message: 'Authorization required' });
		await wf.settled();
		expect(wf.executions).toHaveLength(0);
	});

	test('UC-W1 a sender outside the IP allow-list gets 403 and starts nothing; an allowed one passes', async () => {
		const blocked = await publish({ events: ALL }, { allowedIps: '203.0.113.0/24' });
		const response = await post(blocked.url(), notifications.AgentLog);
		expect(response.status).toBe(403);
		await blocked.settled();
		expect(blocked.executions).toHaveLength(0);

		const allowed = await publish({ events: ALL }, { allowedIps: '203.0.113.0/24, 127.0.0.1' });
		expect((await post(allowed.url(), notifications.AgentLog)).status).toBe(200);
		await allowed.settled();
		expect(allowed.executions).toHaveLength(1);
	});

	test('UC-W1 a body that is not a notification is answered 400', async () => {
		const wf = await publish({ events: ALL }, null);
		const response = await post(wf.url(), { hello: 'world' });
		expect(response.status).toBe(400);
		expect(await response.json()).toEqual({ message: 'Expected a uContact webhook notification: a JSON body with event and date' });
		await wf.settled();
		expect(wf.executions).toHaveLength(0);
	});

	test('the webhook credential Test checks its settings', async () => {
		const e = await engine();
		expect(await e.testCredential('uContactWebhookApi', { apiKey: SECRET, apiKeyLocation: 'query', apiKeyName_query: 'token' })).toEqual({
			status: 'OK',
			message: 'Settings are valid; requests are checked against them',
		});
		expect((await e.testCredential('uContactWebhookApi', { allowedIps: 'not-an-ip' })).status).toBe('Error');
	});

	test('UC-W1 a body nested thousands of levels deep is answered 400 and starts nothing', async () => {
		const wf = await publish({ events: ALL });
		const body = `${JSON.stringify(notifications.AgentLog).slice(0, -1)},"nested":${'['.repeat(5000)}${']'.repeat(5000)}}`;
		const response = await post(`${wf.url()}?token=${SECRET}`, body);
		expect(response.status).toBe(400);
		expect(await response.json()).toEqual({ message: 'Expected a uContact webhook notification: this body nests deeper than 32 levels' });
		await wf.settled();
		expect(wf.executions).toHaveLength(0);
	});
});
