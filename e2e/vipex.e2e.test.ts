/**
 * VIPeX in a real n8n 2.41: the demo PBX (test/simulators/vipex, VipexPbx) calls the published
 * examples the way its API client connections do — data query (VPX-W1), incoming-call
 * notification (VPX-W2), end-of-call data with recordings (VPX-W3) — with the demo credential's
 * Basic auth or wrong/missing credentials (VPX-A1). What the workflows did in Comnica and Cention
 * is read from the simulators' request logs, the runs from n8n's public API.
 */
import { VIPEX_BASIC_AUTH } from '../scripts/lib/demoCredentials';
import { waitFor } from '../scripts/lib/wait';
import { client, executions, finishedExecutions, imported, output, state, workflow } from './support/e2eN8n';
import type { Execution } from './support/e2eN8n';
import { pbx } from './support/vipexPbx';
import { simulator } from './support/simulatorControl';
import type { LoggedRequest } from './support/simulatorControl';

const ROUTING = 'exVipexRouting01';
const CALL_CARD = 'exVipexCallCard1';
const END_OF_CALL = 'exVipexEndCall01';
const ANSWER = 'e2eVipexAnswer01';

const comnica = simulator('comnica');
const cention = simulator('cention');
const describeIf = [ROUTING, CALL_CARD, END_OF_CALL, ANSWER].every(imported) ? describe : describe.skip;
const WRONG_PASSWORD = { user: VIPEX_BASIC_AUTH.user, password: 'not-the-password' };

function webhookUrl(workflowId: string): string {
	return Object.values(workflow(workflowId).webhooks)[0];
}

async function newRuns(workflowId: string, before: number, count = 1): Promise<Execution[]> {
	return (await finishedExecutions(workflowId, before + count)).slice(before);
}

function body(request: LoggedRequest): Record<string, unknown> {
	return JSON.parse(request.rawBody) as Record<string, unknown>;
}

describeIf('VIPeX in a real n8n', () => {
	test('VPX-W1 VPX-A1 data query by GET: wrong or missing Basic auth gets 401 and starts nothing; the caller known in Comnica (COM-10) is routed to the account manager\'s extension', async () => {
		await comnica.clearLog();
		const url = webhookUrl(ROUTING);
		const before = (await executions(ROUTING)).length;

		const wrong = await pbx().call({ url, method: 'GET', basic: WRONG_PASSWORD }, { event: 'dataQuery' });
		const missing = await pbx().call({ url, method: 'GET', basic: undefined }, { event: 'dataQuery' });
		const answer = await pbx().call({ url, method: 'GET' }, { event: 'dataQuery' });

		for (const refused of [wrong, missing]) {
			expect(refused.status).toBe(401);
			expect(refused.json).toEqual({ message: 'Authorization required' });
		}
		// What the call flow routes by: the answer the PBX waited for.
		expect(answer.status).toBe(200);
		expect(answer.json).toEqual({ route: 'account_manager', extension: '201', customer: 'Kovács és Társa Kft.', account_manager: 'Szabó Éva' });
		const runs = await newRuns(ROUTING, before);
		expect(runs).toHaveLength(1);
		expect(runs[0]).toMatchObject({ mode: 'webhook', status: 'success' });
		expect(output(runs[0], 'PBX Asks Where to Route')).toEqual([
			{
				id: 91000,
				start_time: '2019-12-02 12:46:17',
				start_time_iso: '2019-12-02T12:46:17+01:00',
				src: '36709676052',
				dst: '3619996000',
				exten: '252',
				vipex: { event: 'dataQuery', method: 'GET' },
			},
		]);
		const lists = await comnica.requests('/integration/cc/record/list/v1');
		expect(lists.map((request) => (body(request).payload as { filters: unknown }).filters)).toEqual([
			[
				{ name: 'project', type: 'select', condition: 40 },
				{ name: 'phone', type: 'string', condition: '36709676052' },
			],
		]);
		expect(await executions(ROUTING)).toHaveLength(before + 1);
	});

	test('VPX-W1 a caller Comnica does not know is sent to the queue (extension 200)', async () => {
		const before = (await executions(ROUTING)).length;

		const answer = await pbx().call({ url: webhookUrl(ROUTING), method: 'POST' }, { event: 'dataQuery', call: { src: '3612345678', exten: null } });

		expect(answer.status).toBe(200);
		expect(answer.json).toEqual({ route: 'queue', extension: '200', customer: '', account_manager: '' });
		const [run] = await newRuns(ROUTING, before);
		expect(run.status).toBe('success');
		expect(output(run, 'PBX Asks Where to Route')[0]).toMatchObject({ src: '3612345678', vipex: { event: 'dataQuery', method: 'POST' } });
	});

	test('VPX-W1 the trigger builds the answer itself, no Respond to Webhook node: one field as text/plain, with the status code and header of its Answer options', async () => {
		const url = webhookUrl(ANSWER);
		const before = (await executions(ANSWER)).length;

		const answer = await pbx().call({ url, method: 'GET' }, { event: 'dataQuery', call: { exten: null } });
		// The PBX reports no headers: the same query once more, straight to n8n.
		const direct = await fetch(`${url}?id=91001&start_time=2019-12-02+12%3A50%3A00&src=3612345678&dst=3619996000`, {
			headers: { Authorization: `Basic ${Buffer.from(`${VIPEX_BASIC_AUTH.user}:${VIPEX_BASIC_AUTH.password}`).toString('base64')}` },
		});

		expect(answer).toMatchObject({ status: 202, text: '201' });
		expect(direct.status).toBe(202);
		expect(direct.headers.get('content-type')).toMatch(/^text\/plain/);
		expect(direct.headers.get('x-route')).toBe('by-caller');
		expect(await direct.text()).toBe('200');
		const runs = await newRuns(ANSWER, before, 2);
		expect(runs.map((run) => run.status)).toEqual(['success', 'success']);
		expect(output(runs[0], 'Pick the Extension')).toEqual([{ extension: '201', call: 91000 }]);
	});

	test('VPX-W1 n8n\'s current Respond to Webhook node behind the VIPeX Trigger: the trigger refuses to be published, with its message, and nothing listens', async () => {
		const n8n = client();
		const created = await n8n.api<{ id: string }>('POST', '/workflows', {
			name: 'e2e: VIPeX data query with a Respond to Webhook node (refused)',
			nodes: [
				{
					id: '6e7f8091-2b3c-4d4e-9f00-e2e0c0a1e001',
					name: 'PBX Asks Where to Route',
					type: 'n8n-nodes-contact-center.vipexTrigger',
					typeVersion: 1,
					position: [0, 0],
					webhookId: '6e7f8091-2b3c-4d4e-9f00-e2e0c0a1e0a1',
					parameters: { event: 'dataQuery', answerOptions: {}, options: {} },
				},
				{
					id: '6e7f8091-2b3c-4d4e-9f00-e2e0c0a1e002',
					name: 'Respond to Webhook',
					type: 'n8n-nodes-base.respondToWebhook',
					typeVersion: 1.5,
					position: [260, 0],
					parameters: { respondWith: 'text', responseBody: '201', options: {} },
				},
			],
			connections: { 'PBX Asks Where to Route': { main: [[{ node: 'Respond to Webhook', type: 'main', index: 0 }]] } },
			settings: { executionOrder: 'v1' },
		});

		// n8n 2.41 publishes in the background: the refusal is the trigger's publication status.
		await n8n.publish(created.id);
		await n8n.login();
		let publication: { status: string; triggers: Array<{ status: string; errorMessage: string | null }> } | undefined;
		await waitFor(async () => {
			publication = (await n8n.rest('GET', `/workflows/${created.id}/publication-status`)) as typeof publication;
			return publication!.status !== 'in_progress' && publication!.status !== 'not_published';
		}, 30_000);

		expect(publication).toMatchObject({
			status: 'failed',
			triggers: [{ status: 'failed', errorMessage: '"Respond to Webhook" cannot answer the VIPeX PBX: remove it' }],
		});
		const answer = await fetch(`${state().url}/webhook/6e7f8091-2b3c-4d4e-9f00-e2e0c0a1e0a1/vipex?id=1`);
		expect(answer.status).toBe(404);
		await n8n.api('POST', `/workflows/${created.id}/unpublish`, {});
	});

	test('VPX-W2 incoming call notification by POST: the caller is put on a Cention contact card (CEN-10)', async () => {
		await cention.clearLog();
		const url = webhookUrl(CALL_CARD);
		const before = (await executions(CALL_CARD)).length;

		const refused = await pbx().call({ url, method: 'POST', basic: WRONG_PASSWORD }, { event: 'notification' });
		const answer = await pbx().call({ url, method: 'POST' }, { event: 'notification', call: { src: '36301234576' } });

		expect(refused.status).toBe(401);
		expect(answer).toMatchObject({ status: 200, json: { message: 'Notification received' } });
		const runs = await newRuns(CALL_CARD, before);
		expect(runs).toHaveLength(1);
		expect(runs[0].status).toBe('success');
		expect(output(runs[0], 'VIPeX Incoming Call')[0]).toMatchObject({
			src: '36301234576',
			exten: '252',
			vipex: { event: 'incomingCall', method: 'POST', moment: 'extensionRingingOrAnswered' },
		});
		const cards = (await cention.requests('/s/demo/capi/json/c3_contact_cards')).filter((request) => (request.status ?? 0) < 300);
		expect(cards.map((request) => (body(request).data as { attributes: unknown }).attributes)).toEqual([{ contacts: { voice: ['+36301234576'] } }]);
		expect(output(runs[0], 'Add Caller to Cention Contacts')[0]).toMatchObject({ contacts: { voice: ['+36301234576'] } });
	});

	test('VPX-W3 end of call (outgoing 76355) answered too late for the PBX: its resend is ignored, one Cention errand (CEN-02) carries the recording byte for byte', async () => {
		await cention.clearLog();
		const url = webhookUrl(END_OF_CALL);
		const before = (await executions(END_OF_CALL)).length;

		const refused = await pbx().endOfCall({ url, basic: WRONG_PASSWORD, maxAttempts: 1 }, { example: 'outgoing' });
		// The PBX counts n8n's first answer as late and sends the same call again.
		const delivery = await pbx().endOfCall({ url }, { example: 'outgoing', lostAnswers: 1 });

		expect(refused).toMatchObject({ delivered: false, attempts: [{ answer: { status: 401 } }] });
		expect(delivery.delivered).toBe(true);
		expect(delivery.attempts.map((attempt) => attempt.answer?.json)).toEqual([
			{ message: 'Call data received' },
			{ message: 'Call 76355 was already received; this repeated delivery is ignored' },
		]);
		const runs = await newRuns(END_OF_CALL, before);
		expect(runs).toHaveLength(1);
		expect(runs[0].status).toBe('success');
		const [call] = output(runs[0], 'VIPeX Call Ended');
		expect(call).toMatchObject({ id: 76355, direction_label: 'outgoing', monitor_file_binary: 'recording' });
		expect(call).not.toHaveProperty('monitor_file');

		const sent = (await pbx().sent()).filter((request) => request.url === url);
		const recording = Buffer.from((JSON.parse(sent.at(-1)!.body!) as { monitor_file: string }).monitor_file, 'base64');
		const errands = (await cention.requests('/s/demo/capi/json/c3_new_errands')).filter((request) => request.status === 201);
		expect(errands).toHaveLength(1);
		const attributes = (body(errands[0]).data as { attributes: Record<string, unknown> }).attributes;
		const msg = attributes.msg as { from: string; subject: string; body: string; attachments: Array<{ name: string; content_type: string; content: string }> };
		expect(msg.from).toBe('36301234576');
		expect(msg.subject).toBe('Call to 36301234576 on 2019-12-03 11:41:56');
		expect(msg.body).toContain('VIPeX call 76355 (outgoing), 3 s talk time, answered at extension 1102.');
		expect(attributes.extradata).toEqual({ vipex_call_id: 76355 });
		expect(msg.attachments).toHaveLength(1);
		expect(msg.attachments[0]).toMatchObject({ name: '76355_vipexexten_demo_vipex_1102_36301234576.mp3', content_type: 'audio/wav' });
		expect(Buffer.from(msg.attachments[0].content, 'base64').equals(recording)).toBe(true);
		expect(recording.subarray(0, 4).toString('latin1')).toBe('RIFF');
		expect(output(runs[0], 'Create Cention Errand')[0]).toMatchObject({ type: 'c3_new_errands' });
	});
});
