/**
 * uContact in a real n8n 2.41: the portal's webhook notification at the trigger's production URL
 * (UC-W1), the Integra API through the credential n8n stores (UC-00 session token) and a dialer
 * task (UC-12), read back through n8n's public API and the simulator's request log.
 */
import { UCONTACT_WEBHOOK_SECRET } from '../scripts/lib/demoCredentials';
import { notifications } from '../test/simulators/ucontact/webhooks';
import { executions, finishedExecutions, imported, output, post, workflow } from './support/e2eN8n';
import type { Execution } from './support/e2eN8n';
import { simulator } from './support/simulatorControl';
import type { LoggedRequest } from './support/simulatorControl';

const RING_NO_ANSWER = 'exUContactRing01';
const DIALER_TASK = '/Integra/resources/Dialers/DialerTask';
const LOGIN = '/Integra/resources/auth/getUserToken';

const ucontact = simulator('ucontact');
const describeIf = imported(RING_NO_ANSWER) ? describe : describe.skip;

function webhookUrl(): string {
	return Object.values(workflow(RING_NO_ANSWER).webhooks)[0];
}

async function notify(body: unknown, query: Record<string, string> = { token: UCONTACT_WEBHOOK_SECRET }) {
	return await post(webhookUrl(), body, { query });
}

/** The executions that finished after `before`, once `count` have. */
async function newRuns(before: number, count: number): Promise<Execution[]> {
	return (await finishedExecutions(RING_NO_ANSWER, before + count)).slice(before);
}

function taskOf(request: LoggedRequest): Record<string, unknown> {
	return JSON.parse(new URLSearchParams(request.rawBody).get('call')!) as Record<string, unknown>;
}

describeIf('uContact in a real n8n', () => {
	test('UC-W1 AgentRingNoAnswer: refused without the secret (401, no execution), then UC-12 a click-to-call task for the agent', async () => {
		await ucontact.clearLog();
		const before = (await executions(RING_NO_ANSWER)).length;

		const wrong = await notify(notifications.AgentRingNoAnswer, { token: 'not-the-secret' });
		const missing = await notify(notifications.AgentRingNoAnswer, {});
		const inHeaderInstead = await post(webhookUrl(), notifications.AgentRingNoAnswer, { headers: { 'X-UContact-Secret': UCONTACT_WEBHOOK_SECRET } });
		const accepted = await notify(notifications.AgentRingNoAnswer);

		for (const refused of [wrong, missing, inHeaderInstead]) {
			expect(refused.status).toBe(401);
			expect(refused.body).toEqual({ message: 'Authorization required' });
		}
		expect(accepted.status).toBe(200);
		expect(accepted.body).toEqual({ message: 'Workflow was started' });
		const runs = await newRuns(before, 1);
		expect(runs).toHaveLength(1);
		expect(runs[0]).toMatchObject({ mode: 'webhook', status: 'success' });
		expect(output(runs[0], 'Agent Did Not Answer')).toEqual([notifications.AgentRingNoAnswer]);
		expect(output(runs[0], 'Callback Task for the Agent')).toEqual([
			{ success: true, result: '1', campaign: 'Soporte<-', destination: '098344484', calldate: null, agent: 'mrodriguez' },
		]);

		const tasks = (await ucontact.requests(DIALER_TASK)).filter((request) => request.status === 200);
		expect(tasks.map(taskOf)).toEqual([
			{
				calldate: null,
				campaign: 'Soporte<-',
				destination: '098344484',
				alternatives: '',
				agent: 'mrodriguez',
				data: '',
				source: 'missed call',
				bulk: false,
				automatic: false,
			},
		]);
		// Still one execution: the refused requests started nothing.
		expect(await executions(RING_NO_ANSWER)).toHaveLength(before + 1);
	});

	test('UC-00 the session token n8n stored is reused by the next execution: two notifications, one login', async () => {
		// Whatever token n8n holds stops working: the first run must log in again (401 → preAuthentication).
		await ucontact.control('expire-sessions');
		await ucontact.clearLog();
		const before = (await executions(RING_NO_ANSWER)).length;

		await notify(notifications.AgentRingNoAnswer);
		await newRuns(before, 1);
		await notify({ ...notifications.AgentRingNoAnswer, date: '2024-05-02 10:41:17', callerIdNum: '099124484' });
		const runs = await newRuns(before, 2);

		expect(runs.map((execution) => execution.status)).toEqual(['success', 'success']);
		const logins = await ucontact.requests(LOGIN);
		const tasks = (await ucontact.requests(DIALER_TASK)).filter((request) => request.status === 200);
		expect(logins).toHaveLength(1);
		expect(tasks.map((request) => taskOf(request).destination)).toEqual(['098344484', '099124484']);
		// The second execution sent the token the first one obtained, read from n8n's database.
		expect(tasks[1].headers.authorization).toBe(tasks[0].headers.authorization);
		expect(tasks[0].headers.authorization).toMatch(/^Basic \S+$/);
	});

	test('UC-W1 an event the workflow does not listen to is answered and starts nothing', async () => {
		const before = (await executions(RING_NO_ANSWER)).length;

		const ignored = await notify(notifications.AgentLog);
		const accepted = await notify(notifications.AgentRingNoAnswer);

		expect(ignored).toMatchObject({ status: 200, body: { message: 'Event received and ignored by this workflow' } });
		expect(accepted.status).toBe(200);
		const runs = await newRuns(before, 1);
		expect(runs).toHaveLength(1);
		expect(output(runs[0], 'Agent Did Not Answer')[0].event).toBe('AgentRingNoAnswer');
	});
});
