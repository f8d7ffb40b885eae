import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';

import { N8nClient } from './client';
import type { CredentialImport } from './demoCredentials';
import { demoCredentials } from './demoCredentials';
import { installIntoN8n } from './installPackage';
import { ensureN8n } from './installN8n';
import type { N8nOptions, RunningN8n } from './n8n';
import { n8nCli, n8nLog, startN8n, stopStale } from './n8n';
import { packageNodes } from './packageNodes';
import type { PackageNode } from './packageNodes';
import { EXAMPLES } from './paths';
import { requireFreePorts } from './ports';
import { requireNode24, seconds, step } from './run';
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
	cli: { home: string; port: number; brokerPort: number; encryptionKey: string };
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
export async function startInstance(options: InstanceOptions): Promise<RunningInstance> {
	requireNode24();
	const started = Date.now();
	await ensureN8n();
	stopStale(options);
	await requireFreePorts([
		[options.port, 'n8n'],
		[options.brokerPort, "n8n's task runner broker"],
		...[1, 2, 3, 4, 5].map((offset): [number, string] => [options.simulatorBasePort + offset, 'vendor simulators']),
	]);
	if (options.fresh) rmSync(options.home, { recursive: true, force: true });
	mkdirSync(options.home, { recursive: true });
	const logFile = n8nLog(options);
	const url = `http://localhost:${options.port}`;

	let done = step('Starting the vendor simulators');
	const simulators = await startSimulators(options.simulatorBasePort, url, join(options.home, 'simulators.log'));
	done();
	let n8n: RunningN8n | undefined;
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

		done = step(`Starting n8n on ${url} (log: ${logFile})`);
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
			workflows.push({ id: workflow.id, name: workflow.name, file, published, manual, webhooks: webhookUrls(url, workflow, nodes) });
		}
		done(`(${workflows.filter((workflow) => workflow.published).length} published)`);

		const state: InstanceState = {
			url,
			apiKey: client.apiKey,
			home: options.home,
			logFile,
			simulators: simulators.urls,
			credentials,
			workflows,
			skipped,
			cli: { home: options.home, port: options.port, brokerPort: options.brokerPort, encryptionKey: options.encryptionKey },
		};
		writeFileSync(join(options.home, 'state.json'), JSON.stringify(state, null, 2));
		console.log(`✓ Ready in ${seconds(started)} s`);
		const running = n8n;
		return {
			state,
			client,
			n8n: running,
			simulators,
			stop: async () => {
				await running.stop();
				await simulators.stop();
			},
		};
	} catch (error) {
		await n8n?.stop();
		await simulators.stop();
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
