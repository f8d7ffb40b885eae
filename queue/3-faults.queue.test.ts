/**
 * Processes dying in queue mode (`kill -9`: no goodbye to Redis or the database):
 * - a worker in the middle of a 1,000-item execution: what n8n recovers, and what reached the vendor;
 * - a webhook processor while the VIPeX PBX sends: the PBX's resend lands on the other
 *   processor, and no call is lost or runs twice.
 */
import { createCredential, createWorkflow } from '../bench/n8nApi';
import { inputItems, vendor } from '../bench/benchOperations';
import { itemsWorkflow, ourNode } from '../bench/workflows';
import { VIPEX_BASIC_AUTH } from '../scripts/lib/demoCredentials';
import type { QueueProcess } from '../scripts/lib/queue/cluster';
import { settledExecutions } from '../scripts/lib/executions';
import { jsonBody, send } from '../scripts/lib/http';
import { waitFor } from '../scripts/lib/wait';
import { outgoingEndOfCall, VipexPbx } from '../test/simulators/vipex';
import type { PbxDelivery } from '../test/simulators/vipex';
import { simulator } from '../e2e/support/simulatorControl';
import { goal, saveFigures } from '../scripts/lib/figures';
import type { FigureTable } from '../scripts/lib/figures';
import { balancerStats, balancerUrl, client, executions, executionsByWorker, killHard, processes, resetBalancer, restart, state, waitUntilDead, workflow } from './queueCluster';

const tables: FigureTable[] = [];

afterAll(() => saveFigures('queue', { part: '3-faults', order: 3, tables }));

describe('processes killed in queue mode', () => {
	test('COM-07 kill -9 of the worker running a 1,000-item execution: what n8n recovers', async () => {
		const target = vendor('comnica');
		const sim = simulator('comnica');
		await sim.control('reset');
		const n8n = client();
		const { sessionKey: _key, ...data } = target.credentialData(state().simulators.comnica);
		const credential = await createCredential(n8n, `queue worker kill ${Date.now()}`, target.credentialType, data);
		const path = `queue-worker-kill-${Date.now()}`;
		const url = `${balancerUrl()}/webhook/${path}`;
		const workflowId = await createWorkflow(n8n, itemsWorkflow('worker killed', path, ourNode(target.nodeType, target.parameters, target.credentialType, credential)), url);
		// Slow answers keep the execution running long enough to kill its worker in the middle.
		await fetch(`${state().simulators.comnica}/__sim/fault`, {
			method: 'POST',
			body: JSON.stringify({ path: target.path, delayMs: 4_000, times: 2_000 }),
		});
		const items = inputItems(1000);
		const answer = send('POST', url, { 'Content-Type': 'application/json' }, jsonBody({ items }), undefined, 600_000);

		let running: string | undefined;
		let victim: QueueProcess | undefined;
		await waitFor(async () => {
			const latest = (await executions(workflowId)).at(-1);
			running = latest?.id;
			const byWorker = executionsByWorker();
			victim = processes('worker').find((worker) => running !== undefined && byWorker[worker.name].includes(running));
			return victim !== undefined && (await sim.requests(target.path)).length > 100;
		}, 60_000, 200);
		const sentBeforeKill = (await sim.requests(target.path)).length;
		const killedAt = Date.now();
		killHard(victim!);
		await waitUntilDead(victim!);

		const answered = await answer;
		// The job's lock runs out and n8n looks for stalled jobs: give it the time it takes.
		const runs = await settledExecutions(n8n, workflowId, { quietMs: 20_000, timeoutMs: 240_000 });
		await restart(victim!);
		const received = (await sim.requests(target.path)).map((request) => (JSON.parse(request.rawBody) as { payload: { custom_data: { aaa: string } } }).payload.custom_data.aaa);
		const unique = new Set(received);
		await sim.control('reset');

		// After the restart the cluster works again: a small execution runs to the end.
		const after = await send('POST', url, { 'Content-Type': 'application/json' }, jsonBody({ items: inputItems(5) }), undefined, 120_000);
		const statuses = (await executions(workflowId)).map((execution) => execution.status);
		tables.push({
			title: 'kill -9 of a worker in the middle of a 1,000-item execution (Comnica Record Create, answers slowed to 4 s)',
			columns: ['sent when killed', 'webhook answer', 'executions', 'their status', 'items at the vendor', 'distinct', 'lost', 'sent twice', 'seconds to settle'],
			rows: [
				[
					sentBeforeKill,
					answered.error ? `error: ${answered.error}` : answered.status,
					runs.length,
					statuses.slice(0, runs.length).join(', '),
					received.length,
					unique.size,
					1000 - unique.size,
					received.length - unique.size,
					Math.round((Date.now() - killedAt) / 1000),
				],
			],
			notes: [
				'n8n does not run a crashed execution again: items the worker had not sent are lost unless the workflow is re-run (Executions → Retry).',
				`a new execution afterwards: webhook answered ${after.status}, status ${statuses.at(-1)}`,
			],
		});
		expect(after.status).toBe(200);
		expect(statuses.at(-1)).toBe('success');
	});

	test('VPX-W3 kill -9 of a webhook processor while the PBX sends: its resends land on the other processor, every call runs once', async () => {
		const { webhooks } = workflow('queueVipexCalls1');
		const url = Object.values(webhooks)[0];
		const base = (Date.now() % 1_000_000) * 1000 + 500;
		const ids = Array.from({ length: 40 }, (_, index) => base + index);
		const [victim] = processes('webhook');
		await resetBalancer();
		const pbx = () => new VipexPbx({ url, basic: VIPEX_BASIC_AUTH, timeoutMs: 15_000, maxAttempts: 6 });
		const deliveries: PbxDelivery[] = [];
		const sending = (async () => {
			for (let first = 0; first < ids.length; first += 5) {
				const batch = ids.slice(first, first + 5);
				deliveries.push(...(await Promise.all(batch.map(async (id) => await pbx().endOfCall({ ...outgoingEndOfCall(), id })))));
			}
		})();
		await waitFor(async () => deliveries.length >= 10, 120_000, 50);
		killHard(victim);
		await sending;
		const spread = await balancerStats();
		await restart(victim);

		const before = (await executions('queueVipexCalls1')).length;
		await settledExecutions(client(), 'queueVipexCalls1', { quietMs: 5_000 });
		const perCall = new Map<string, number>();
		for (const execution of await executions('queueVipexCalls1')) {
			const id = String(execution.data?.resultData.runData['VIPeX Trigger']?.[0]?.data?.main[0]?.[0]?.json.id ?? '');
			perCall.set(id, (perCall.get(id) ?? 0) + 1);
		}
		const counts = ids.map((id) => perCall.get(String(id)) ?? 0);
		const lost = counts.filter((count) => count === 0).length;
		const twice = counts.filter((count) => count > 1).length;
		const attempts = deliveries.flatMap((delivery) => delivery.attempts);
		tables.push({
			title: 'kill -9 of a webhook processor while the VIPeX PBX sends 40 calls (PBX: 15 s timeout, up to 6 deliveries)',
			columns: ['calls', 'deliveries', '502 from the balancer', 'per processor', 'executions', 'lost', 'run twice'],
			rows: [[ids.length, attempts.length, Object.values(spread.failed).reduce((sum, count) => sum + count, 0), Object.values(spread.forwarded).join(' / '), counts.reduce((sum, count) => sum + count, 0), lost, twice]],
			goals: [goal('calls lost', lost, 0), goal('calls run twice', twice, 0)],
			notes: [`executions of the workflow before counting: ${before}`],
		});
		expect(deliveries.every((delivery) => delivery.delivered)).toBe(true);
		expect({ lost, twice }).toEqual({ lost: 0, twice: 0 });
	});
});
