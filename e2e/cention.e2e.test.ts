/**
 * Cention in a real n8n 2.41: the manual's callback sample at the trigger's production URL
 * (CEN-W1, secret in meta.api_secret), and what the example makes of it in Comnica (record list
 * COM-10, update COM-08), read back through n8n's public API and the simulators' request logs.
 */
import { CENTION_CALLBACK_SECRET } from '../scripts/lib/demoCredentials';
import { centionCallback, postCentionCallback } from './exampleTriggers';
import { executions, finishedExecutions, imported, output, workflow } from './support/e2eN8n';
import { simulator } from './support/simulatorControl';

const ANSWERED = 'exCentionAnswer1';

const comnica = simulator('comnica');
const describeIf = imported(ANSWERED) ? describe : describe.skip;

function webhookUrl(): string {
	return Object.values(workflow(ANSWERED).webhooks)[0];
}

function payloadsOf(requests: Array<{ rawBody: string }>): unknown[] {
	return requests.map((request) => (JSON.parse(request.rawBody) as { payload: unknown }).payload);
}

describeIf('Cention in a real n8n', () => {
	test('CEN-W1 errand answered: refused without the Secret Key (401, no execution), then noted on the customer\'s Comnica record', async () => {
		await comnica.clearLog();
		const before = (await executions(ANSWERED)).length;
		const withoutSecret = centionCallback();
		delete withoutSecret.meta;

		const wrong = await postCentionCallback(webhookUrl(), centionCallback('not-the-secret'));
		const missing = await postCentionCallback(webhookUrl(), withoutSecret);
		const accepted = await postCentionCallback(webhookUrl(), centionCallback());

		for (const refused of [wrong, missing]) {
			expect(refused.status).toBe(401);
			expect(refused.body).toEqual({ message: 'Authorization required' });
		}
		expect(accepted).toMatchObject({ status: 200, body: { message: 'Workflow was started' } });
		const runs = (await finishedExecutions(ANSWERED, before + 1)).slice(before);
		expect(runs).toHaveLength(1);
		expect(runs[0]).toMatchObject({ mode: 'webhook', status: 'success' });

		const [errand] = output(runs[0], 'Errand Answered in Cention');
		expect(errand).toMatchObject({
			event: 1,
			eventName: 'answerErrand',
			errandId: '2256',
			answer: { response: { subject: 'Creating test errand via API', to: [{ email_address: 'david.liew@test.se', name: 'David Liew' }] } },
		});
		expect(JSON.stringify(runs[0].data)).not.toContain(CENTION_CALLBACK_SECRET);

		// COM-10 finds David Liew's key-account record by the answer's address; COM-08 notes the errand on it.
		const lists = await comnica.requests('/integration/cc/record/list/v1');
		expect(payloadsOf(lists)).toEqual([
			expect.objectContaining({
				filters: [
					{ name: 'project', type: 'select', condition: 40 },
					{ name: 'email', type: 'string', condition: 'david.liew@test.se' },
				],
				limit: 1,
			}),
		]);
		expect(output(runs[0], 'Find Customer in Comnica')).toEqual([{ id: 14411, company: 'Nyírségi Pékség Bt.', email: 'david.liew@test.se' }]);
		const updates = await comnica.requests('/integration/cc/record/update/v1');
		expect(payloadsOf(updates)).toEqual([
			{ id: 14411, custom_data: { last_errand: '2256', last_answer: 'Creating test errand via API' } },
		]);
		expect(updates[0].status).toBe(200);
		expect(await executions(ANSWERED)).toHaveLength(before + 1);
	});

	test('CEN-W1 an event the workflow does not listen to is answered and starts nothing', async () => {
		const before = (await executions(ANSWERED)).length;

		const other = await postCentionCallback(webhookUrl(), answeredWithEvent(2));
		const accepted = await postCentionCallback(webhookUrl(), centionCallback());

		expect(other).toMatchObject({ status: 200, body: { message: 'Event received and ignored by this workflow' } });
		expect(accepted.status).toBe(200);
		const runs = (await finishedExecutions(ANSWERED, before + 1)).slice(before);
		expect(runs).toHaveLength(1);
		expect(output(runs[0], 'Errand Answered in Cention')[0].event).toBe(1);
	});
});

function answeredWithEvent(event: number): Record<string, unknown> {
	const callback = centionCallback() as { data: { attributes: { event: number } } };
	callback.data.attributes.event = event;
	return callback;
}
