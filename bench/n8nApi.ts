import type { N8nClient } from '../scripts/lib/client';
import { listExecutions } from '../scripts/lib/executions';
import type { Execution } from '../scripts/lib/executions';
import { send } from '../scripts/lib/http';
import { waitFor } from '../scripts/lib/wait';

/** What the bench (and the queue suite) needs of a running n8n's public API and webhooks. */

/**
 * A workflow's newest executions. On a loaded machine n8n's API answers 503 "Database is not
 * ready" while SQLite is busy saving a large execution: that is asked again (for up to a minute).
 */
async function newestExecutions(client: N8nClient, workflowId: string, includeData: boolean): Promise<Execution[]> {
	let found: Execution[] = [];
	await waitFor(async () => {
		try {
			found = await listExecutions(client, workflowId, { includeData, newest: 1 });
			return true;
		} catch (error) {
			if (/answered 503/.test((error as Error).message)) return false;
			throw error;
		}
	}, 60_000, 200);
	return found;
}

/** The newest execution of a workflow with an id above `after`, once n8n has saved it. */
export async function nextExecution(client: N8nClient, workflowId: string, after: number, includeData: boolean, timeoutMs = 120_000): Promise<Execution> {
	let found: Execution | undefined;
	await waitFor(async () => {
		[found] = await newestExecutions(client, workflowId, includeData);
		return found !== undefined && Number(found.id) > after && found.stoppedAt !== undefined && found.stoppedAt !== null;
	}, timeoutMs, 100);
	return found!;
}

/** The id of a workflow's newest execution (0 when it has none). */
export async function lastExecutionId(client: N8nClient, workflowId: string): Promise<number> {
	const [newest] = await newestExecutions(client, workflowId, false);
	return newest ? Number(newest.id) : 0;
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
