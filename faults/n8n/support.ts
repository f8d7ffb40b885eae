import { existsSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';

import type { N8nOptions, RunningN8n } from '../../scripts/lib/n8n';
import { startN8n } from '../../scripts/lib/n8n';
import { killTree } from '../../scripts/lib/run';
import { waitFor } from '../../scripts/lib/wait';
import { faultsState } from './state';

/** An execution as n8n's public API lists it. */
export interface Execution {
	id: string;
	status: string;
	mode: string;
	finished: boolean;
	workflowId: string;
	startedAt?: string;
	stoppedAt?: string;
	data?: { resultData: { runData: Record<string, unknown>; error?: { message: string } } };
}

export async function api<T>(path: string): Promise<T> {
	const { url, apiKey } = faultsState();
	const response = await fetch(`${url}/api/v1${path}`, { headers: { 'X-N8N-API-KEY': apiKey } });
	const text = await response.text();
	if (!response.ok) throw new Error(`GET /api/v1${path} answered ${response.status}: ${text.slice(0, 500)}`);
	return JSON.parse(text) as T;
}

/** Every execution of a workflow (with its data when asked), oldest first. */
export async function executions(workflowId: string, includeData = false): Promise<Execution[]> {
	const all: Execution[] = [];
	let cursor: string | undefined;
	do {
		const page = await api<{ data: Execution[]; nextCursor: string | null }>(
			`/executions?workflowId=${workflowId}&includeData=${includeData}&limit=250${cursor ? `&cursor=${cursor}` : ''}`,
		);
		all.push(...page.data);
		cursor = page.nextCursor ?? undefined;
	} while (cursor);
	return all.sort((a, b) => Number(a.id) - Number(b.id));
}

/**
 * Waits until a workflow's executions stop changing and none is still running: webhook
 * executions finish after the answer, so the count is read once it holds still.
 */
export async function settledExecutions(workflowId: string, quietMs = 3_000, timeoutMs = 180_000): Promise<Execution[]> {
	let last = -1;
	let stableSince = Date.now();
	let found: Execution[] = [];
	await waitFor(async () => {
		found = await executions(workflowId);
		const running = found.some((execution) => ['running', 'new', 'waiting'].includes(execution.status));
		if (found.length !== last || running) {
			last = found.length;
			stableSince = Date.now();
			return false;
		}
		return Date.now() - stableSince >= quietMs;
	}, timeoutMs, 500);
	return found;
}

export interface Health {
	healthz: number;
	readiness: number;
	/** Resident memory of the n8n process in MB, when it can be read. */
	rssMb?: number;
}

export async function health(): Promise<Health> {
	const { url, home } = faultsState();
	const status = async (path: string) => (await fetch(`${url}${path}`).catch(() => undefined))?.status ?? 0;
	return { healthz: await status('/healthz'), readiness: await status('/healthz/readiness'), rssMb: rssMb(home) };
}

function rssMb(home: string): number | undefined {
	const pid = n8nPid(home);
	if (!pid) return undefined;
	try {
		const status = readFileSync(`/proc/${pid}/status`, 'utf8');
		const kb = Number(/VmRSS:\s+(\d+)/.exec(status)?.[1]);
		return Number.isFinite(kb) ? Math.round(kb / 1024) : undefined;
	} catch {
		return undefined;
	}
}

function n8nPid(home: string): number | undefined {
	const file = join(home, 'n8n.pid');
	if (!existsSync(file)) return undefined;
	const pid = Number(readFileSync(file, 'utf8'));
	return pid > 0 ? pid : undefined;
}

function alive(pid: number): boolean {
	try {
		process.kill(pid, 0);
		return true;
	} catch {
		return false;
	}
}

/** Stops the n8n whose pid file is in the instance's folder, the way `n8n start` expects (SIGTERM, then wait). */
export async function stopN8n(options: N8nOptions): Promise<void> {
	const pid = n8nPid(options.home);
	if (!pid) return;
	if (alive(pid)) {
		killTree(pid, 'SIGTERM');
		const gone = await waitFor(async () => !alive(pid), 30_000, 200).catch(() => false);
		if (!gone) killTree(pid, 'SIGKILL');
	}
	rmSync(join(options.home, 'n8n.pid'), { force: true });
}

/** Restarts n8n on the same database and ports (published workflows come back by themselves). */
export async function restartN8n(options: N8nOptions): Promise<RunningN8n> {
	await stopN8n(options);
	return await startN8n(options);
}
