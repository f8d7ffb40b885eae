import { N8nClient } from '../../scripts/lib/client';
import { listExecutions, settledExecutions as settled } from '../../scripts/lib/executions';
import type { Execution } from '../../scripts/lib/executions';
import type { N8nOptions, RunningN8n } from '../../scripts/lib/n8nProcess';
import { n8nPid, processMemory, startN8n, stopN8n } from '../../scripts/lib/n8nProcess';
import { faultsState } from './state';

export { stopN8n } from '../../scripts/lib/n8nProcess';

/** The fault suite's n8n, with the API key its global setup created. */
function client(): N8nClient {
	const { url, apiKey } = faultsState();
	return new N8nClient(url, apiKey);
}

/** Every execution of a workflow (with its data when asked), oldest first. */
export async function executions(workflowId: string, includeData = false): Promise<Execution[]> {
	return await listExecutions(client(), workflowId, { includeData });
}

/** A workflow's executions once their number holds still for `quietMs` and none is running. */
export async function settledExecutions(workflowId: string, quietMs = 3_000, timeoutMs = 180_000): Promise<Execution[]> {
	return await settled(client(), workflowId, { quietMs, timeoutMs });
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
	const pid = n8nPid({ home });
	const rss = pid ? processMemory(pid)?.rss : undefined;
	return { healthz: await status('/healthz'), readiness: await status('/healthz/readiness'), rssMb: rss === undefined ? undefined : Math.round(rss) };
}

/** Restarts n8n on the same database and ports (published workflows come back by themselves). */
export async function restartN8n(options: N8nOptions): Promise<RunningN8n> {
	await stopN8n(options);
	return await startN8n(options);
}
