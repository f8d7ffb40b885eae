/**
 * VIPeX end-of-call data in queue mode: the load balancer spreads the PBX's deliveries over
 * both webhook processors, so the copies of one call reach different processes at once. Each
 * call must start exactly one execution, none may be lost, and recordings reach the Cention
 * errand byte for byte with n8n's binary data kept in the database.
 */
import { VIPEX_BASIC_AUTH } from '../scripts/lib/demoCredentials';
import { settledExecutions } from '../scripts/lib/executions';
import { outgoingEndOfCall, VipexPbx } from '../test/simulators/vipex';
import type { PbxAttempt } from '../test/simulators/vipex';
import { goal, saveFigures } from '../scripts/lib/figures';
import type { FigureTable } from '../scripts/lib/figures';
import { balancerStats, client, executions, resetBalancer, workflow } from './queueCluster';

const CALLS_WORKFLOW = 'queueVipexCalls1';
const ERRAND_EXAMPLE = 'exVipexEndCall01';
const CALLS = 200;
/** Calls sent at the same time (each three times at once): 60 deliveries in flight. */
const CALLS_AT_ONCE = 20;
const tables: FigureTable[] = [];

function pbx(url: string, maxAttempts = 3): VipexPbx {
	return new VipexPbx({ url, basic: VIPEX_BASIC_AUTH, timeoutMs: 30_000, maxAttempts });
}

/** A small recording of its own per call. */
function call(id: number) {
	return { ...outgoingEndOfCall(), id, monitor_file: Buffer.from(`RIFF${String(id).padStart(4, '0')}WAVEfmt `).toString('base64') };
}

function answers(attempts: PbxAttempt[]): string {
	const counts = new Map<string, number>();
	for (const attempt of attempts) {
		const text = attempt.answer
			? `${attempt.answer.status} ${/already received/.test(attempt.answer.text) ? 'repeat' : attempt.answer.status === 200 ? 'received' : 'refused'}`
			: 'no answer';
		counts.set(text, (counts.get(text) ?? 0) + 1);
	}
	return [...counts.entries()].map(([text, count]) => `${text} ×${count}`).join(', ');
}

/** Executions per call id (the trigger's output carries it). */
async function executionsPerCall(workflowId: string, expected: number): Promise<Map<string, number>> {
	await settledExecutions(client(), workflowId, { quietMs: 5_000, timeoutMs: 300_000, expected });
	await new Promise((resolve) => setTimeout(resolve, 5_000));
	const perCall = new Map<string, number>();
	for (const execution of await executions(workflowId)) {
		const id = String(execution.data?.resultData.runData['VIPeX Trigger']?.[0]?.data?.main[0]?.[0]?.json.id ?? '');
		perCall.set(id, (perCall.get(id) ?? 0) + 1);
	}
	return perCall;
}

afterAll(() => saveFigures('queue', { part: '1-vipex', order: 1, tables }));

describe('VIPeX in queue mode: one execution per call over two webhook processors', () => {
	test('VPX-W3 200 calls, each delivered 3× at once, spread over both webhook processors: 200 executions, none lost', async () => {
		const { webhooks } = workflow(CALLS_WORKFLOW);
		const url = Object.values(webhooks)[0];
		const base = (Date.now() % 1_000_000) * 1000;
		const ids = Array.from({ length: CALLS }, (_, index) => base + index);
		await resetBalancer();
		const started = Date.now();
		const attempts: PbxAttempt[] = [];
		for (let first = 0; first < ids.length; first += CALLS_AT_ONCE) {
			const batch = ids.slice(first, first + CALLS_AT_ONCE);
			const deliveries = await Promise.all(batch.flatMap((id) => [1, 2, 3].map(async () => await pbx(url).endOfCall(call(id)))));
			attempts.push(...deliveries.flatMap((delivery) => delivery.attempts));
		}
		const seconds = (Date.now() - started) / 1000;
		const spread = await balancerStats();
		const perCall = await executionsPerCall(CALLS_WORKFLOW, CALLS);
		const counts = ids.map((id) => perCall.get(String(id)) ?? 0);
		const lost = counts.filter((count) => count === 0).length;
		const twice = counts.filter((count) => count > 1).length;
		const total = counts.reduce((sum, count) => sum + count, 0);

		tables.push({
			title: 'VIPeX end of call in queue mode: 200 calls, each delivered 3× at once (20 calls at a time), round-robin over 2 webhook processors',
			columns: ['deliveries', 'per processor', 'answers', 'executions', 'calls lost', 'calls run twice', 'seconds'],
			rows: [[attempts.length, Object.values(spread.forwarded).join(' / '), answers(attempts), total, lost, twice, seconds.toFixed(1)]],
			goals: [goal('executions', total, CALLS), goal('calls lost', lost, 0), goal('calls run twice', twice, 0)],
		});
		expect(Object.values(spread.forwarded).every((count) => count > CALLS)).toBe(true);
		expect({ total, lost, twice }).toEqual({ total: CALLS, lost: 0, twice: 0 });
	});

	test('VPX-W3 a delivery that times out is resent (to the other processor): one execution', async () => {
		const { webhooks } = workflow(CALLS_WORKFLOW);
		const url = Object.values(webhooks)[0];
		const id = (Date.now() % 1_000_000) * 1000 + 999;
		await resetBalancer();
		// The first answer arrives "after the PBX's timeout": it sends the same data again.
		const delivery = await pbx(url).endOfCall(call(id), { lostAnswers: 1 });
		const spread = await balancerStats();
		const perCall = await executionsPerCall(CALLS_WORKFLOW, CALLS + 1);

		tables.push({
			title: 'VIPeX end of call resent after a timeout (queue mode)',
			columns: ['deliveries', 'per processor', 'answers', 'executions'],
			rows: [[delivery.attempts.length, Object.values(spread.forwarded).join(' / '), answers(delivery.attempts), perCall.get(String(id)) ?? 0]],
			goals: [goal('executions', perCall.get(String(id)) ?? 0, 1)],
		});
		expect(delivery.attempts.map((attempt) => attempt.answer?.status)).toEqual([200, 200]);
		expect(delivery.attempts[1].answer?.json).toEqual({ message: `Call ${id} was already received; this repeated delivery is ignored` });
		expect(Object.values(spread.forwarded)).toEqual([1, 1]);
		expect(perCall.get(String(id))).toBe(1);
	});

	test('VPX-W3 CEN-02 recordings reach the Cention errand byte for byte, stored as binary data in the database', async () => {
		const { webhooks } = workflow(ERRAND_EXAMPLE);
		// The manual's outgoing call 76355 with its recording, under an id of this run.
		const record = { ...outgoingEndOfCall(), id: (Date.now() % 1_000_000) * 1000 + 998 };
		const before = (await executions(ERRAND_EXAMPLE)).length;
		const delivery = await pbx(Object.values(webhooks)[0]).endOfCall(record);
		expect(delivery.delivered).toBe(true);

		await settledExecutions(client(), ERRAND_EXAMPLE, { expected: before + 1, timeoutMs: 120_000 });
		const execution = (await executions(ERRAND_EXAMPLE)).at(-1)!;
		expect(execution.status).toBe('success');
		const trigger = Object.values(execution.data!.resultData.runData)[0][0].data!.main[0]![0];
		const stored = Object.values(trigger.binary ?? {}).map((binary) => binary.id ?? '');
		// n8n keeps binary data in its database in queue mode (N8N_DEFAULT_BINARY_DATA_MODE=database).
		expect(stored.length).toBeGreaterThan(0);
		expect(stored.every((id) => id.startsWith('database:'))).toBe(true);

		const errand = await centionErrandOf(record.id);
		const sent = [Buffer.from(record.monitor_file!, 'base64')];
		expect(errand).toHaveLength(1);
		expect(errand[0].equals(sent[0])).toBe(true);
		tables.push({
			title: 'VIPeX recordings into a Cention errand (queue mode, binary data in the database)',
			columns: ['recordings sent', 'attachments received', 'byte for byte'],
			rows: [[sent.length, errand.length, 'yes']],
		});
	});
});

/** The attachments (bytes) of the errand Cention received for a VIPeX call. */
async function centionErrandOf(callId: number): Promise<Buffer[]> {
	const { simulator } = await import('../e2e/support/simulatorControl');
	const requests = await simulator('cention').requests();
	const errand = requests
		.filter((request) => request.method === 'POST' && request.path.endsWith('/c3_new_errands'))
		.map((request) => JSON.parse(request.rawBody) as { data: { attributes: { extradata?: unknown; msg?: { attachments?: Array<{ content?: string }> } } } })
		.filter((body) => JSON.stringify(body.data.attributes.extradata ?? '').includes(String(callId)))
		.at(-1);
	if (!errand) throw new Error(`Cention received no errand for call ${callId}`);
	return (errand.data.attributes.msg?.attachments ?? []).map((attachment) => Buffer.from(attachment.content ?? '', 'base64'));
}
