/**
 * Vendors with a session login in queue mode: executions of 1,000 items in all, spread over
 * both workers, share the session key n8n stores in the credential. Each worker logs in at
 * most once per session life, and no item is lost or sent twice; also when the vendor allows
 * one live session per user (a new login ends the other worker's session).
 */
import { createCredential, createWorkflow } from '../bench/n8nApi';
import type { BenchVendor } from '../bench/benchOperations';
import { inputItems, vendor } from '../bench/benchOperations';
import { itemsWorkflow, ourNode } from '../bench/workflows';
import { jsonBody, send } from '../scripts/lib/http';
import type { LoggedRequest } from '../scripts/lib/simulators';
import { simulator } from '../e2e/support/simulatorControl';
import { saveFailureReport } from '../scripts/lib/failureReports';
import { goal, saveFigures } from '../scripts/lib/figures';
import type { Cell, FigureTable } from '../scripts/lib/figures';
import { balancerUrl, client, executions, executionsByWorker, processes, restart, state } from './queueCluster';

const ITEMS = 1000;
const EXECUTIONS = 4;
const rows: Cell[][] = [];
const goals: ReturnType<typeof goal>[] = [];

afterAll(() => {
	const table: FigureTable = {
		title: `Session logins in queue mode: ${ITEMS} items in ${EXECUTIONS} executions at once, over ${processes('worker').length} workers`,
		columns: ['operation', 'sessions', 'executions per worker', 'logins', 'items sent', 'lost', 'sent twice', 'failed executions'],
		rows,
		goals,
	};
	saveFigures('queue', { part: '2-sessions', order: 2, tables: [table] });
});

/** Which item a request carried: the name (Comnica) or the customer reference (uContact). */
function itemOf(key: string, request: LoggedRequest): string {
	if (key === 'comnica') return String((JSON.parse(request.rawBody) as { payload: { custom_data: { aaa: string } } }).payload.custom_data.aaa);
	const call = JSON.parse(new URLSearchParams(request.rawBody).get('call') ?? '{}') as { data?: string };
	return String(call.data);
}

/**
 * What the vendor saw, for a failure to be read from CI's output: logins and runs of requests with
 * the same session and answer, in order (ms from the first; sessions named s1, s2… as they appear),
 * eight to a line.
 */
async function timeline(sim: ReturnType<typeof simulator>, target: BenchVendor): Promise<string[]> {
	const all = [...(await sim.requests(target.path)), ...(await sim.requests(target.loginPath))].sort((a, b) => a.at - b.at);
	const names = new Map<string, string>();
	const runs: Array<{ at: number; what: string; count: number }> = [];
	for (const request of all) {
		const isLogin = request.path === target.loginPath;
		const session = request.basic?.password ?? request.headers.authorization ?? '';
		if (!isLogin && !names.has(session)) names.set(session, `s${names.size + 1}`);
		const what = isLogin ? `login ${request.status}` : `${names.get(session)} ${request.status}`;
		const last = runs.at(-1);
		if (!isLogin && last?.what === what) last.count++;
		else runs.push({ at: request.at - all[0].at, what, count: 1 });
	}
	const entries = runs.map((run) => `${run.at} ms ${run.what}${run.count > 1 ? ` ×${run.count}` : ''}`);
	return Array.from({ length: Math.ceil(entries.length / 8) }, (_, row) => entries.slice(row * 8, row * 8 + 8).join(' · '));
}

async function run(target: BenchVendor, onePerUser: boolean): Promise<{ logins: number; lost: number; twice: number; failed: number; errors: string[] }> {
	// Workers that start afresh: no session of the account in their memory, so both log in.
	await Promise.all(processes('worker').map(async (worker) => await restart(worker)));
	const sim = simulator(target.key);
	await sim.control(`one-session-per-user?on=${onePerUser ? 1 : 0}`, 'GET');
	await sim.clearLog();
	const n8n = client();
	const label = `${target.key}-${onePerUser ? 'one' : 'many'}-${Date.now()}`;
	// A fresh credential: no session stored yet, so the first requests log in. (n8n's API refuses the hidden session field.)
	const { sessionKey: _key, sessionToken: _token, ...data } = target.credentialData(state().simulators[target.key]);
	const credential = await createCredential(n8n, `queue ${label}`, target.credentialType, data);
	const path = `queue-${label}`;
	const url = `${balancerUrl()}/webhook/${path}`;
	const workflowId = await createWorkflow(n8n, itemsWorkflow(label, path, ourNode(target.nodeType, target.parameters, target.credentialType, credential)), url);

	const items = inputItems(ITEMS);
	const perExecution = ITEMS / EXECUTIONS;
	await Promise.all(
		Array.from({ length: EXECUTIONS }, async (_, index) => {
			const chunk = items.slice(index * perExecution, (index + 1) * perExecution);
			return await send('POST', url, { 'Content-Type': 'application/json' }, jsonBody({ items: chunk }));
		}),
	);
	const runs = await executions(workflowId);
	const byWorker = executionsByWorker();
	const perWorker = Object.values(byWorker).map((ids) => runs.filter((execution) => ids.includes(execution.id)).length);
	const sent = (await sim.requests(target.path)).filter((request) => (request.status ?? 0) < 300);
	const names = sent.map((request) => itemOf(target.key, request));
	const unique = new Set(names);
	const logins = (await sim.requests(target.loginPath)).length;
	const failures = runs.filter((execution) => execution.status !== 'success');
	const failed = failures.length;
	// What a failed execution said, so that a failure names its cause.
	const errors = failures.map((execution) => `${execution.id}: ${execution.data?.resultData.error?.message ?? execution.status}`);
	const result = { logins, lost: ITEMS - unique.size, twice: names.length - unique.size, failed, errors };
	if (failed > 0 || result.lost > 0) {
		const summary = `${label}: ${logins} logins, ${result.lost} lost, executions per worker ${perWorker.join(' / ')}`;
		saveFailureReport('e2eQueue', label, [summary, ...errors, 'what the vendor saw:', ...(await timeline(sim, target))]);
	}
	rows.push([target.operation, onePerUser ? 'one per user' : 'several per user', perWorker.join(' / '), logins, names.length, result.lost, result.twice, failed]);
	return result;
}

describe('session logins in queue mode (Comnica, uContact)', () => {
	const workers = () => processes('worker').length;

	test.each(['comnica', 'ucontact'] as const)('COM-07 / UC-12 %s: 1,000 items over both workers: at most one login per worker, nothing lost or sent twice', async (key) => {
		const target = vendor(key);
		const result = await run(target, false);
		goals.push(goal(`${key}: logins (several sessions allowed)`, result.logins, `≤ ${workers()}`, result.logins >= 1 && result.logins <= workers()));
		goals.push(goal(`${key}: items lost or sent twice`, result.lost + result.twice, 0));
		expect(result).toEqual({ logins: result.logins, lost: 0, twice: 0, failed: 0, errors: [] });
		expect(result.logins).toBeLessThanOrEqual(workers());
	});

	test.each(['comnica', 'ucontact'] as const)('COM-07 / UC-12 %s with one live session per user: no login storm, nothing lost', async (key) => {
		const target = vendor(key);
		const result = await run(target, true);
		const limit = EXECUTIONS + workers();
		goals.push(goal(`${key}: logins (one session per user)`, result.logins, `≤ ${limit}`, result.logins <= limit));
		goals.push(goal(`${key}: items lost (one session per user)`, result.lost, 0));
		expect({ lost: result.lost, failed: result.failed, errors: result.errors }).toEqual({ lost: 0, failed: 0, errors: [] });
		expect(result.logins).toBeLessThanOrEqual(limit);
	});
});
