/**
 * Duplicates in a real n8n: the VIPeX PBX resends end-of-call data when it thinks a delivery
 * failed (no 2xx within its timeout), so one call can arrive three times, before and after an
 * n8n restart. Each call must start exactly one execution. The PBX is the simulator's, in this
 * process, calling the published workflow's production URL with the canary credential.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';

import type { PbxAttempt, PbxConnection } from '../../test/simulators/vipex';
import { outgoingEndOfCall, VipexPbx } from '../../test/simulators/vipex';
import { waitFor } from '../../scripts/lib/wait';
import { goal, saveFigures } from '../../scripts/lib/figures';
import type { Cell } from '../../scripts/lib/figures';
import { FAULTS_OPTIONS } from './faultsInstance';
import { faultsState, triggers } from './state';
import { executions, restartN8n, settledExecutions } from './faultsN8n';
import { DUPLICATES_WORKFLOW } from './faultWorkflows';

interface Scenario {
	name: string;
	calls: number;
	deliveries: number;
	answers: string;
	executions: number;
}

const scenarios: Scenario[] = [];
const answers: Array<{ scenario: string; status?: number; text?: string; error?: string }> = [];
/** Call ids of this run (the PBX's ids are numbers). */
const base = (Date.now() % 1_000_000) * 100;

/** The PBX's connection to the duplicates workflow, as the canary credential configures it. */
function connection(): PbxConnection {
	const endOfCall = triggers().find((trigger) => trigger.key === 'vipex-end-of-call')!;
	const url = faultsState().workflows.find((workflow) => workflow.id === DUPLICATES_WORKFLOW)!.webhooks['VIPeX Trigger'];
	const { basic, key } = endOfCall.auth;
	return { url, basic, apiKey: { in: 'body', name: key!.name, value: key!.value }, timeoutMs: 10_000, maxAttempts: 3 };
}

function pbx(maxAttempts = 3): VipexPbx {
	return new VipexPbx({ ...connection(), maxAttempts });
}

/** The manual's outgoing call with its own id (and a small recording). */
function call(id: number) {
	return { ...outgoingEndOfCall(), id, monitor_file: Buffer.from('RIFF____WAVEfmt ').toString('base64') };
}

function record(scenario: string, attempts: PbxAttempt[]): void {
	for (const attempt of attempts) answers.push({ scenario, status: attempt.answer?.status, text: attempt.answer?.text, error: attempt.error });
}

function describeAnswers(attempts: PbxAttempt[]): string {
	const counts = new Map<string, number>();
	for (const attempt of attempts) {
		const text = attempt.answer ? `${attempt.answer.status} ${/already received/.test(attempt.answer.text) ? 'repeat ignored' : 'received'}` : `no answer (${attempt.error})`;
		counts.set(text, (counts.get(text) ?? 0) + 1);
	}
	return [...counts.entries()].map(([text, count]) => `${text}×${count}`).join(', ');
}

/** Executions of the duplicates workflow per call id (the trigger's output carries it). */
async function executionsPerCall(): Promise<Map<string, number>> {
	await settledExecutions(DUPLICATES_WORKFLOW, 2_000);
	const perCall = new Map<string, number>();
	for (const execution of await executions(DUPLICATES_WORKFLOW, true)) {
		const runData = execution.data?.resultData.runData['VIPeX Trigger'] as Array<{ data?: { main: Array<Array<{ json: { id?: unknown } }>> } }> | undefined;
		const id = String(runData?.[0]?.data?.main[0]?.[0]?.json.id ?? '');
		perCall.set(id, (perCall.get(id) ?? 0) + 1);
	}
	return perCall;
}

/** After a restart the production webhook is back once an unauthenticated GET gets 401 (it starts nothing). */
async function webhookLive(): Promise<void> {
	const { url } = connection();
	await waitFor(async () => (await fetch(url).catch(() => undefined))?.status === 401, 120_000, 500);
}

function scenario(name: string, ids: number[], attempts: PbxAttempt[], perCall: Map<string, number>): Scenario {
	const found: Scenario = {
		name,
		calls: ids.length,
		deliveries: attempts.length,
		answers: describeAnswers(attempts),
		executions: ids.reduce((sum, id) => sum + (perCall.get(String(id)) ?? 0), 0),
	};
	scenarios.push(found);
	record(name, attempts);
	return found;
}

afterAll(() => {
	const table = {
		title: 'Duplicates: VIPeX end of call resent by the PBX (real n8n 2.41, Duplicate Window 60 min)',
		columns: ['scenario', 'calls', 'deliveries', 'answers', 'executions'],
		rows: scenarios.map((row): Cell[] => [row.name, row.calls, row.deliveries, row.answers, row.executions]),
		goals: [goal('executions per call', scenarios.every((row) => row.executions === row.calls) ? 1 : 'not 1', 1)],
	};
	saveFigures('faults', { part: '3-duplicates', order: 3, tables: [table], details: { scenarios } });
	writeFileSync(join(faultsState().home, 'answers-duplicates.json'), JSON.stringify(answers));
});

describe('VIPeX end of call resent by the PBX: one execution per call', () => {
	test('three deliveries, the first two answers lost (the PBX resends after its timeout)', async () => {
		const id = base + 1;
		const delivery = await pbx().endOfCall(call(id), { lostAnswers: 2 });
		const found = scenario('resent 3× (first 2 answers lost)', [id], delivery.attempts, await executionsPerCall());
		expect(delivery.attempts.map((attempt) => attempt.answer?.status)).toEqual([200, 200, 200]);
		expect(delivery.attempts[2].answer?.json).toEqual({ message: `Call ${id} was already received; this repeated delivery is ignored` });
		expect(found.executions).toBe(1);
	});

	test('three deliveries at the same moment', async () => {
		const id = base + 2;
		const deliveries = await Promise.all([1, 2, 3].map(async () => await pbx(1).endOfCall(call(id))));
		const attempts = deliveries.flatMap((delivery) => delivery.attempts);
		const found = scenario('3 deliveries at once', [id], attempts, await executionsPerCall());
		expect(attempts.map((attempt) => attempt.answer?.status)).toEqual([200, 200, 200]);
		expect(found.executions).toBe(1);
	});

	test('a delivery before an n8n restart and two resends after it; many calls at once before it', async () => {
		const id = base + 3;
		const many = Array.from({ length: 20 }, (_, index) => base + 10 + index);
		const before = [
			...(await pbx(1).endOfCall(call(id))).attempts,
			...(await Promise.all(many.map(async (other) => await pbx(1).endOfCall(call(other))))).flatMap((delivery) => delivery.attempts),
		];
		await settledExecutions(DUPLICATES_WORKFLOW, 2_000);

		await restartN8n(FAULTS_OPTIONS);
		await webhookLive();

		const after = (await pbx().endOfCall(call(id), { lostAnswers: 1 })).attempts;
		const resent = (await Promise.all(many.map(async (other) => await pbx(1).endOfCall(call(other))))).flatMap((delivery) => delivery.attempts);
		const perCall = await executionsPerCall();
		const one = scenario('1 delivery, n8n restart, resent 2×', [id], [before[0], ...after], perCall);
		const batch = scenario('20 calls at once, n8n restart, each resent', many, [...before.slice(1), ...resent], perCall);
		expect([...before, ...after, ...resent].map((attempt) => attempt.answer?.status).filter((status) => status !== 200)).toEqual([]);
		expect(one.executions).toBe(1);
		expect(many.filter((other) => perCall.get(String(other)) !== 1)).toEqual([]);
		expect(batch.executions).toBe(many.length);
	});
});
