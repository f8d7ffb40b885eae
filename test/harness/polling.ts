import { join } from 'node:path';

import { PollContext } from 'n8n-core';
import { NodeOperationError, Workflow } from 'n8n-workflow';
import type {
	IDataObject,
	INode,
	INodeExecutionData,
	INodeType,
	WorkflowActivateMode,
} from 'n8n-workflow';

import type { Engine, NodeSpec, RunResult } from './engine';

type DonePromise = Parameters<PollContext['__emit']>[2];
import { PACKAGE_ROOT } from './engine';

/** The package's shared polling module as n8n loaded it (from dist/, like the nodes). */
const polling = require(join(PACKAGE_ROOT, 'dist', 'nodes', 'shared', 'polling.js')) as {
	settleAll(state: object): Promise<void>;
};

export interface PollResult {
	/** What poll() returned (n8n starts one execution with it when it is not null). */
	returned: INodeExecutionData[][] | null;
	/** The error poll() threw: n8n records it as a failed execution (or refuses the activation). */
	error?: Error;
}

let steps = 0;

/**
 * Runs a polling trigger the way n8n 2.41's active workflows do (ActiveWorkflowTriggers,
 * PollTriggerExecutor, TriggerExecutionContextFactory): one Workflow object per activation
 * whose static data lives on in memory between polls; a poll at activation; `__emit` saves the
 * static data (only when n8n's observable object noticed a change) and starts an execution of
 * the workflow (trigger → "Workflow" step), whose end settles the done promise; static data is
 * also saved after the activation. `restart()` loads the workflow again from the saved copy,
 * as n8n does after a restart.
 */
export class PollHarness {
	/** The static data as n8n's database holds it. */
	saved: IDataObject = {};

	/** Every execution the trigger started, in order of start. */
	readonly executions: Array<Promise<RunResult>> = [];

	/** Errors of polls after the activation: n8n shows each as a failed execution. */
	readonly pollErrors: Error[] = [];

	/** Items for which the workflow's step fails (its execution ends with an error). */
	failWhen: (item: INodeExecutionData) => boolean = () => false;

	/** Runs inside each execution, before its step ends (e.g. the errand changes meanwhile, or it takes long). */
	duringExecution: (items: INodeExecutionData[]) => void | Promise<void> = () => {};

	/** n8n stops while executions run: emitted items start no execution that ever ends. */
	executionsNeverEnd = false;

	private workflow?: Workflow;

	private readonly trigger: INode;

	private readonly step: INode;

	constructor(
		private readonly engine: Engine,
		spec: NodeSpec,
	) {
		this.trigger = engine.node(spec);
		const type = `test.workflowStep${++steps}`;
		const harness = this;
		const stepType: INodeType = {
			description: {
				displayName: 'Workflow step',
				name: type,
				group: ['transform'],
				version: 1,
				description: '',
				defaults: { name: 'Workflow' },
				inputs: ['main'],
				outputs: ['main'],
				properties: [],
			},
			async execute() {
				const items = this.getInputData();
				await harness.duringExecution(items);
				const failing = items.find((item) => harness.failWhen(item));
				if (failing) throw new NodeOperationError(this.getNode(), `The workflow failed on ${JSON.stringify(failing.json).slice(0, 80)}`);
				return [items];
			},
		};
		engine.addNodeType(type, stepType);
		this.step = { id: `step-${steps}`, name: 'Workflow', type, typeVersion: 1, position: [200, 0], parameters: {} };
	}

	private get spec() {
		return {
			nodes: [this.trigger, this.step],
			connections: { [this.trigger.name]: { main: [[{ node: 'Workflow', type: 'main' as const, index: 0 }]] } },
		};
	}

	/** The trigger node's static data in the running "process". */
	get state(): IDataObject {
		return this.active().getStaticData('node', this.active().getNode(this.trigger.name)!);
	}

	/** Publishes the workflow (first activation, or `init` after a restart): n8n polls once right away. */
	async activate(activation: WorkflowActivateMode = 'activate'): Promise<PollResult> {
		this.workflow = this.engine.workflow({ ...this.spec, staticData: structuredClone(this.saved) });
		const result = await this.run(activation);
		if (result.error) {
			this.workflow = undefined;
			throw result.error;
		}
		this.save();
		return result;
	}

	/** One scheduled poll of the active workflow. */
	async poll(): Promise<PollResult> {
		const result = await this.run('activate');
		if (result.error) this.pollErrors.push(result.error);
		return result;
	}

	/** n8n stops (the in-memory state is gone) and starts again, activating the workflow from the database. */
	async restart(): Promise<PollResult> {
		// What was still running dies with the process.
		if (!this.executionsNeverEnd) await this.settled();
		this.executionsNeverEnd = false;
		this.workflow = undefined;
		return await this.activate('init');
	}

	/** "Fetch Test Event" in the editor: the poll in manual mode, the result shown, nothing emitted. */
	async fetchTestEvent(): Promise<INodeExecutionData[][] | null> {
		const workflow = this.engine.workflow({ ...this.spec, staticData: {} });
		const context = new PollContext(workflow, workflow.getNode(this.trigger.name)!, this.engine.additionalData(), 'manual', 'manual');
		return await this.nodeType().poll!.call(context);
	}

	/** Every execution started so far has ended, and what the trigger does when one ends is done. */
	async settled(): Promise<RunResult[]> {
		let count = -1;
		let runs: RunResult[] = [];
		while (count !== this.executions.length) {
			count = this.executions.length;
			runs = await Promise.all(this.executions);
			// The trigger learns of the end a few promise steps later.
			await new Promise((resolve) => setImmediate(resolve));
			if (this.workflow) await polling.settleAll(this.state);
		}
		return runs;
	}

	/** The items the trigger handed to every execution so far (also failed ones), in order. */
	async emitted(): Promise<INodeExecutionData[]> {
		return (await this.settled()).flatMap((run) => this.triggerItems(run));
	}

	/** The items the trigger handed to one execution. */
	triggerItems(run: RunResult): INodeExecutionData[] {
		return run.run.data.resultData.runData[this.trigger.name]?.[0]?.data?.main?.[0] ?? [];
	}

	private nodeType(): INodeType {
		return this.engine.nodeType(this.trigger.type);
	}

	private active(): Workflow {
		if (!this.workflow) throw new Error('The workflow is not active: call activate() first');
		return this.workflow;
	}

	private async run(activation: WorkflowActivateMode): Promise<PollResult> {
		const workflow = this.active();
		const node = workflow.getNode(this.trigger.name)!;
		const emit = (data: INodeExecutionData[][], _response?: unknown, done?: DonePromise) => {
			this.save();
			if (this.executionsNeverEnd) return;
			const execution = this.engine.execute({ ...this.spec, staticData: {} }, this.trigger, data, 'trigger');
			this.executions.push(execution);
			void execution.then((result) => done?.resolve(result.run), (error: Error) => done?.reject(error));
		};
		const emitError = (error: Error) => this.pollErrors.push(error);
		const context = new PollContext(workflow, node, this.engine.additionalData(), 'trigger', activation, emit, emitError);
		try {
			const returned = await this.nodeType().poll!.call(context);
			if (returned !== null) emit(returned);
			return { returned };
		} catch (error) {
			return { returned: null, error: error as Error };
		}
	}

	/** n8n's WorkflowStaticDataService.saveStaticData: written only when the observable object saw a change. */
	private save(): void {
		const data = this.active().staticData as IDataObject & { __dataChanged?: boolean };
		if (data.__dataChanged !== true) return;
		this.saved = JSON.parse(JSON.stringify(data)) as IDataObject;
		data.__dataChanged = false;
	}
}
