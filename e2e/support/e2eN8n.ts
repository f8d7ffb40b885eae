import { readFileSync } from 'node:fs';
import { join } from 'node:path';

import { N8nClient } from '../../scripts/lib/client';
import { finishedExecutions as finishedAtLeast, listExecutions } from '../../scripts/lib/executions';
import type { Execution } from '../../scripts/lib/executions';
import type { ImportedWorkflow, InstanceState } from '../../scripts/lib/instance';
import { n8nCli } from '../../scripts/lib/n8nProcess';
import type { N8nOptions } from '../../scripts/lib/n8nProcess';
import { waitFor } from '../../scripts/lib/wait';
import { E2E_CLI_BROKER_PORT } from '../../scripts/lib/ports';
import { E2E_OPTIONS, QUEUE_MODE } from './e2eInstance';

export type { Execution } from '../../scripts/lib/executions';

/** The running instance as globalSetup left it. */
export function state(): InstanceState {
	return JSON.parse(readFileSync(join(E2E_OPTIONS.home, 'state.json'), 'utf8')) as InstanceState;
}

export function workflow(id: string): ImportedWorkflow {
	const found = state().workflows.find((candidate) => candidate.id === id);
	if (!found) throw new Error(`Workflow ${id} was not imported: ${JSON.stringify(state().skipped)}`);
	return found;
}

/** Whether the vendor's simulator and nodes have landed (tests of missing vendors are skipped). */
export function imported(id: string): boolean {
	return state().workflows.some((candidate) => candidate.id === id);
}

/** The running n8n's public API, with the API key globalSetup created. */
export function client(): N8nClient {
	const { url, apiKey } = state();
	return new N8nClient(url, apiKey);
}

/** Every execution of a workflow with its data, oldest first. */
export async function executions(workflowId: string): Promise<Execution[]> {
	return await listExecutions(client(), workflowId, { includeData: true });
}

let loggedIn: Promise<N8nClient> | undefined;

/** The owner logged in once (n8n limits logins per minute), with the API key too. */
async function editorClient(): Promise<N8nClient> {
	loggedIn ??= (async () => {
		const editor = client();
		await editor.login();
		return editor;
	})();
	return await loggedIn;
}

/**
 * Every execution of a workflow with its data, oldest first, as the database holds them. n8n's
 * public list leaves out what its main process counts as running, and in queue mode the main
 * can go on counting an execution a worker finished (seen after a restart, when the polling
 * triggers enqueued two executions at the same moment: finished in the database, never in the
 * list). The editor's list reads the database; each execution is then read by its id.
 */
export async function storedExecutions(workflowId: string): Promise<Execution[]> {
	const editor = await editorClient();
	const filter = encodeURIComponent(JSON.stringify({ workflowId }));
	// The editor's list gives at most 100; the suites' workflows have fewer executions.
	const { results, count } = (await editor.rest('GET', `/executions?filter=${filter}&limit=100`)) as { results: Array<{ id: string }>; count: number };
	if (count > results.length) throw new Error(`${workflowId} has ${count} executions, more than the editor's list gives at once`);
	const all = await Promise.all(results.map(async ({ id }) => await editor.api<Execution>('GET', `/executions/${id}?includeData=true`)));
	return all.sort((a, b) => Number(a.id) - Number(b.id));
}

/** Waits until the workflow has `count` finished executions (webhook runs finish after the answer). */
export async function finishedExecutions(workflowId: string, count: number, timeoutMs?: number): Promise<Execution[]> {
	return await finishedAtLeast(client(), workflowId, count, { includeData: true, timeoutMs });
}

/** How long a polling trigger may take to start an execution: its next poll (every minute) and the run. */
export const POLL_WAIT = 150_000;

/** The first output items of a node in an execution. */
export function output(execution: Execution, nodeName: string): Array<Record<string, unknown>> {
	const runs = execution.data?.resultData.runData[nodeName];
	if (!runs) throw new Error(`Node "${nodeName}" did not run in execution ${execution.id}`);
	const run = runs[0];
	if (run.error) throw new Error(`Node "${nodeName}" failed: ${run.error.message}`);
	return (run.data?.main[0] ?? []).map((item) => item.json);
}

/** The main n8n process as the global setup started it (in queue mode with its database and queue). */
export function mainOptions(): N8nOptions {
	return { ...E2E_OPTIONS, env: state().cli.env };
}

/**
 * Runs a workflow from its Manual Trigger: `n8n execute --id` as a separate process (its
 * executions have mode "cli"); in queue mode the editor's Execute workflow, which n8n hands to
 * a worker (mode "manual", OFFLOAD_MANUAL_EXECUTIONS_TO_WORKERS).
 */
export async function runManually(workflowId: string): Promise<void> {
	if (QUEUE_MODE) {
		const editor = new N8nClient(state().url);
		await editor.login();
		const { nodes } = await client().api<{ nodes: Array<{ name: string; type: string }> }>('GET', `/workflows/${workflowId}`);
		const trigger = nodes.find((node) => node.type === 'n8n-nodes-base.manualTrigger');
		if (!trigger) throw new Error(`Workflow ${workflowId} has no Manual Trigger`);
		const { executionId } = (await editor.rest('POST', `/workflows/${workflowId}/run`, { triggerToStartFrom: { name: trigger.name } })) as { executionId: string };
		// Like `n8n execute`, return once it has finished (on a worker).
		const finished = async () => !['new', 'running', 'waiting'].includes((await client().api<{ status: string }>('GET', `/executions/${executionId}`)).status);
		await waitFor(finished, 180_000, 300);
		return;
	}
	await n8nCli(
		{ ...mainOptions(), brokerPort: E2E_CLI_BROKER_PORT, port: E2E_CLI_BROKER_PORT + 1 },
		['execute', `--id=${workflowId}`, '--rawOutput'],
		3 * 60_000,
	);
}

/** The mode of the executions runManually starts. */
export const MANUAL_MODE = QUEUE_MODE ? 'manual' : 'cli';

export interface WebhookAnswer {
	status: number;
	body: unknown;
	headers: Headers;
}

/** A request to a production webhook URL, as the vendor would send it. */
export async function post(
	url: string,
	body: unknown,
	options: { query?: Record<string, string>; headers?: Record<string, string> } = {},
): Promise<WebhookAnswer> {
	const target = new URL(url);
	for (const [name, value] of Object.entries(options.query ?? {})) target.searchParams.set(name, value);
	const response = await fetch(target, {
		method: 'POST',
		headers: { 'Content-Type': 'application/json', ...options.headers },
		body: typeof body === 'string' ? body : JSON.stringify(body),
	});
	const text = await response.text();
	let parsed: unknown = text;
	try {
		parsed = JSON.parse(text);
	} catch {
		// not JSON
	}
	return { status: response.status, body: parsed, headers: response.headers };
}
