import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';

import { N8nClient } from './client';
import type { CredentialImport } from './demoCredentials';
import { demoCredentials } from './demoCredentials';
import { installIntoN8n } from './installPackage';
import { ensureN8n } from './installN8n';
import type { N8nOptions, RunningN8n } from './n8nProcess';
import { n8nCli, n8nLog, startN8n, stopN8n, stopStale } from './n8nProcess';
import { packageNodes } from './packageNodes';
import type { QueueOptions, QueueState, RunningProcessors, RunningServers } from './queue/cluster';
import { mainProcess, processorOptions, queueEnv, startProcessors, startQueueServers } from './queue/cluster';
import type { PackageNode } from './packageNodes';
import { EXAMPLES } from './paths';
import { instancePorts, requireFreePorts } from './ports';
import { requireNode24, seconds, step } from './processes';
import type { RunningSimulators } from './simulators';
import { startSimulators } from './simulators';

export interface InstanceOptions extends N8nOptions {
	simulatorBasePort: number;
	/** Start from an empty n8n database (the e2e suite always does). */
	fresh: boolean;
	/** Workflow folders besides examples/ (the e2e suite's fixtures). */
	workflowDirs?: string[];
	/** Import examples/ too (default); the fault suite brings only its own workflows. */
	examples?: boolean;
	/** Credentials besides the demo ones (the e2e suite's fixtures). */
	extraCredentials?: (simulatorUrls: Record<string, string>) => CredentialImport[];
	/** Queue mode: Redis, PostgreSQL, workers and webhook processors behind a load balancer. */
	queue?: QueueOptions;
}

export interface ImportedWorkflow {
	id: string;
	name: string;
	file: string;
	/** Published: a trigger other than the Manual Trigger. */
	published: boolean;
	/** Has a Manual Trigger, so `n8n execute --id` can run it. */
	manual: boolean;
	/** Production URLs of the package's trigger nodes, by node name. */
	webhooks: Record<string, string>;
}

export interface SkippedWorkflow {
	file: string;
	reason: string;
}

/** What a running instance looks like to the e2e suite (written to <home>/state.json). */
export interface InstanceState {
	url: string;
	apiKey: string;
	home: string;
	logFile: string;
	simulators: Record<string, string>;
	credentials: CredentialImport[];
	workflows: ImportedWorkflow[];
	skipped: SkippedWorkflow[];
	cli: { home: string; port: number; brokerPort: number; encryptionKey: string; env?: Record<string, string> };
	/** Queue mode: the processes (to kill and restart them) and the load balancer's URL. */
	queue?: QueueState;
}

export interface RunningInstance {
	state: InstanceState;
	client: N8nClient;
	n8n: RunningN8n;
	simulators: RunningSimulators;
	stop(): Promise<void>;
}

interface WorkflowJson {
	id: string;
	name: string;
	nodes: Array<{ name: string; type: string; webhookId?: string; parameters?: Record<string, unknown>; credentials?: Record<string, { id: string }> }>;
}

const MANUAL_TRIGGER = 'n8n-nodes-base.manualTrigger';

/** n8n's MCP Server Trigger, which serves the package's nodes to AI agents as tools. */
export const MCP_TRIGGER = '@n8n/n8n-nodes-langchain.mcpTrigger';

/** Everything `npm start` and the e2e suite need: n8n installed, package in, data imported, running. */
export async function startInstance(given: InstanceOptions): Promise<RunningInstance> {
	requireNode24();
	const started = Date.now();
	await ensureN8n();
	// In queue mode every process and every CLI call talks to PostgreSQL and Redis.
	const options: InstanceOptions = given.queue ? { ...given, env: { ...given.env, ...queueEnv(given.queue) } } : given;
	const processes = options.queue ? [mainProcess(options), ...processorOptions(options, options.queue)] : [];
	for (const member of [mainProcess(options), ...processes.slice(1)]) stopStale(member.options);
	await requireFreePorts(instancePorts(options));
	if (options.fresh) rmSync(options.home, { recursive: true, force: true });
	mkdirSync(options.home, { recursive: true });
	const logFile = n8nLog(options);
	const url = `http://localhost:${options.port}`;
	// Where senders reach the production webhooks: n8n itself, or the queue's load balancer.
	const webhookBase = options.queue ? `http://localhost:${options.queue.balancerPort}` : url;

	let servers: RunningServers | undefined;
	let processors: RunningProcessors | undefined;
	let n8n: RunningN8n | undefined;
	if (options.queue) servers = await startQueueServers(options.home, options.queue);
	let done = step('Starting the vendor simulators');
	const simulators = await startSimulators(options.simulatorBasePort, webhookBase, join(options.home, 'simulators.log'));
	done();
	const stopAll = async () => {
		// A process a test restarted is not the child started here: its pid file finds it.
		for (const member of [mainProcess(options), ...processes.slice(1)].reverse()) await stopN8n(member.options);
		await processors?.stop();
		await n8n?.stop();
		await simulators.stop();
		await servers?.stop();
	};
	try {
		await installIntoN8n(options.home, logFile);
		const nodes = packageNodes();
		const credentials = [...demoCredentials(simulators.urls), ...(options.extraCredentials?.(simulators.urls) ?? [])];
		const { selected, skipped } = selectWorkflows(options, nodes, credentials);

		done = step(`Importing ${credentials.length} credentials and ${selected.length} workflows`);
		const importDir = join(options.home, 'import');
		rmSync(importDir, { recursive: true, force: true });
		mkdirSync(join(importDir, 'workflows'), { recursive: true });
		writeFileSync(join(importDir, 'credentials.json'), JSON.stringify(credentials, null, 2));
		await n8nCli(options, ['import:credentials', `--input=${join(importDir, 'credentials.json')}`]);
		for (const { file, workflow } of selected) {
			writeFileSync(join(importDir, 'workflows', basename(file)), JSON.stringify(workflow, null, 2));
		}
		if (selected.length > 0) {
			await n8nCli(options, ['import:workflow', '--separate', `--input=${join(importDir, 'workflows')}`]);
		}
		done();

		done = step(`Starting n8n on ${url}${options.queue ? ' (queue mode: the main process)' : ''} (log: ${logFile})`);
		n8n = await startN8n(options);
		done();

		done = step('Owner account, login and API key');
		const client = new N8nClient(n8n.url);
		await client.setupOwner();
		await client.login();
		await client.createApiKey();
		done();

		await checkNodeTypes(client, nodes);

		done = step('Publishing the trigger workflows');
		const workflows: ImportedWorkflow[] = [];
		for (const { file, workflow } of selected) {
			const published = workflow.nodes.some((node) => isTriggerType(node.type, nodes) && node.type !== MANUAL_TRIGGER);
			if (published) await client.publish(workflow.id);
			const manual = workflow.nodes.some((node) => node.type === MANUAL_TRIGGER);
			workflows.push({ id: workflow.id, name: workflow.name, file, published, manual, webhooks: webhookUrls(webhookBase, workflow, nodes) });
		}
		done(`(${workflows.filter((workflow) => workflow.published).length} published)`);

		if (options.queue) processors = await startProcessors(options, options.queue, processes.slice(1));

		const state: InstanceState = {
			url,
			apiKey: client.apiKey,
			home: options.home,
			logFile,
			simulators: simulators.urls,
			credentials,
			workflows,
			skipped,
			cli: { home: options.home, port: options.port, brokerPort: options.brokerPort, encryptionKey: options.encryptionKey, env: options.env },
			queue: options.queue
				? { balancerUrl: webhookBase, redisPort: options.queue.redisPort, postgresPort: options.queue.postgresPort, processes }
				: undefined,
		};
		writeFileSync(join(options.home, 'state.json'), JSON.stringify(state, null, 2));
		console.log(`✓ Ready in ${seconds(started)} s`);
		return { state, client, n8n, simulators, stop: stopAll };
	} catch (error) {
		await stopAll();
		throw error;
	}
}

function isTriggerType(type: string, nodes: PackageNode[]): boolean {
	if (type === MANUAL_TRIGGER) return true;
	const node = nodes.find((candidate) => candidate.type === type);
	if (node) return node.isTrigger;
	return /Trigger$/.test(type) || type === 'n8n-nodes-base.webhook' || type === 'n8n-nodes-base.scheduleTrigger';
}

/** Production URLs of the package's triggers (/webhook/<webhookId>/<path>) and of MCP Server Triggers (/mcp/<path>). */
function webhookUrls(url: string, workflow: WorkflowJson, nodes: PackageNode[]): Record<string, string> {
	const urls: Record<string, string> = {};
	for (const node of workflow.nodes) {
		if (node.type === MCP_TRIGGER) urls[node.name] = `${url}/mcp/${String(node.parameters?.path)}`;
		const type = nodes.find((candidate) => candidate.type === node.type);
		const webhook = type?.description.webhooks?.[0];
		if (!webhook || !node.webhookId) continue;
		const path = String(webhook.path);
		urls[node.name] = webhook.isFullPath ? `${url}/webhook/${path}` : `${url}/webhook/${node.webhookId}/${path}`;
	}
	return urls;
}

/**
 * Examples whose vendors have landed: every node of this package they use exists and every
 * credential they reference is created. The others are reported, not imported.
 */
function selectWorkflows(
	options: InstanceOptions,
	nodes: PackageNode[],
	credentials: CredentialImport[],
): { selected: Array<{ file: string; workflow: WorkflowJson }>; skipped: SkippedWorkflow[] } {
	const selected: Array<{ file: string; workflow: WorkflowJson }> = [];
	const skipped: SkippedWorkflow[] = [];
	const prefix = 'n8n-nodes-contact-center.';
	// A node of the package used as an AI tool is named `<type>Tool` (n8n makes it of a usableAsTool node).
	const known = (type: string) =>
		nodes.some((candidate) => candidate.type === type || (candidate.description.usableAsTool && `${candidate.type}Tool` === type));
	for (const dir of [...(options.examples === false ? [] : [EXAMPLES]), ...(options.workflowDirs ?? [])]) {
		if (!existsSync(dir)) continue;
		for (const name of readdirSync(dir).filter((file) => file.endsWith('.json')).sort()) {
			const file = join(dir, name);
			const workflow = JSON.parse(readFileSync(file, 'utf8')) as WorkflowJson;
			const missingNode = workflow.nodes.find((node) => node.type.startsWith(prefix) && !known(node.type));
			const missingCredential = workflow.nodes
				.flatMap((node) => Object.entries(node.credentials ?? {}))
				.find(([, ref]) => !credentials.some((credential) => credential.id === ref.id));
			if (missingNode) skipped.push({ file, reason: `node ${missingNode.type} is not in the package yet` });
			else if (missingCredential) skipped.push({ file, reason: `credential ${missingCredential[0]} (${missingCredential[1].id}) is not available yet` });
			else selected.push({ file, workflow });
		}
	}
	return { selected, skipped };
}

/** The editor's node list must contain every node of the package (else n8n did not load it). */
async function checkNodeTypes(client: N8nClient, nodes: PackageNode[]): Promise<void> {
	const loaded = (await client.editorFile('/types/nodes.json')) as Array<{ name: string }>;
	const missing = nodes.filter((node) => !loaded.some((type) => type.name === node.type));
	if (missing.length > 0) {
		throw new Error(`n8n did not load ${missing.map((node) => node.type).join(', ')}: see n8n's log`);
	}
	console.log(`  ✓ n8n loaded ${nodes.length} nodes of the package: ${nodes.map((node) => node.description.displayName).join(', ')}`);
}
