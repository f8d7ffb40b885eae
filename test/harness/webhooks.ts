import { createServer } from 'node:http';
import type { IncomingMessage, Server, ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

import { HookContext, WebhookContext } from 'n8n-core';
import type {
	IDataObject,
	IExecuteResponsePromiseData,
	INode,
	INodeExecutionData,
	IWebhookData,
	IWebhookDescription,
	IWebhookResponseData,
	IWorkflowBase,
	IWorkflowExecuteAdditionalData,
	Workflow,
} from 'n8n-workflow';
import { parse as parseQuery } from 'qs';

import type { Engine, NodeSpec, RunResult } from './engine';

/** A request as n8n's express stack hands it to a trigger (raw body reader + body parser). */
type WebhookRequest = IncomingMessage & {
	body?: unknown;
	query: IDataObject;
	params: IDataObject;
	rawBody?: Buffer;
	contentType?: string;
	encoding?: BufferEncoding;
	readRawBody: () => Promise<void>;
};

export interface Published {
	node: INode;
	/** Production URL of one of the trigger's webhooks. */
	url(webhookName?: string): string;
	/** Executions the trigger started, in order of completion. */
	executions: RunResult[];
	/** Static data as n8n stores it after each webhook call (survives "restarts"). */
	staticData: IDataObject;
	/** Responses the trigger's webhook() produced, for assertions. */
	results: IWebhookResponseData[];
	/** Resolves when every execution started so far has finished. */
	settled(): Promise<void>;
}

interface Registration extends Published {
	spec: { nodes: INode[]; connections: IWorkflowBase['connections'] };
	pending: Array<Promise<unknown>>;
}

/**
 * Serves published workflows at /webhook/<webhookId>/<path> over real HTTP and calls the
 * trigger's webhook() through n8n-core's WebhookContext, answering the way n8n's webhook
 * layer does (onReceived, lastNode, node-written responses), then runs the workflow.
 */
export class WebhookHarness {
	private server?: Server;

	private readonly registrations: Registration[] = [];

	baseUrl = '';

	constructor(private readonly engine: Engine) {}

	async start(): Promise<void> {
		this.server = createServer((req, res) => {
			void this.handle(req as WebhookRequest, res);
		});
		await new Promise<void>((resolve) => this.server!.listen(0, '127.0.0.1', resolve));
		this.baseUrl = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
	}

	async stop(): Promise<void> {
		this.server?.closeAllConnections();
		await new Promise<void>((resolve) => (this.server ? this.server.close(() => resolve()) : resolve()));
	}

	/** Activates a workflow whose first node is the trigger; `then` nodes follow it in a chain. */
	publish(trigger: NodeSpec, then: INode[] = [], staticData: IDataObject = {}): Published {
		const node = this.engine.node(trigger);
		const nodes = [node, ...then];
		const connections: IWorkflowBase['connections'] = {};
		nodes.slice(0, -1).forEach((from, index) => {
			connections[from.name] = { main: [[{ node: nodes[index + 1].name, type: 'main', index: 0 }]] };
		});
		const registration: Registration = {
			node,
			spec: { nodes, connections },
			executions: [],
			results: [],
			staticData,
			pending: [],
			url: (webhookName = 'default') => {
				const description = this.description(registration, webhookName);
				return `${this.baseUrl}/webhook/${node.webhookId}/${description.path}`;
			},
			settled: async () => {
				// A trigger may call its own webhook right after its answer (the VIPeX Trigger records
				// a call then): settled once no request has come in for a moment.
				do {
					while (registration.pending.length) await Promise.allSettled(registration.pending.splice(0));
					await new Promise((resolve) => setTimeout(resolve, 50));
				} while (registration.pending.length);
			},
		};
		this.registrations.push(registration);
		return registration;
	}

	/**
	 * What n8n does on activation for every webhook of the trigger: `checkExists`, then `create`
	 * when it answers false (a thrown error refuses the activation with its message).
	 */
	async activate(published: Published): Promise<void> {
		const registration = published as Registration;
		const workflow = this.engine.workflow({ ...registration.spec, staticData: registration.staticData });
		const node = workflow.getNode(registration.node.name)!;
		const nodeType = this.engine.nodeType(node.type);
		for (const webhook of nodeType.description.webhooks ?? []) {
			const methods = nodeType.webhookMethods?.[webhook.name];
			if (!methods) continue;
			const additionalData = this.engine.additionalData(undefined, this.baseUrl);
			const webhookData = webhookDataOf(workflow, node, this.description(registration, webhook.name), additionalData);
			const context = new HookContext(workflow, node, additionalData, 'trigger', 'activate', webhookData);
			if (!(await methods.checkExists.call(context))) await methods.create.call(context);
		}
	}

	private description(registration: Registration, name: string): IWebhookDescription & { path: string } {
		const workflow = this.engine.workflow({ ...registration.spec, staticData: registration.staticData });
		const nodeType = this.engine.nodeType(registration.node.type);
		const found = nodeType.description.webhooks?.find((webhook) => webhook.name === name);
		if (!found) throw new Error(`${registration.node.type} has no webhook named ${name}`);
		const resolve = (value: unknown) =>
			workflow.expression.getSimpleParameterValue(registration.node, value as string, 'internal', {}, undefined, value as string);
		return { ...found, path: String(resolve(found.path)), httpMethod: String(resolve(found.httpMethod)) } as IWebhookDescription & { path: string };
	}

	private find(method: string, path: string): { registration: Registration; name: string } | undefined {
		for (const registration of this.registrations) {
			const nodeType = this.engine.nodeType(registration.node.type);
			for (const webhook of nodeType.description.webhooks ?? []) {
				const description = this.description(registration, webhook.name);
				const url = `/webhook/${registration.node.webhookId}/${description.path}`;
				if (url === path && description.httpMethod === method) return { registration, name: webhook.name };
			}
		}
		return undefined;
	}

	private async handle(req: WebhookRequest, res: ServerResponse): Promise<void> {
		const url = new URL(req.url ?? '/', this.baseUrl);
		const found = this.find(req.method ?? 'GET', url.pathname.replace(/\/$/, ''));
		if (!found) return respond(res, 404, { message: 'The requested webhook is not registered.' });
		const { registration, name } = found;
		prepareRequest(req, url);
		// Tracked from the first byte, so settled() also waits for triggers that answer early.
		const work = this.process(registration, name, req, res);
		registration.pending.push(work);
		await work;
	}

	private async process(registration: Registration, name: string, req: WebhookRequest, res: ServerResponse): Promise<void> {
		// n8n loads the workflow with its static data from the database for every request: a copy each.
		const staticData = JSON.parse(JSON.stringify(registration.staticData)) as IDataObject;
		const workflow = this.engine.workflow({ ...registration.spec, staticData });
		const node = workflow.getNode(registration.node.name)!;
		const description = this.description(registration, name);
		try {
			await parseBody(req, node.typeVersion);
		} catch {
			return respond(res, 422, { message: 'Failed to parse request body' });
		}
		const additionalData = this.engine.additionalData(undefined, this.baseUrl);
		additionalData.httpRequest = req as never;
		additionalData.httpResponse = res as never;
		const webhookData = webhookDataOf(workflow, node, description, additionalData);
		const context = new WebhookContext(workflow, node, additionalData, 'webhook', webhookData, [], null);
		let result: IWebhookResponseData;
		try {
			result = await this.engine.nodeType(node.type).webhook!.call(context);
		} catch {
			return respond(res, 500, { message: 'Workflow Webhook Error: Workflow could not be started!' });
		} finally {
			// n8n saves a webhook's static data right after the call when it changed (LiveWebhooks), whole.
			if ((workflow.staticData as { __dataChanged?: boolean }).__dataChanged === true) {
				registration.staticData = JSON.parse(JSON.stringify(workflow.staticData)) as IDataObject;
			}
		}
		registration.results.push(result);
		const answered = result.noWebhookResponse === true || res.headersSent;
		if (result.workflowData === undefined) {
			if (!answered) respond(res, 200, (result.webhookResponse as IDataObject) ?? { message: 'Webhook call received' });
			return;
		}
		const responseMode = String(
			workflow.expression.getSimpleParameterValue(node, (description.responseMode as string) ?? 'onReceived', 'internal', {}, undefined, 'onReceived'),
		);
		const evaluate = (field: string, fallback?: unknown) =>
			description[field] === undefined
				? fallback
				: // Like n8n 2.41: the fallback stands only for a field the description leaves out.
					workflow.expression.getSimpleParameterValue(node, description[field] as string, 'internal', {}, undefined, fallback as string);
		const responseCode = Number(evaluate('responseCode', 200));
		// responseNode: a node of the workflow answers through the `sendResponse` hook, like n8n's.
		const onResponse =
			responseMode === 'responseNode' && !answered
				? (response: IExecuteResponsePromiseData) => sendNodeResponse(res, response)
				: undefined;
		const execution = this.runWorkflow(registration, result.workflowData, onResponse);
		if (answered) {
			await execution;
			return;
		}
		if (responseMode === 'responseNode') {
			const run = await execution;
			if (run.error) return respond(res, 500, { message: 'Error in workflow' });
			if (!res.headersSent) res.writeHead(responseCode).end();
			return;
		}
		if (responseMode === 'lastNode') {
			const run = await execution;
			const first: INodeExecutionData | undefined = run.items[0];
			if (run.error) return respond(res, 500, { message: 'Error in workflow' });
			// n8n 2.41 (extractWebhookLastNodeResponse): responseData picks the answer, the
			// description's responseHeaders ({entries}) are added to it.
			const responseData = evaluate('responseData', 'firstEntryJson') as string;
			const headers =
				description.responseHeaders === undefined
					? {}
					: nodeHeaders(workflow.expression.getComplexParameterValue(node, description.responseHeaders as string, 'internal', {}, undefined));
			if (responseData === 'noData') {
				res.writeHead(responseCode, headers).end();
				return;
			}
			if (responseData === 'allEntries') return sendStatic(res, responseCode, run.items.map((item) => item.json), headers);
			if (!first) return respond(res, 200, { message: 'Workflow executed successfully but the last node did not return any data' });
			// firstEntryJson: the item, or one of its fields (responsePropertyName).
			const property = evaluate('responsePropertyName') as string | undefined;
			const body = property === undefined ? first.json : pathValue(first.json, property);
			const contentType = evaluate('responseContentType') as string | undefined;
			return sendStatic(res, responseCode, body, contentType ? { ...headers, 'content-type': contentType } : headers);
		}
		if (responseMode === 'onReceived') {
			// n8n 2.41 (extractWebhookOnReceivedResponse): `responseData` of the description wins,
			// and an undeclared one defaults to the text 'firstEntryJson'; 'noData' sends no body.
			const responseData = evaluate('responseData', 'firstEntryJson') as string | undefined;
			if (responseData === 'noData') res.writeHead(responseCode).end();
			else if (responseData) sendStatic(res, responseCode, responseData, {});
			else respond(res, responseCode, (result.webhookResponse as IDataObject) ?? { message: 'Workflow was started' });
		} else {
			respond(res, 500, { message: `Response mode ${responseMode} is not available in the engine harness` });
		}
		await execution;
	}

	private async runWorkflow(
		registration: Registration,
		workflowData: INodeExecutionData[][],
		onResponse?: (response: IExecuteResponsePromiseData) => void,
	): Promise<RunResult> {
		const spec = { ...registration.spec, staticData: registration.staticData };
		const result = await this.engine.execute(spec, registration.node, workflowData, 'webhook', onResponse);
		registration.executions.push(result);
		return result;
	}
}

/** What n8n knows of one webhook of a workflow's node, as its hooks and webhook() receive it. */
function webhookDataOf(
	workflow: Workflow,
	node: INode,
	description: IWebhookDescription & { path: string },
	additionalData: IWorkflowExecuteAdditionalData,
): IWebhookData {
	return {
		httpMethod: description.httpMethod as IWebhookData['httpMethod'],
		node: node.name,
		path: description.path,
		webhookDescription: description,
		workflowId: workflow.id,
		workflowExecuteAdditionalData: additionalData,
		webhookId: node.webhookId,
	};
}

function prepareRequest(req: WebhookRequest, url: URL): void {
	const [type, ...parameters] = (req.headers['content-type'] ?? '').split(';');
	req.contentType = type.trim().toLowerCase() || undefined;
	const charset = parameters.map((part) => part.trim()).find((part) => part.toLowerCase().startsWith('charset='));
	req.encoding = (charset?.split('=')[1]?.toLowerCase() as BufferEncoding | undefined) ?? 'utf-8';
	if (!Buffer.isEncoding(req.encoding)) req.encoding = 'utf-8';
	req.query = parseQuery(url.search.slice(1)) as IDataObject;
	req.params = {};
	req.readRawBody = async () => {
		if (req.rawBody) return;
		const chunks: Buffer[] = [];
		for await (const chunk of req) chunks.push(chunk as Buffer);
		req.rawBody = Buffer.concat(chunks);
	};
}

/** n8n's rule: triggers of version 1 always get parsed bodies; later versions only parsable types. */
async function parseBody(req: WebhookRequest, typeVersion: number): Promise<void> {
	const type = req.contentType;
	const parsable =
		!!type &&
		(type.startsWith('application/json') ||
			type.startsWith('text/plain') ||
			type.startsWith('application/x-www-form-urlencoded') ||
			type.endsWith('/xml') ||
			type.endsWith('+xml'));
	if (typeVersion > 1 && !parsable) return;
	await req.readRawBody();
	const raw = req.rawBody;
	if (!raw?.length) return;
	const text = raw.toString(req.encoding);
	if (type === 'application/json') req.body = JSON.parse(text);
	else if (type === 'application/x-www-form-urlencoded') req.body = Object.fromEntries(new URLSearchParams(text));
	else if (type === 'text/plain') req.body = text;
}

function respond(res: ServerResponse, status: number, body: unknown): void {
	if (res.headersSent) return;
	const payload = typeof body === 'string' ? body : JSON.stringify(body);
	res.writeHead(status, { 'Content-Type': typeof body === 'string' ? 'text/plain; charset=utf-8' : 'application/json; charset=utf-8' });
	res.end(payload);
}

/** As n8n's webhook layer sends a static answer: strings as they are, anything else as JSON. */
function sendStatic(res: ServerResponse, status: number, body: unknown, headers: Record<string, string>): void {
	if (res.headersSent) return;
	const text = typeof body === 'string';
	const contentType = headers['content-type'] ?? (text ? 'text/html; charset=utf-8' : 'application/json; charset=utf-8');
	res.writeHead(status, { ...headers, 'content-type': contentType });
	res.end(text ? body : JSON.stringify(body ?? null));
}

/** What a Respond to Webhook node sends (`sendResponse`): bytes as they are, other bodies like sendStatic. */
function sendNodeResponse(res: ServerResponse, response: IExecuteResponsePromiseData): void {
	if (res.headersSent) return;
	const headers: Record<string, string> = {};
	for (const [name, value] of Object.entries((response.headers as IDataObject | undefined) ?? {})) {
		headers[name.toLowerCase()] = String(value);
	}
	const status = Number(response.statusCode ?? 200);
	if (Buffer.isBuffer(response.body)) {
		res.writeHead(status, headers);
		res.end(response.body);
		return;
	}
	sendStatic(res, status, response.body, headers);
}

/** Headers of a description's `responseHeaders` (`{entries: [{name, value}]}`), names in lower case. */
function nodeHeaders(value: unknown): Record<string, string> {
	const entries = (value as { entries?: Array<{ name?: unknown; value?: unknown }> } | undefined)?.entries ?? [];
	return Object.fromEntries(entries.filter((entry) => entry.name).map((entry) => [String(entry.name).toLowerCase(), String(entry.value ?? '')]));
}

function pathValue(source: unknown, path: string): unknown {
	let value = source;
	for (const key of path.split('.')) {
		if (value === null || typeof value !== 'object') return undefined;
		value = (value as IDataObject)[key];
	}
	return value;
}
