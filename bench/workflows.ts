import { randomUUID } from 'node:crypto';

import type { INodeParameters } from 'n8n-workflow';

import type { WorkflowJson } from './n8nApi';

/** The bench's workflows, created through n8n's public API once the credentials exist. */

const PACKAGE = 'n8n-nodes-contact-center';

type Credentials = Record<string, string>;

interface NodeJson extends Record<string, unknown> {
	name: string;
}

function node(name: string, type: string, typeVersion: number, parameters: INodeParameters, credentials: Credentials = {}, extra: Record<string, unknown> = {}): NodeJson {
	return {
		id: randomUUID(),
		name,
		type,
		typeVersion,
		position: [0, 0],
		parameters,
		credentials: Object.fromEntries(Object.entries(credentials).map(([type, id]) => [type, { id, name: id }])),
		...extra,
	};
}

function chain(name: string, nodes: NodeJson[]): WorkflowJson {
	const connections: Record<string, unknown> = {};
	nodes.slice(0, -1).forEach((from, index) => {
		connections[from.name] = { main: [[{ node: nodes[index + 1].name, type: 'main', index: 0 }]] };
	});
	return { name: `bench: ${name}`, nodes, connections, settings: { executionOrder: 'v1' } };
}

/** The node under test in the request and overhead figures. */
export const TARGET = 'Target';

/**
 * Webhook (answers when the last node is done) → Split Out (one item per entry of `items`) →
 * the node under test. Both sides of a comparison share the first two nodes.
 */
export function itemsWorkflow(name: string, path: string, target: { type: string; typeVersion: number; parameters: INodeParameters; credentials: Credentials }): WorkflowJson {
	return chain(name, [
		node('Webhook', 'n8n-nodes-base.webhook', 2.1, { httpMethod: 'POST', path, responseMode: 'lastNode', responseData: 'noData', options: {} }, {}, { webhookId: randomUUID() }),
		node('Split Out', 'n8n-nodes-base.splitOut', 1, { fieldToSplitOut: 'body.items', include: 'noOtherFields', options: {} }),
		node(TARGET, target.type, target.typeVersion, target.parameters, target.credentials),
	]);
}

export function ourNode(nodeType: string, parameters: INodeParameters, credentialType: string, credentialId: string) {
	return { type: `${PACKAGE}.${nodeType}`, typeVersion: 1, parameters, credentials: { [credentialType]: credentialId } };
}

export function httpRequestNode(parameters: INodeParameters, credentialType: string, credentialId: string) {
	return { type: 'n8n-nodes-base.httpRequest', typeVersion: 4.2, parameters, credentials: { [credentialType]: credentialId } };
}

/** Our VIPeX Trigger alone; its production URL is /webhook/<webhookId>/vipex. */
export function vipexWorkflow(name: string, webhookId: string, parameters: INodeParameters, credentialId: string): WorkflowJson {
	return chain(name, [node('VIPeX Trigger', `${PACKAGE}.vipexTrigger`, 1, parameters, { vipexWebhookApi: credentialId }, { webhookId })]);
}

/**
 * n8n's Webhook node alone, answering at once, with Basic auth like the VIPeX Trigger's. Version
 * 1 takes a request the way every other trigger does in n8n 2.41 (with an expression sandbox);
 * later versions skip it (LiveWebhooks.webhookPhaseNeedsIsolate in n8n's webhooks/live-webhooks).
 */
export function webhookWorkflow(name: string, path: string, basicAuthId: string, typeVersion = 2.1): WorkflowJson {
	return chain(name, [
		node('Webhook', 'n8n-nodes-base.webhook', typeVersion, { httpMethod: 'POST', path, authentication: 'basicAuth', responseMode: 'onReceived', options: {} }, { httpBasicAuth: basicAuthId }, { webhookId: randomUUID() }),
	]);
}
