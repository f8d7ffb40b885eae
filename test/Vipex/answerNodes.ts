import { NodeConnectionTypes } from 'n8n-workflow';
import type { IExecuteFunctions, INode, INodeExecutionData, INodeType } from 'n8n-workflow';

import type { Engine } from '../harness/engine';

/**
 * Nodes a data-query workflow puts after the VIPeX Trigger, registered in the engine for these
 * tests only (n8n's own nodes are not part of this package):
 * - `crmLookup` stands for the user's lookup (HTTP Request + Set): it turns the caller's number
 *   into the routing answer;
 * - `respondToWebhookV1` does what n8n's Respond to Webhook node of version 1 does: it answers
 *   the waiting request through `sendResponse`, with the first item's JSON or one field as text;
 * - `gate` holds the execution until the test opens it (to show the PBX was answered first).
 */

export const CRM_LOOKUP = 'harness.crmLookup';
export const RESPOND_TO_WEBHOOK = 'harness.respondToWebhookV1';
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
		name: 'respondToWebhookV1',
		group: ['transform'],
		version: 1,
		description: 'Answers the waiting webhook request',
		defaults: { name: 'Respond to Webhook' },
		inputs: [NodeConnectionTypes.Main],
		outputs: [NodeConnectionTypes.Main],
		properties: [
			{ displayName: 'Field', name: 'field', type: 'string', default: '' },
			{ displayName: 'Response Code', name: 'responseCode', type: 'number', default: 200 },
		],
	},
	async execute(this: IExecuteFunctions): Promise<INodeExecutionData[][]> {
		const items = this.getInputData();
		const field = this.getNodeParameter('field', 0) as string;
		const first = items[0]?.json ?? {};
		const body = field ? String(first[field]) : first;
		const headers = { 'content-type': field ? 'text/plain; charset=utf-8' : 'application/json; charset=utf-8' };
		await this.sendResponse({ body, headers, statusCode: this.getNodeParameter('responseCode', 0) as number });
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
