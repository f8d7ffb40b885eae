/**
 * Comnica in a real n8n 2.41: the package installed as a community package, credentials stored
 * and encrypted by n8n, workflows run by n8n's CLI or started through production webhook URLs,
 * results read back through n8n's public API and the simulator's request log.
 */
import { COMNICA_WEBHOOK_SECRET } from '../scripts/lib/demoCredentials';
import { identificationStateChange, recordSaved } from '../test/simulators/comnica/webhooks';
import { COMNICA_HEADER_SECRET } from './fixtures/e2eCredentials';
import { executions, finishedExecutions, imported, MANUAL_MODE, output, post, runManually, workflow } from './support/e2eN8n';
import { simulator } from './support/simulatorControl';

const GET_RECORD = 'exComnicaGetRec1';
const RECORD_SAVED = 'exComnicaSaved01';
const IDENTIFICATION = 'e2eComnicaIdent1';
const IP_ONLY = 'e2eComnicaIpOnly';

const comnica = simulator('comnica');
const ucontact = simulator('ucontact');
const describeIf = imported(GET_RECORD) ? describe : describe.skip;

function webhookUrl(workflowId: string): string {
	return Object.values(workflow(workflowId).webhooks)[0];
}

/** Tomorrow's date where n8n runs (it takes GENERIC_TIMEZONE from this machine too). */
function tomorrow(): string {
	return new Date(Date.now() + 86_400_000).toLocaleDateString('en-CA', { timeZone: process.env.GENERIC_TIMEZONE });
}

describeIf('Comnica in a real n8n', () => {
	test('COM-06 Get Record run twice from its Manual Trigger: one login, the session key n8n stored is reused', async () => {
		// Whatever key n8n holds now stops working: the first run must log in again (401 → preAuthentication).
		await comnica.control('expire-sessions');
		await comnica.clearLog();
		const before = (await executions(GET_RECORD)).length;

		await runManually(GET_RECORD);
		await runManually(GET_RECORD);

		const logins = await comnica.requests('/new_session');
		const loads = (await comnica.requests('/integration/cc/record/load/v1')).filter((request) => request.status === 200);
		expect(logins).toHaveLength(1);
		expect(loads).toHaveLength(2);
		// Two separate n8n processes sent the same key: the second read it from n8n's database.
		expect(loads[0].basic?.user).toBe('api.user');
		expect(loads[1].basic?.password).toBe(loads[0].basic?.password);
		expect(JSON.parse(loads[1].rawBody)).toMatchObject({ payload: { id: 42 } });

		const runs = await finishedExecutions(GET_RECORD, before + 2);
		const latest = runs.slice(before);
		expect(latest.map((execution) => [execution.mode, execution.status])).toEqual([
			[MANUAL_MODE, 'success'],
			[MANUAL_MODE, 'success'],
		]);
		const [record] = output(latest[1], 'Get Record');
		expect(record).toMatchObject({
			contacts: [
				{ contact: '3611234567', priority: 1 },
				{ contact: '3619876543', priority: 2 },
			],
			custom_data: { aaa: 'äää', bbb: 'ßßß', phone: '3611234567' },
			system_columns: { id: 42, project_id: 9 },
		});
		expect(record.comments).toHaveLength(2);
	});

	test('COM-W1 cc.record.save at the production URL: the example loads the record (COM-06) and schedules a uContact callback (UC-11)', async () => {
		await comnica.clearLog();
		await ucontact.clearLog();
		const before = (await executions(RECORD_SAVED)).length;

		const answer = await post(webhookUrl(RECORD_SAVED), recordSaved(), { query: { token: COMNICA_WEBHOOK_SECRET } });

		expect(answer.status).toBe(200);
		expect(answer.body).toEqual({ message: 'Workflow was started' });
		const [execution] = (await finishedExecutions(RECORD_SAVED, before + 1)).slice(before);
		expect(execution).toMatchObject({ mode: 'webhook', status: 'success' });
		const [event] = output(execution, 'Record Saved in Comnica');
		expect(event).toMatchObject({ ...recordSaved(), record: { contacts: [{ contact: '3655555123', name: 'Kovács Anna' }] } });
		const loads = await comnica.requests('/integration/cc/record/load/v1');
		expect(loads.map((request) => JSON.parse(request.rawBody).payload)).toEqual([{ id: 14396 }]);

		// uContact's dialer got the call for tomorrow 10:00 (n8n's time zone), tagged with the record.
		const calldate = `${tomorrow()} 10:00:00`;
		const schedules = (await ucontact.requests('/Integra/resources/Dialers/ScheduleDialerCall')).filter((request) => request.status === 200);
		expect(schedules).toHaveLength(1);
		expect(JSON.parse(new URLSearchParams(schedules[0].rawBody).get('callschedule')!)).toEqual({
			calldate,
			campaign: 'Ventas->',
			destination: '3655555123',
			alternatives: '',
			agentphone: '',
			data: 'comnica_record=14396:outcome=bye',
		});
		expect(output(execution, 'Schedule uContact Callback')).toEqual([
			{ success: true, result: '1', campaign: 'Ventas->', destination: '3655555123', calldate },
		]);
	});

	test('COM-W1 a reason the workflow does not listen to is answered and starts nothing', async () => {
		const before = (await executions(RECORD_SAVED)).length;

		const answer = await post(
			webhookUrl(RECORD_SAVED),
			recordSaved('site.edit'),
			{ query: { token: COMNICA_WEBHOOK_SECRET } },
		);

		expect(answer.status).toBe(200);
		expect(answer.body).toEqual({ message: 'Event received and ignored by this workflow' });
		await expectNoNewExecution(RECORD_SAVED, before);
	});

	test('COM-W1 a wrong or missing secret is refused with 401 and starts nothing', async () => {
		const before = (await executions(RECORD_SAVED)).length;

		const wrong = await post(webhookUrl(RECORD_SAVED), recordSaved(), { query: { token: 'not-the-secret' } });
		const missing = await post(webhookUrl(RECORD_SAVED), recordSaved());
		const inHeaderInstead = await post(webhookUrl(RECORD_SAVED), recordSaved(), {
			headers: { 'X-Comnica-Secret': COMNICA_WEBHOOK_SECRET },
		});

		for (const answer of [wrong, missing, inHeaderInstead]) {
			expect(answer.status).toBe(401);
			expect(answer.body).toEqual({ message: 'Authorization required' });
		}
		await expectNoNewExecution(RECORD_SAVED, before);
	});

	test('COM-W2 i12n.record.state.change (the manual example) with the secret in a header', async () => {
		const before = (await executions(IDENTIFICATION)).length;

		const refused = await post(webhookUrl(IDENTIFICATION), identificationStateChange(), { headers: { 'X-Comnica-Secret': 'wrong' } });
		const accepted = await post(webhookUrl(IDENTIFICATION), identificationStateChange(), {
			headers: { 'X-Comnica-Secret': COMNICA_HEADER_SECRET },
		});

		expect(refused.status).toBe(401);
		expect(accepted.status).toBe(200);
		const runs = (await finishedExecutions(IDENTIFICATION, before + 1)).slice(before);
		expect(runs).toHaveLength(1);
		expect(output(runs[0], 'Comnica Trigger')).toEqual([identificationStateChange()]);
	});

	test('COM-W1 a sender outside the allowed IP addresses is refused with 403 and starts nothing', async () => {
		const before = (await executions(IP_ONLY)).length;

		const answer = await post(webhookUrl(IP_ONLY), recordSaved());

		expect(answer.status).toBe(403);
		expect(answer.body).toEqual({ message: 'Sender address is not allowed' });
		await expectNoNewExecution(IP_ONLY, before);
	});
});

/**
 * A refused or ignored request is answered before n8n could start anything; a later accepted
 * request to the same instance proves n8n processed it, so nothing else is still on its way.
 */
async function expectNoNewExecution(workflowId: string, before: number): Promise<void> {
	const probeBefore = (await executions(IDENTIFICATION)).length;
	const probe = await post(webhookUrl(IDENTIFICATION), identificationStateChange(), {
		headers: { 'X-Comnica-Secret': COMNICA_HEADER_SECRET },
	});
	expect(probe.status).toBe(200);
	await finishedExecutions(IDENTIFICATION, probeBefore + 1);
	expect(await executions(workflowId)).toHaveLength(before);
}
