import { readFileSync } from 'node:fs';

import type { QueueProcess } from '../scripts/lib/queue/cluster';
import type { RunningN8n } from '../scripts/lib/n8nProcess';
import { n8nLog, n8nPid, startN8n, stopN8n } from '../scripts/lib/n8nProcess';
import { killTree } from '../scripts/lib/processes';
import { waitFor } from '../scripts/lib/wait';
import type { BalancerStats } from '../scripts/lib/queue/balancer';
import { state } from '../e2e/support/e2eN8n';

export { client, executions, state, workflow } from '../e2e/support/e2eN8n';

/** The cluster the queue suite's global setup started (main, workers, webhook processors). */
export function processes(role?: QueueProcess['role']): QueueProcess[] {
	const queue = state().queue;
	if (!queue) throw new Error('npm run test:queue starts n8n in queue mode: this run has no queue state');
	return queue.processes.filter((process) => role === undefined || process.role === role);
}

export function balancerUrl(): string {
	return state().queue!.balancerUrl;
}

/** Requests per webhook processor port since the last reset. */
export async function balancerStats(): Promise<BalancerStats> {
	return (await (await fetch(`${balancerUrl()}/__lb/stats`)).json()) as BalancerStats;
}

export async function resetBalancer(): Promise<void> {
	await fetch(`${balancerUrl()}/__lb/reset`, { method: 'POST' });
}

/** `kill -9` of one process of the cluster (no goodbye to Redis or the database). */
export function killHard(process: QueueProcess): number {
	const pid = n8nPid(process.options);
	if (!pid) throw new Error(`${process.name} is not running`);
	killTree(pid, 'SIGKILL');
	return pid;
}

/** Starts a process of the cluster again, as the global setup did. */
export async function restart(process: QueueProcess): Promise<RunningN8n> {
	await stopN8n(process.options);
	return await startN8n(process.options);
}

export async function waitUntilDead(process: QueueProcess): Promise<void> {
	await waitFor(async () => n8nPid(process.options) === undefined, 20_000, 100);
}

/**
 * Which worker ran which execution: each worker logs `Worker started execution <id>` (both
 * workers report the same worker id, the host name, so their logs tell them apart).
 */
export function executionsByWorker(): Record<string, string[]> {
	const result: Record<string, string[]> = {};
	for (const worker of processes('worker')) {
		const log = readFileSync(n8nLog(worker.options), 'utf8');
		result[worker.name] = [...log.matchAll(/Worker started execution (\d+)/g)].map((match) => match[1]);
	}
	return result;
}
