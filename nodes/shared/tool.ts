import type {
	IBinaryData,
	IDataObject,
	IExecuteFunctions,
	IExecuteSingleFunctions,
	INode,
	INodeExecutionData,
	PreSendAction,
} from 'n8n-workflow';

import { NodeOperationError } from 'n8n-workflow';

import { vendorErrorDetails } from './errors';

/**
 * n8n runs a `usableAsTool` node for an AI agent (AI Agent, MCP Server Trigger) under the type
 * `<package>.<node>Tool`; its `@tool` display option tests the same suffix.
 */
export function runsAsTool(context: { getNode(): INode }): boolean {
	return context.getNode().type.endsWith('Tool');
}

/** A vendor's own simplification of one output item for an agent (its Simplify, HTML as text). */
export type AgentView = (json: IDataObject) => IDataObject;

/**
 * What a tool run answers. n8n hands the agent the JSON of the items; an error thrown instead
 * would reach it as "NodeApiError: …" with endpoints and multi-line details, so a failure
 * becomes one item `{ error: "<one plain sentence>" }`, which the agent can act on.
 */
export async function answerAsTool(
	context: IExecuteSingleFunctions,
	run: () => Promise<INodeExecutionData[]>,
	view?: AgentView,
): Promise<INodeExecutionData[]> {
	try {
		const failed = deferredError(context) ?? argumentProblem(context);
		if (failed !== undefined) throw failed;
		const items = await run();
		return items.map((item) => agentItem(item, view));
	} catch (error) {
		return [{ json: { error: agentSentence(error) }, pairedItem: { item: context.getItemIndex() } }];
	}
}

/** `$fromAI('key', 'description', 'number' | 'boolean', …)` in a parameter: the key and the type. */
const TYPED_FROM_AI = /\$fromAI\(\s*(['"`])(.*?)\1\s*,\s*(['"`])(?:\\.|(?!\3)[^\\])*\3\s*,\s*(['"`])(number|boolean)\4/;

/** The parameters filled by a typed `$fromAI` argument, with their paths for getNodeParameter. */
function typedArguments(value: unknown, path: string, found: Array<{ path: string; key: string; type: string }> = []) {
	const match = typeof value === 'string' ? TYPED_FROM_AI.exec(value) : null;
	if (match) found.push({ path, key: match[2], type: match[5] });
	else if (Array.isArray(value)) value.forEach((entry, index) => typedArguments(entry, `${path}[${index}]`, found));
	else if (value !== null && typeof value === 'object') {
		for (const [key, entry] of Object.entries(value)) typedArguments(entry, path ? `${path}.${key}` : key, found);
	}
	return found;
}

/**
 * n8n checks an agent's arguments against the tool's schema before the node runs, but a worker
 * in queue mode runs the node without that check: a number or boolean argument of another type
 * is refused here, before anything is sent.
 */
function argumentProblem(context: IExecuteSingleFunctions): NodeOperationError | undefined {
	for (const { path, key, type } of typedArguments(context.getNode().parameters, '')) {
		let value: unknown;
		try {
			value = context.getNodeParameter(path, undefined);
		} catch {
			continue;
		}
		if (value === undefined || value === null || value === '') continue;
		if (typeof value === type && (type !== 'number' || Number.isFinite(value))) continue;
		return new NodeOperationError(context.getNode(), `${key} must be a ${type}, not ${JSON.stringify(value)}`, {
			description: type === 'number' ? `Send ${key} as a number, such as 42.` : `Send ${key} as true or false.`,
		});
	}
	return undefined;
}

/** File facts the sentence about the file already gives. */
const FILE_KEYS = ['fileName', 'mimeType', 'fileSize', 'fileExtension', 'size'];

/** One output item as an agent sees it: the vendor's view, compacted, a sentence per file. */
export function agentItem(item: INodeExecutionData, view?: AgentView): INodeExecutionData {
	const json = (compact(view ? view(item.json) : item.json) ?? {}) as IDataObject;
	const files = Object.entries(item.binary ?? {}).map(([field, binary]) => fileSentence(field, binary));
	if (files.length > 0) {
		for (const key of FILE_KEYS) delete json[key];
		json.file = files.join(' ');
	}
	return { ...item, json };
}

/** Name, type, size and where the file is: the agent cannot use the bytes, n8n keeps them. */
export function fileSentence(field: string, binary: IBinaryData): string {
	const name = binary.fileName ?? 'The file';
	const facts = [binary.mimeType, binary.fileSize].filter(Boolean).join(', ');
	return `${name}${facts ? ` (${facts})` : ''} was saved as binary field "${field}" of this tool's output in n8n; its content is not passed to the agent.`;
}

const ID_TWIN = /(^|_)id$|Id$/;

/**
 * Leaves out what tells an agent nothing: null, empty texts, lists and objects, and second ID
 * fields that repeat `id` (Cention's `c3_id`, Sinch's `contactGroupId` of a single contact).
 */
export function compact(value: unknown): unknown {
	if (Array.isArray(value)) {
		const list = value.map(compact).filter((entry) => entry !== undefined);
		return list.length > 0 ? list : undefined;
	}
	if (value !== null && typeof value === 'object' && !(value instanceof Date)) {
		const source = value as IDataObject;
		const hasId = source.id !== undefined && source.id !== null && source.id !== '';
		const entries = Object.entries(source)
			.filter(([key, entry]) => !(hasId && key !== 'id' && ID_TWIN.test(key) && String(entry) === String(source.id)))
			.map(([key, entry]) => [key, compact(entry)] as const)
			.filter(([, entry]) => entry !== undefined);
		return entries.length > 0 ? Object.fromEntries(entries) : undefined;
	}
	if (value === null || value === undefined || (typeof value === 'string' && value.trim() === '')) return undefined;
	return value;
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ' };

/** Rich text as plain text: line breaks kept, tags and images dropped, entities decoded. */
export function htmlToText(html: string): string {
	const text = html
		.replace(/<(script|style)\b[\s\S]*?<\/\1>/gi, '')
		.replace(/<br\s*\/?>/gi, '\n')
		.replace(/<li\b[^>]*>/gi, '\n- ')
		.replace(/<\/(p|div|tr|h[1-6]|ul|ol|table)>/gi, '\n')
		.replace(/<[^>]*>/g, '')
		.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (entity, name: string) => {
			if (name[0] === '#') {
				const code = name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
				return Number.isFinite(code) ? String.fromCodePoint(code) : entity;
			}
			return ENTITIES[name.toLowerCase()] ?? entity;
		});
	return text
		.replace(/[ \t\u00a0]+/g, ' ')
		.replace(/ *\n */g, '\n')
		.replace(/\n{3,}/g, '\n\n')
		.trim();
}

/** Whether a text holds markup (so a rich-text field is turned into text, a plain one kept). */
export function isHtml(value: unknown): value is string {
	return typeof value === 'string' && /<\/?[a-z][a-z0-9]*\b[^>]*>|&(?:[a-z]+|#\d+);/i.test(value);
}

const MAX_SENTENCE = 600;

/**
 * A failure as one plain sentence: what failed (without endpoints or URLs), the vendor's code
 * or HTTP status, and what to try. Vendor mappings give the parts (vendorApiError's hint, code,
 * endpoint); input checks give the message and their description.
 */
export function agentSentence(error: unknown): string {
	const details = vendorErrorDetails(error);
	const plain = error as { message?: unknown; description?: unknown; httpCode?: unknown };
	const message = String(details?.message ?? plain.message ?? error);
	const failed = tidy(withoutEndpoint(message, details?.endpoint)).replace(/[.\s]+$/, '');
	const status = String(details?.httpCode ?? '');
	let code = '';
	if (details?.code && !failed.includes(details.code)) code = ` (${details.code})`;
	else if (/^[1-5]\d\d$/.test(status) && status !== '200' && !failed.includes(status)) code = ` (HTTP ${status})`;
	const hint = details ? details.hint : typeof plain.description === 'string' ? plain.description : undefined;
	const sentence = `${failed}${code}.${hint ? ` ${tidy(hint)}` : ''}`;
	return sentence.length > MAX_SENTENCE ? `${sentence.slice(0, MAX_SENTENCE - 1)}…` : sentence;
}

function escapeRegExp(text: string): string {
	return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * "Comnica has nothing at /integration/cc/record/load/v1 (404)" → "Comnica has nothing (404)";
 * "… task: Dialers/DialerTask answered 0" → "… task: it answered 0".
 */
function withoutEndpoint(message: string, endpoint: string | undefined): string {
	if (!endpoint) return message;
	const name = escapeRegExp(endpoint);
	const pattern = new RegExp(`\\s*(?:\\b(?:at|to|on|for|of|in)\\s+)?(?:(?:GET|POST|PUT|PATCH|DELETE)\\s+)?${name}`, 'g');
	return message.replace(new RegExp(`${name} answered`, 'g'), 'it answered').replace(pattern, '');
}

/** One line, no URLs, no empty brackets. */
function tidy(text: string): string {
	return text
		.replace(/https?:\/\/\S+/g, '')
		.replace(/\(\s*\)/g, '')
		.replace(/\s+/g, ' ')
		.replace(/\s+([,.:;)])/g, '$1')
		.trim();
}

// Errors of preSend steps in a tool run, by the item's context, until the request guard answers.
const deferred = new WeakMap<object, unknown>();

/**
 * A preSend step whose error, in a tool run, waits for the request guard (which answers it as a
 * sentence and sends no request): n8n runs preSend steps before the guard and throws their errors.
 */
export function deferInToolRuns(preSend: PreSendAction): PreSendAction {
	return async function (this: IExecuteSingleFunctions, requestOptions) {
		if (!runsAsTool(this)) return await preSend.call(this, requestOptions);
		if (deferred.has(this)) return requestOptions;
		try {
			return await preSend.call(this, requestOptions);
		} catch (error) {
			deferred.set(this, error);
			return requestOptions;
		}
	};
}

/** The guard runs on a copy of the item's context whose prototype is that context. */
function deferredError(context: object): unknown {
	return deferred.get(context) ?? deferred.get(Object.getPrototypeOf(context) as object);
}

export type CustomOperation = (this: IExecuteFunctions) => Promise<INodeExecutionData[][]>;

/**
 * n8n runs a tool through RoutingNode alone and skips `customOperations`: the request guard runs
 * the operation here instead, for this one item, with the item-indexed calls it makes answered
 * by the item's own context.
 */
export async function runCustomOperation(context: IExecuteSingleFunctions, operation: CustomOperation): Promise<INodeExecutionData[]> {
	const item = context.getInputData();
	const single = Object.create(context, {
		getInputData: { value: () => [item] },
		getNodeParameter: {
			value: (name: string, _itemIndex: number, fallback?: unknown, options?: IDataObject) =>
				context.getNodeParameter(name, fallback, options),
		},
		continueOnFail: { value: () => false },
	}) as IExecuteFunctions;
	const [output = []] = await operation.call(single);
	return output.map((entry) => ({ ...entry, pairedItem: { item: context.getItemIndex() } }));
}
