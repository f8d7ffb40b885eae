import { setTimeout as sleep } from 'node:timers/promises';

import type { N8nClient } from '../scripts/lib/client';
import type { Execution } from '../scripts/lib/executions';
import { jsonBody, send } from '../scripts/lib/http';
import type { SimulatorControl } from '../scripts/lib/simulators';

import type { Sizes } from './benchConfig';
import { vendorFilter } from './benchConfig';
import { TOKENS } from '../test/simulators/cention/tokens';
import { floorType } from './floorNodes';
import { createCredential, createWorkflow, expressionMetrics, lastExecutionId, nextExecution } from './n8nApi';
import { cpuMs } from './processStats';
import { rotation } from './stats';
import type { BenchVendor, VendorKey } from './benchOperations';
import { COMNICA_USER, inputItems, SINCH_USER, UCONTACT_USER, VENDORS } from './benchOperations';
import { httpRequestNode, itemsWorkflow, ourNode, TARGET } from './workflows';

/**
 * Parts 1 and 2 in the real n8n: each vendor's operation over N items by three nodes — ours,
 * its floor (the same node with an empty routing, bench/floorNodes.ts) and the HTTP Request node
 * sending the same requests with the session supplied — in a rotating order within each
 * round. Every execution is started by a Webhook and its times are read from n8n's execution
 * data; the simulator's log says what reached the vendor.
 */

export interface SideRun {
	/** stoppedAt − startedAt of the execution. */
	executionMs: number;
	/** executionTime of the node under test (its runData). */
	nodeMs: number;
	/** Until the webhook answered (the Webhook node answers when the last node is done). */
	answerMs: number;
	requests: number;
	logins: number;
	total: number;
	outputItems: number;
	/** Expressions n8n evaluated during the execution (all nodes), and the time they took. */
	expressions: number;
	expressionMs: number;
	/** CPU time of the n8n process from the webhook call until the execution was saved. */
	cpuMs: number;
}

export interface VendorRuns {
	ours: SideRun[];
	floor: SideRun[];
	http: SideRun[];
	/** One unmeasured execution of each side before the rounds (ours first: it logs in). */
	warmUp: SideRun[];
}

export type RequestsResult = Partial<Record<VendorKey, VendorRuns>>;

/** The id of each vendor's imported credential (16 characters, like the demo ones). */
export const OUR_CREDENTIAL_IDS: Record<VendorKey, string> = {
	comnica: 'benchComnicaApi1',
	ucontact: 'benchUContactAp1',
	cention: 'benchCentionApi1',
	sinch: 'benchSinchApi001',
};

type SideKey = Exclude<keyof VendorRuns, 'warmUp'>;

interface Side {
	key: SideKey;
	label: string;
	workflowId: string;
	path: string;
}

/** The credential of the HTTP Request node: the session the bench opened itself, or Cention's token. */
async function httpCredential(client: N8nClient, bench: BenchVendor, url: string): Promise<string> {
	if (bench.key === 'cention') {
		return await createCredential(client, 'bench: Cention token (HTTP Request)', 'httpHeaderAuth', { name: 'Authorization', value: `Bearer ${TOKENS.full}` });
	}
	if (bench.key === 'comnica') {
		const answer = await send(
			'POST',
			`${url}/new_session`,
			{ 'Content-Type': 'application/json', Authorization: `Basic ${Buffer.from(`${COMNICA_USER.username}:${COMNICA_USER.password}`).toString('base64')}` },
			jsonBody({ rq_sent: '2026-01-01 00:00:00.000+0000', payload: {} }),
		);
		const key = (JSON.parse(answer.body) as { payload: { session_key: string } }).payload.session_key;
		return await createCredential(client, 'bench: Comnica session (HTTP Request)', 'httpBasicAuth', { user: COMNICA_USER.username, password: key });
	}
	if (bench.key === 'ucontact') {
		const answer = await send(
			'POST',
			`${url}/Integra/resources/auth/getUserToken`,
			{ 'Content-Type': 'application/x-www-form-urlencoded' },
			Buffer.from(new URLSearchParams({ user: UCONTACT_USER.user, password: UCONTACT_USER.password }).toString()),
		);
		// The token is base64(user:uuid): the Basic header of user and uuid is the same header.
		const token = (JSON.parse(answer.body) as string[])[3];
		const [user, password] = Buffer.from(token, 'base64').toString('utf8').split(':');
		return await createCredential(client, 'bench: uContact session (HTTP Request)', 'httpBasicAuth', { user, password });
	}
	return await createCredential(client, 'bench: Sinch user (HTTP Request)', 'httpBasicAuth', { user: SINCH_USER.user, password: SINCH_USER.password });
}

async function execute(n8n: N8nTarget, sim: SimulatorControl, bench: BenchVendor, side: Side, body: Buffer, items: number): Promise<SideRun> {
	const { client, url: n8nUrl } = n8n;
	await sim.clearLog();
	const before = await lastExecutionId(client, side.workflowId);
	const metricsBefore = await expressionMetrics(n8nUrl);
	const cpuBefore = cpuMs(n8n.pid);
	const answer = await send('POST', `${n8nUrl}/webhook/${side.path}`, { 'Content-Type': 'application/json' }, body);
	if (answer.status !== 200) throw new Error(`${bench.title} ${side.label}: the webhook answered ${answer.status} ${answer.error ?? answer.body.slice(0, 300)}`);
	const execution: Execution = await nextExecution(client, side.workflowId, before, true);
	const cpu = cpuMs(n8n.pid) - cpuBefore;
	const run = execution.data?.resultData.runData[TARGET]?.[0];
	if (!run || execution.status !== 'success') {
		throw new Error(`${bench.title} ${side.label}: execution ${execution.id} ${execution.status}: ${run?.error?.message ?? execution.data?.resultData.error?.message ?? 'no run data'}`);
	}
	const output = run.data?.main[0] ?? [];
	const failed = output.filter((item) => (item as { error?: unknown }).error !== undefined).length;
	if (output.length !== items || failed > 0) throw new Error(`${bench.title} ${side.label}: ${output.length} output items (${failed} with errors) for ${items} inputs`);
	const received = await sim.requests();
	const metricsAfter = await expressionMetrics(n8nUrl);
	return {
		executionMs: Date.parse(execution.stoppedAt!) - Date.parse(execution.startedAt),
		nodeMs: run.executionTime,
		answerMs: answer.ms,
		requests: received.filter((request) => request.path === bench.path).length,
		logins: bench.loginPath ? received.filter((request) => request.path === bench.loginPath).length : 0,
		total: received.length,
		outputItems: output.length,
		expressions: metricsAfter.count - metricsBefore.count,
		expressionMs: (metricsAfter.seconds - metricsBefore.seconds) * 1000,
		cpuMs: cpu,
	};
}

/**
 * Waits until the n8n process is idle (at most 10 ms of CPU in 250 ms; 5 s at most), so what
 * n8n still does after the previous execution (saving it, collecting its garbage) does not
 * land in the next one's time.
 */
async function settle(pid: number): Promise<void> {
	for (let waited = 0; waited < 5000; waited += 250) {
		const before = cpuMs(pid);
		await sleep(250);
		if (cpuMs(pid) - before <= 10) return;
	}
}

/** The running n8n: its API client, address and process. */
export interface N8nTarget {
	client: N8nClient;
	url: string;
	pid: number;
}

/** Cention first: its runs also warm n8n's webhook, Split Out and request paths. */
const ORDER: VendorKey[] = ['cention', 'comnica', 'ucontact', 'sinch'];

export async function requestsPart(
	n8n: N8nTarget,
	simulators: Record<VendorKey, SimulatorControl>,
	sizes: Sizes,
	log: (line: string) => void,
): Promise<RequestsResult> {
	const { client, url: n8nUrl } = n8n;
	const body = jsonBody({ items: inputItems(sizes.items) });
	const result: RequestsResult = {};
	for (const key of ORDER.filter(vendorFilter())) {
		const bench = VENDORS.find((candidate) => candidate.key === key)!;
		const sim = simulators[key];
		const credentials = { [bench.credentialType]: OUR_CREDENTIAL_IDS[key] };
		const ours: Side = { key: 'ours', label: 'our node', path: `bench-${key}-ours`, workflowId: '' };
		const floor: Side = { key: 'floor', label: 'its floor', path: `bench-${key}-floor`, workflowId: '' };
		const http: Side = { key: 'http', label: 'HTTP Request node', path: `bench-${key}-http`, workflowId: '' };
		const target = {
			ours: ourNode(bench.nodeType, bench.parameters, bench.credentialType, OUR_CREDENTIAL_IDS[key]),
			floor: { type: floorType(bench), typeVersion: 1, parameters: bench.parameters, credentials },
			http: httpRequestNode(bench.http.parameters(sim.url), bench.http.credentialType, await httpCredential(client, bench, sim.url)),
		};
		for (const side of [ours, floor, http]) {
			side.workflowId = await createWorkflow(
				client,
				itemsWorkflow(`${bench.title} ${bench.operation} (${side.label})`, side.path, target[side.key]),
				`${n8nUrl}/webhook/${side.path}`,
			);
		}
		const runs: VendorRuns = { ours: [], floor: [], http: [], warmUp: [] };
		const measure = async (side: Side, round: string): Promise<SideRun> => {
			await settle(n8n.pid);
			const run = await execute(n8n, sim, bench, side, body, sizes.items);
			log(
				`  ${bench.title.padEnd(17)} ${round.padEnd(8)} ${side.label.padEnd(17)} execution ${String(run.executionMs).padStart(5)} ms, node ${String(run.nodeMs).padStart(5)} ms, n8n CPU ${String(run.cpuMs).padStart(5)} ms, ${run.requests} requests + ${run.logins} logins, ${run.expressions} expressions (${run.expressionMs.toFixed(0)} ms)`,
			);
			return run;
		};
		// The first execution of a node in n8n is slower (its code not yet compiled): not measured.
		for (const side of [ours, floor, http]) runs.warmUp.push(await measure(side, 'warm-up'));
		for (let round = 0; round < sizes.overheadRuns; round++) {
			for (const side of rotation(round, [ours, floor, http])) runs[side.key].push(await measure(side, `round ${round + 1}`));
		}
		result[key] = runs;
	}
	return result;
}
