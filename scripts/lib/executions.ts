import type { N8nClient } from './client';
import { waitFor } from './wait';

/** Executions as n8n's public API lists them (`/api/v1/executions`), for the e2e, fault and bench suites. */

export interface NodeRun {
	executionTime: number;
	error?: { message: string; description?: string };
	data?: { main: Array<Array<{ json: Record<string, unknown>; binary?: Record<string, { fileSize?: string; id?: string }> }> | null> };
}

export interface Execution {
	id: string;
	status: string;
	mode: string;
	finished: boolean;
	workflowId: string;
	startedAt: string;
	stoppedAt?: string | null;
	data?: { resultData: { runData: Record<string, NodeRun[]>; error?: { message: string } } };
}

const UNFINISHED = ['new', 'running', 'waiting'];

/** Whether n8n is done with an execution (whatever its outcome). */
export function isFinished(execution: Execution): boolean {
	return !UNFINISHED.includes(execution.status);
}

/** A workflow's executions, oldest first; `newest` reads only that many of the latest. */
export async function listExecutions(
	client: N8nClient,
	workflowId: string,
	options: { includeData?: boolean; newest?: number } = {},
): Promise<Execution[]> {
	const wanted = options.newest ?? Number.MAX_SAFE_INTEGER;
	const all: Execution[] = [];
	let cursor: string | undefined;
	do {
		const page = await client.api<{ data: Execution[]; nextCursor: string | null }>(
			'GET',
			`/executions?workflowId=${workflowId}&includeData=${options.includeData === true}&limit=${Math.min(wanted, 250)}${cursor ? `&cursor=${cursor}` : ''}`,
		);
		all.push(...page.data);
		cursor = page.nextCursor ?? undefined;
	} while (cursor && all.length < wanted);
	// n8n lists the newest first.
	return all.sort((a, b) => Number(a.id) - Number(b.id)).slice(-wanted);
}

/** Waits until a workflow has at least `count` executions, all finished (webhook runs finish after the answer). */
export async function finishedExecutions(
	client: N8nClient,
	workflowId: string,
	count: number,
	options: { includeData?: boolean; timeoutMs?: number } = {},
): Promise<Execution[]> {
	let found: Execution[] = [];
	await waitFor(async () => {
		found = await listExecutions(client, workflowId, { includeData: options.includeData });
		return found.length >= count && found.every(isFinished);
	}, options.timeoutMs ?? 60_000, 300).catch(() => {
		throw new Error(`Expected ${count} finished executions of ${workflowId}, found ${JSON.stringify(found.map(({ id, status }) => ({ id, status })))}`);
	});
	return found;
}

/**
 * Waits until a workflow's executions stop changing and none is unfinished, for when the number
 * to expect is what is being measured; `expected` ends the wait early once reached.
 */
export async function settledExecutions(
	client: N8nClient,
	workflowId: string,
	options: { quietMs?: number; timeoutMs?: number; expected?: number } = {},
): Promise<Execution[]> {
	const quietMs = options.quietMs ?? 3_000;
	let last = -1;
	let stableSince = Date.now();
	let found: Execution[] = [];
	await waitFor(async () => {
		found = await listExecutions(client, workflowId);
		if (!found.every(isFinished)) return false;
		if (options.expected !== undefined && found.length >= options.expected) return true;
		if (found.length !== last) {
			last = found.length;
			stableSince = Date.now();
			return false;
		}
		return Date.now() - stableSince >= quietMs;
	}, options.timeoutMs ?? 180_000, 500);
	return found;
}
