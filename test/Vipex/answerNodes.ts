import { NodeConnectionTypes, NodeOperationError } from 'n8n-workflow';
import type { IExecuteFunctions, INode, INodeExecutionData, INodeType } from 'n8n-workflow';

import type { Engine } from '../harness/engine';

/**
 * Nodes a data-query workflow puts after the VIPeX Trigger, registered in the engine for these
 * tests only (n8n's own nodes are not part of this package):
 * - `crmLookup` stands for the user's lookup (HTTP Request + Set): it turns the caller's number
 *   into the routing answer;
 * - `n8n-nodes-base.respondToWebhook` stands in for n8n's Respond to Webhook node (what the
 *   VIPeX Trigger refuses to be published with): like n8n 2.41's from version 1.1, it fails
 *   unless n8n's own Webhook node is before it, and otherwise answers through `sendResponse`;
 * - `gate` holds the execution until the test opens it (to show the PBX was answered first).
 */

export const CRM_LOOKUP = 'harness.crmLookup';
export const RESPOND_TO_WEBHOOK = 'n8n-nodes-base.respondToWebhook';
export const GATE = 'harness.gate';

/** Holds every execution that reaches a `gate` node until `open()`: proves who answered first. */
export const gate = {
	waiting: Promise.resolve(),
	open: () => {},
	close(): void {
		this.waiting = new Promise<void>((resolve) => (this.open = resolve));
	},
};

/** The demo CRM: callers the company knows, and the extension their account manager sits at. */
export const CUSTOMERS: Record<string, { customer: string; extension: string }> = {
	'36709676052': { customer: 'Kovács és Társa Kft.', extension: '201' },
	'3642999425': { customer: 'Nyírségi Pékség Bt.', extension: '251' },
};

const crmLookup: INodeType = {
	description: {
		displayName: 'CRM Lookup',
		name: 'crmLookup',
		group: ['transform'],
		version: 1,
		description: 'Routing answer from the caller number',
		defaults: { name: 'CRM Lookup' },
		inputs: [NodeConnectionTypes.Main],
		outputs: [NodeConnectionTypes.Main],
		properties: [],
	},
	async execute(this: IExecuteFunctions): Promise<INodeExecutionData[][]> {
		return [
			this.getInputData().map((item, index) => {
				const known = CUSTOMERS[String(item.json.src)];
				return {
					json: known ? { route: 'account_manager', ...known } : { route: 'queue', extension: '200' },
					pairedItem: { item: index },
				};
			}),
		];
	},
};

const respondToWebhook: INodeType = {
	description: {
		displayName: 'Respond to Webhook',
		name: 'respondToWebhook',
		group: ['transform'],
		version: [1, 1.1, 1.2, 1.3, 1.4, 1.5],
		description: 'Returns data for Webhook',
		defaults: { name: 'Respond to Webhook' },
		inputs: [NodeConnectionTypes.Main],
		outputs: [NodeConnectionTypes.Main],
		properties: [],
	},
	async execute(this: IExecuteFunctions): Promise<INodeExecutionData[][]> {
		const webhookTypes = ['n8n-nodes-base.webhook', 'n8n-nodes-base.formTrigger', '@n8n/n8n-nodes-langchain.chatTrigger', 'n8n-nodes-base.wait'];
		if (!this.getParentNodes(this.getNode().name).some(({ type }) => webhookTypes.includes(type))) {
			throw new NodeOperationError(this.getNode(), 'No Webhook node found in the workflow');
		}
		const items = this.getInputData();
		await this.sendResponse({ body: items[0]?.json ?? {}, headers: {}, statusCode: 200 });
		return [items];
	},
};

const gateNode: INodeType = {
	description: {
		displayName: 'Gate',
		name: 'gate',
		group: ['transform'],
		version: 1,
		description: 'Waits until the test opens the gate',
		defaults: { name: 'Gate' },
		inputs: [NodeConnectionTypes.Main],
		outputs: [NodeConnectionTypes.Main],
		properties: [],
	},
	async execute(this: IExecuteFunctions): Promise<INodeExecutionData[][]> {
		await gate.waiting;
		return [this.getInputData()];
	},
};

export function registerAnswerNodes(engine: Engine): void {
	engine.addNodeType(CRM_LOOKUP, crmLookup);
	engine.addNodeType(RESPOND_TO_WEBHOOK, respondToWebhook);
	engine.addNodeType(GATE, gateNode);
}

export function answerNode(engine: Engine, type: string, parameters: INode['parameters'] = {}): INode {
	return engine.node({ type, parameters });
}
