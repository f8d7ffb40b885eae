import './env';

import { randomUUID } from 'node:crypto';
import { join } from 'node:path';

import {
	CredentialTestContext,
	ExecuteContext,
	ExecutionLifecycleHooks,
	LoadOptionsContext,
	PackageDirectoryLoader,
	RoutingNode,
	WorkflowExecute,
} from 'n8n-core';
import {
	createRunExecutionData,
	NodeHelpers,
	Workflow,
} from 'n8n-workflow';
import type {
	ExecutionError,
	ICredentialDataDecryptedObject,
	ICredentialType,
	ICredentialsDecrypted,
	IDataObject,
	IExecuteResponsePromiseData,
	INode,
	INodeCredentialTestResult,
	INodeCredentialsDetails,
	INodeExecutionData,
	INodeParameters,
	INodePropertyOptions,
	INodeType,
	INodeTypes,
	IRun,
	IVersionedNodeType,
	IWorkflowBase,
	IWorkflowExecuteAdditionalData,
	ResourceMapperFields,
} from 'n8n-workflow';

import { agentStandIn, toolVariant } from './agent';
import type { ToolCall } from './agent';
import { TestCredentialsHelper } from './credentials';

export const PACKAGE_ROOT = join(__dirname, '..', '..', '..');

export interface NodeSpec {
	/** Node name as in package.json's n8n.nodes (without the package prefix), e.g. `comnica`. */
	type: string;
	parameters: INodeParameters;
	credentials?: Record<string, INodeCredentialsDetails>;
	name?: string;
	typeVersion?: number;
	continueOnFail?: boolean;
	/** The workflow's time zone setting (n8n's default, America/New_York, when absent). */
	timezone?: string;
}

export interface RunResult {
	/** Items of the node's first output. */
	items: INodeExecutionData[];
	outputs: INodeExecutionData[][];
	/** The node's error when the execution failed. */
	error?: ExecutionError;
	run: IRun;
}

export interface WorkflowSpec {
	nodes: INode[];
	connections: IWorkflowBase['connections'];
	staticData?: IDataObject;
	/** The workflow's time zone setting. */
	timezone?: string;
}

/**
 * Runs this package's nodes through the real n8n engine: the package is loaded from its
 * package.json by n8n's PackageDirectoryLoader (so dist/ and the n8n section are proven),
 * workflows run through WorkflowExecute, declarative nodes through RoutingNode.
 */
export class Engine {
	readonly credentials: TestCredentialsHelper;

	private constructor(
		readonly packageName: string,
		readonly nodeTypes: INodeTypes,
		readonly credentialTypes: Map<string, ICredentialType>,
		readonly nodeNames: string[],
	) {
		this.credentials = new TestCredentialsHelper(credentialTypes);
	}

	static async load(): Promise<Engine> {
		const loader = new PackageDirectoryLoader(PACKAGE_ROOT);
		await loader.loadAll();
		const credentialTypes = new Map<string, ICredentialType>();
		for (const [name, { type }] of Object.entries(loader.credentialTypes)) credentialTypes.set(name, type);
		const packageName = loader.packageName;
		const extra = new Map<string, INodeType>();
		const tools = new Map<string, INodeType>();
		const byName = (name: string): IVersionedNodeType | INodeType => {
			const added = extra.get(name);
			if (added) return added;
			const shortName = name.startsWith(`${packageName}.`) ? name.slice(packageName.length + 1) : name;
			const loaded = loader.nodeTypes[shortName] ?? loader.nodeTypes[name];
			const base = !loaded && shortName.endsWith('Tool') ? loader.nodeTypes[shortName.slice(0, -'Tool'.length)] : undefined;
			if (base && (base.type as INodeType).description.usableAsTool) {
				if (!tools.has(name)) tools.set(name, toolVariant(base.type as INodeType));
				return tools.get(name)!;
			}
			if (!loaded) throw new Error(`Unknown node type ${name}`);
			return loaded.type;
		};
		const nodeTypes: INodeTypes = {
			getByName: byName,
			getByNameAndVersion: (name, version) => NodeHelpers.getVersionedNodeType(byName(name), version),
			getKnownTypes: () => ({}),
		};
		const created = new Engine(packageName, nodeTypes, credentialTypes, Object.keys(loader.nodeTypes));
		created.extraNodeTypes = extra;
		return created;
	}

	private extraNodeTypes = new Map<string, INodeType>();

	/**
	 * Adds a node type that is not in the package, by its full type name (e.g. a stand-in for
	 * one of n8n's own nodes that a trigger's workflow needs). Package node types are unaffected.
	 */
	addNodeType(type: string, nodeType: INodeType): void {
		this.extraNodeTypes.set(type, nodeType);
	}

	nodeType(type: string): INodeType {
		return this.nodeTypes.getByNameAndVersion(this.fullType(type));
	}

	fullType(type: string): string {
		return type.includes('.') ? type : `${this.packageName}.${type}`;
	}

	node(spec: NodeSpec): INode {
		const type = this.nodeTypes.getByNameAndVersion(this.fullType(spec.type));
		const version = spec.typeVersion ?? (([] as number[]).concat(type.description.version).at(-1) as number);
		return {
			id: randomUUID(),
			name: spec.name ?? type.description.defaults.name ?? spec.type,
			type: this.fullType(spec.type),
			typeVersion: version,
			position: [0, 0],
			parameters: spec.parameters,
			credentials: spec.credentials,
			webhookId: randomUUID(),
			...(spec.continueOnFail ? { onError: 'continueRegularOutput' as const } : {}),
		};
	}

	workflow(spec: WorkflowSpec): Workflow {
		return new Workflow({
			id: 'harness-workflow',
			name: 'Harness workflow',
			nodes: spec.nodes,
			connections: spec.connections,
			active: true,
			nodeTypes: this.nodeTypes,
			staticData: spec.staticData,
			settings: spec.timezone ? { timezone: spec.timezone } : {},
		});
	}

	additionalData(hooks?: ExecutionLifecycleHooks, webhookBaseUrl = 'http://127.0.0.1:5678'): IWorkflowExecuteAdditionalData {
		const unsupported = async () => {
			throw new Error('Not available in the engine harness');
		};
		return {
			hooks,
			credentialsHelper: this.credentials,
			executeWorkflow: unsupported,
			getRunExecutionData: async () => undefined,
			getRuntimeCredential: async () => undefined,
			currentNodeExecutionIndex: 0,
			restApiUrl: `${webhookBaseUrl}/rest`,
			instanceBaseUrl: webhookBaseUrl,
			formBaseUrl: `${webhookBaseUrl}/form`,
			formWaitingBaseUrl: `${webhookBaseUrl}/form-waiting`,
			formTestBaseUrl: `${webhookBaseUrl}/form-test`,
			webhookBaseUrl: `${webhookBaseUrl}/webhook`,
			webhookWaitingBaseUrl: `${webhookBaseUrl}/webhook-waiting`,
			webhookTestBaseUrl: `${webhookBaseUrl}/webhook-test`,
			mcpBaseUrl: `${webhookBaseUrl}/mcp`,
			mcpTestBaseUrl: `${webhookBaseUrl}/mcp-test`,
			variables: {},
			logAiEvent: () => {},
			startRunnerTask: unsupported,
		} as unknown as IWorkflowExecuteAdditionalData;
	}

	/** Runs one node with the given input items (as if a previous node produced them). */
	async run(spec: NodeSpec, input: INodeExecutionData[] = [{ json: {} }]): Promise<RunResult> {
		const node = this.node(spec);
		return await this.execute({ nodes: [node], connections: {}, timezone: spec.timezone }, node, [input]);
	}

	/**
	 * Runs one node as an AI tool (`<type>Tool`), the way n8n's agents and MCP Server Trigger do:
	 * a stand-in agent gets the tool from n8n-core and calls it once with `args`.
	 */
	async runAsTool(spec: NodeSpec, args: IDataObject = {}): Promise<ToolCall> {
		this.extraNodeTypes.set(agentStandIn.description.name, agentStandIn);
		const tool = this.node({ ...spec, type: `${this.fullType(spec.type)}Tool` });
		const agent = this.node({ type: agentStandIn.description.name, parameters: { args: JSON.stringify(args) }, name: 'Agent' });
		const connections = { [tool.name]: { ai_tool: [[{ node: agent.name, type: 'ai_tool' as const, index: 0 }]] } };
		const result = await this.execute({ nodes: [agent, tool], connections }, agent, [[{ json: {} }]]);
		if (result.error) throw result.error;
		return result.items[0].json as unknown as ToolCall;
	}

	/** Runs a workflow from `startNode`, which receives `input` on its main inputs. */
	async execute(
		spec: WorkflowSpec,
		startNode: INode,
		input: INodeExecutionData[][],
		mode: 'manual' | 'webhook' | 'trigger' = 'manual',
		/** Called when a node answers the webhook itself (`sendResponse`, e.g. Respond to Webhook). */
		onResponse?: (response: IExecuteResponsePromiseData) => void,
	): Promise<RunResult> {
		const workflow = this.workflow(spec);
		const executionId = randomUUID();
		const hooks = new ExecutionLifecycleHooks(mode, executionId, {
			id: workflow.id,
			name: workflow.name,
			nodes: spec.nodes,
			connections: spec.connections,
			active: true,
			activeVersionId: null,
			isArchived: false,
			createdAt: new Date(),
			updatedAt: new Date(),
		} as unknown as IWorkflowBase);
		let finished!: (run: IRun) => void;
		const done = new Promise<IRun>((resolve) => (finished = resolve));
		hooks.addHandler('workflowExecuteAfter', (run) => finished(run));
		if (onResponse) hooks.addHandler('sendResponse', (response) => onResponse(response));
		const runExecutionData = createRunExecutionData({
			executionData: {
				nodeExecutionStack: [{ node: workflow.getNode(startNode.name)!, data: { main: input }, source: null }],
			},
		});
		const additionalData = this.additionalData(hooks);
		additionalData.executionId = executionId;
		await new WorkflowExecute(additionalData, mode, runExecutionData).processRunExecutionData(workflow);
		const run = await done;
		if (spec.staticData) Object.assign(spec.staticData, workflow.staticData);
		const lastNode = run.data.resultData.lastNodeExecuted ?? startNode.name;
		const taskData = run.data.resultData.runData[lastNode]?.[0];
		const outputs = (taskData?.data?.main ?? []).map((output) => output ?? []);
		return { items: outputs[0] ?? [], outputs, error: run.data.resultData.error, run };
	}

	/** Items a given node produced in a run. */
	static itemsOf(run: IRun, nodeName: string): INodeExecutionData[] {
		return run.data.resultData.runData[nodeName]?.[0]?.data?.main?.[0] ?? [];
	}

	/**
	 * The credential "Test" button as n8n's CredentialsTester runs it: a request test through
	 * RoutingNode on a temporary node, or the `testedBy` function of a node.
	 */
	async testCredential(type: string, data: ICredentialDataDecryptedObject): Promise<INodeCredentialTestResult> {
		const credentialType = this.credentialTypes.get(type)!;
		const decrypted: ICredentialsDecrypted = {
			id: 'credential-under-test',
			name: 'Credential under test',
			type,
			data: this.credentials.withDefaults(type, data),
		};
		if (!credentialType.test) return await this.testByNodeFunction(type, decrypted);

		const testNodeType: INodeType = {
			description: {
				displayName: 'Credential test',
				name: 'n8n-nodes-base.noOp',
				group: ['transform'],
				version: 1,
				description: '',
				defaults: { name: 'Temp-Node' },
				inputs: ['main'],
				outputs: ['main'],
				credentials: [{ name: type, required: true }],
				properties: [
					{
						displayName: 'Temp',
						name: 'temp',
						type: 'string',
						routing: { request: credentialType.test.request },
						default: '',
					},
				],
			},
		};
		const node: INode = {
			id: 'temp',
			name: 'Temp-Node',
			type: 'n8n-nodes-base.noOp',
			typeVersion: 1,
			position: [0, 0],
			parameters: {},
			credentials: { [type]: { id: decrypted.id, name: decrypted.name } },
		};
		const workflow = new Workflow({
			nodes: [node],
			connections: {},
			active: false,
			nodeTypes: {
				getByName: () => testNodeType,
				getByNameAndVersion: () => testNodeType,
				getKnownTypes: () => ({}),
			},
		});
		const context = new ExecuteContext(
			workflow,
			workflow.getNode('Temp-Node')!,
			this.additionalData(),
			'internal',
			{ resultData: { runData: {} } } as never,
			0,
			[],
			{ main: [[{ json: {} }]] },
			{ node, data: {}, source: null },
			[],
		);
		try {
			await new RoutingNode(context, testNodeType, decrypted).runNode();
		} catch (error) {
			const cause = (error as { cause?: { response?: { status: number; statusText?: string }; code?: string } }).cause;
			if (cause?.response) {
				for (const rule of credentialType.test.rules ?? []) {
					if (rule.type === 'responseCode' && rule.properties.value === cause.response.status) {
						return { status: 'Error', message: rule.properties.message };
					}
				}
				return {
					status: 'Error',
					message: cause.response.statusText || `Received HTTP status code: ${cause.response.status}`,
				};
			}
			if (cause?.code) return { status: 'Error', message: cause.code };
			return { status: 'Error', message: (error as Error).message };
		}
		return { status: 'OK', message: 'Connection successful!' };
	}

	private async testByNodeFunction(type: string, decrypted: ICredentialsDecrypted): Promise<INodeCredentialTestResult> {
		for (const name of this.nodeNames) {
			const nodeType = this.nodeType(name);
			const description = nodeType.description.credentials?.find((credential) => credential.name === type);
			if (typeof description?.testedBy === 'string') {
				const test = nodeType.methods?.credentialTest?.[description.testedBy];
				if (test) return await test.call(new CredentialTestContext(), decrypted);
			}
		}
		return { status: 'Error', message: 'No testing function found for this credential.' };
	}

	private methodContext(spec: NodeSpec): LoadOptionsContext {
		const node = this.node(spec);
		const workflow = this.workflow({ nodes: [node], connections: {} });
		const additionalData = this.additionalData();
		additionalData.currentNodeParameters = workflow.getNode(node.name)!.parameters;
		return new LoadOptionsContext(workflow, workflow.getNode(node.name)!, additionalData, '');
	}

	/** A dropdown as the editor loads it (methods.loadOptions). */
	async loadOptions(spec: NodeSpec, method: string): Promise<INodePropertyOptions[]> {
		const fn = this.nodeType(spec.type).methods?.loadOptions?.[method];
		if (!fn) throw new Error(`${spec.type} has no loadOptions method ${method}`);
		return await fn.call(this.methodContext(spec));
	}

	/** Resource-mapper fields as the editor loads them (methods.resourceMapping). */
	async resourceMapping(spec: NodeSpec, method: string): Promise<ResourceMapperFields> {
		const fn = this.nodeType(spec.type).methods?.resourceMapping?.[method];
		if (!fn) throw new Error(`${spec.type} has no resourceMapping method ${method}`);
		return await fn.call(this.methodContext(spec));
	}
}

let shared: Promise<Engine> | undefined;

/** One engine per test file (jest isolates modules per file). */
export async function engine(): Promise<Engine> {
	shared ??= Engine.load();
	return await shared;
}
