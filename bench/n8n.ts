import { readFileSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import type { Agent } from 'node:http';

import type { N8nClient } from '../scripts/lib/client';
import { waitFor } from '../scripts/lib/wait';

/** What the bench needs of the running n8n: its public API, its webhooks and its process. */

export interface Execution {
	id: string;
	status: string;
	finished: boolean;
	workflowId: string;
	startedAt: string;
	stoppedAt?: string;
	data?: { resultData: { runData: Record<string, NodeRun[]>; error?: { message: string } } };
}

export interface NodeRun {
	executionTime: number;
	error?: { message: string };
	data?: { main: Array<Array<{ json: Record<string, unknown>; binary?: Record<string, { fileSize?: string; id?: string }> }> | null> };
}

export interface Answer {
	status: number;
	body: string;
	ms: number;
	error?: string;
}

/** One HTTP request with a Buffer body; `ms` is until the whole answer arrived. */
export async function send(
	method: string,
	url: string,
	headers: Record<string, string>,
	body: Buffer | undefined,
	agent?: Agent,
	timeoutMs = 300_000,
): Promise<Answer> {
	const started = performance.now();
	return await new Promise<Answer>((resolve) => {
		const outgoing = request(url, { method, agent, headers: { ...headers, ...(body ? { 'Content-Length': String(body.length) } : {}) } });
		outgoing.setTimeout(timeoutMs, () => outgoing.destroy(new Error(`no answer within ${timeoutMs} ms`)));
		outgoing.on('response', (response) => {
			const chunks: Buffer[] = [];
			response.on('data', (chunk: Buffer) => chunks.push(chunk));
			response.on('end', () =>
				resolve({ status: response.statusCode ?? 0, body: Buffer.concat(chunks).toString('utf8'), ms: performance.now() - started }),
			);
		});
		outgoing.on('error', (error) => resolve({ status: 0, body: '', ms: performance.now() - started, error: error.message }));
		outgoing.end(body);
	});
}

export function jsonBody(value: unknown): Buffer {
	return Buffer.from(JSON.stringify(value), 'utf8');
}

export function basicAuth(user: string, password: string): string {
	return `Basic ${Buffer.from(`${user}:${password}`, 'utf8').toString('base64')}`;
}

/** Executions of a workflow, newest first (n8n lists finished ones only). */
export async function executions(client: N8nClient, workflowId: string, options: { includeData?: boolean; limit?: number } = {}): Promise<Execution[]> {
	const all: Execution[] = [];
	let cursor: string | undefined;
	const limit = options.limit ?? 250;
	do {
		const page = await client.api<{ data: Execution[]; nextCursor: string | null }>(
			'GET',
			`/executions?workflowId=${workflowId}&includeData=${options.includeData === true}&limit=${Math.min(limit, 250)}${cursor ? `&cursor=${cursor}` : ''}`,
		);
		all.push(...page.data);
		cursor = page.nextCursor ?? undefined;
	} while (cursor && all.length < limit);
	return all.sort((a, b) => Number(b.id) - Number(a.id));
}

/** The newest execution of a workflow with an id above `after`, once n8n has saved it. */
export async function nextExecution(client: N8nClient, workflowId: string, after: number, includeData: boolean, timeoutMs = 120_000): Promise<Execution> {
	let found: Execution | undefined;
	await waitFor(async () => {
		[found] = await executions(client, workflowId, { includeData, limit: 1 });
		return found !== undefined && Number(found.id) > after && found.stoppedAt !== undefined && found.stoppedAt !== null;
	}, timeoutMs, 100);
	return found!;
}

export function lastExecutionId(list: Execution[]): number {
	return list.length > 0 ? Number(list[0].id) : 0;
}

/** Every execution of a workflow once their number holds still (webhook runs finish after the answer). */
export async function settledExecutions(client: N8nClient, workflowId: string, expected: number, timeoutMs = 180_000): Promise<Execution[]> {
	let found: Execution[] = [];
	let last = -1;
	let stableSince = Date.now();
	await waitFor(async () => {
		found = await executions(client, workflowId, { limit: Number.MAX_SAFE_INTEGER });
		if (found.length !== last) {
			last = found.length;
			stableSince = Date.now();
			return false;
		}
		return found.length >= expected || Date.now() - stableSince > 5_000;
	}, timeoutMs, 500).catch(() => true);
	return found;
}

/** Creates a credential through the public API; returns its id. */
export async function createCredential(client: N8nClient, name: string, type: string, data: Record<string, unknown>): Promise<string> {
	const created = await client.api<{ id: string }>('POST', '/credentials', { name, type, data });
	return created.id;
}

export interface WorkflowJson {
	name: string;
	nodes: Array<Record<string, unknown>>;
	connections: Record<string, unknown>;
	settings: Record<string, unknown>;
}

/**
 * Creates and publishes a workflow through the public API; returns its id. n8n 2.41 publishes
 * through an outbox, so the webhook at `url` answers a moment later: a GET (which starts
 * nothing: the webhooks are POST, or refuse a GET without credentials) tells when it is there.
 */
export async function createWorkflow(client: N8nClient, workflow: WorkflowJson, url: string): Promise<string> {
	const created = await client.api<{ id: string }>('POST', '/workflows', workflow);
	await client.publish(created.id);
	await waitFor(async () => {
		const answer = await send('GET', url, {}, undefined);
		return !(answer.status === 404 && answer.body.includes('The requested webhook'));
	}, 60_000, 200).catch(() => {
		throw new Error(`n8n did not register the webhook ${url} of "${workflow.name}" within 60 s`);
	});
	return created.id;
}

/**
 * How many expressions n8n's expression engine evaluated so far and how long they took, from
 * its Prometheus metrics (N8N_METRICS=true): the histogram of VM-based evaluations.
 */
export async function expressionMetrics(n8nUrl: string): Promise<{ count: number; seconds: number }> {
	const answer = await send('GET', `${n8nUrl}/metrics`, {}, undefined);
	if (answer.status !== 200) throw new Error(`${n8nUrl}/metrics answered ${answer.status}: is N8N_METRICS=true?`);
	const total = (suffix: string) =>
		[...answer.body.matchAll(new RegExp(`^\\w*expression_evaluation_duration_seconds_${suffix}(?:\\{[^}]*\\})?\\s+(\\S+)$`, 'gm'))].reduce(
			(sum, match) => sum + Number(match[1]),
			0,
		);
	return { count: total('count'), seconds: total('sum') };
}

/** Memory of a process from /proc/<pid>/status, in MiB. */
export function memory(pid: number): { rss: number; hwm: number } {
	const status = readFileSync(`/proc/${pid}/status`, 'utf8');
	const kb = (field: string) => Number(new RegExp(`${field}:\\s+(\\d+)`).exec(status)?.[1] ?? 0);
	return { rss: kb('VmRSS') / 1024, hwm: kb('VmHWM') / 1024 };
}

/** Resets the peak resident size (VmHWM) of a process to its current size (Linux clear_refs 5). */
export function resetPeak(pid: number): void {
	writeFileSync(`/proc/${pid}/clear_refs`, '5');
}

/** Child processes of a process (n8n's task runner). */
export function children(pid: number): number[] {
	try {
		return readFileSync(`/proc/${pid}/task/${pid}/children`, 'utf8').trim().split(/\s+/).filter(Boolean).map(Number);
	} catch {
		return [];
	}
}

/** The simulators' control routes (/__sim/*), over HTTP: they run in their own process. */
export class SimulatorControl {
	constructor(readonly url: string) {}

	async clearLog(): Promise<void> {
		const answer = await send('POST', `${this.url}/__sim/clear-log`, {}, undefined);
		if (answer.status !== 200) throw new Error(`${this.url}/__sim/clear-log answered ${answer.status}`);
	}

	/** Paths of the requests received since the last clear, with their statuses. */
	async requests(): Promise<Array<{ path: string; status?: number }>> {
		const answer = await send('GET', `${this.url}/__sim/requests`, {}, undefined);
		if (answer.status !== 200) throw new Error(`${this.url}/__sim/requests answered ${answer.status}`);
		return (JSON.parse(answer.body) as Array<{ path: string; status?: number }>).map(({ path, status }) => ({ path, status }));
	}
}
