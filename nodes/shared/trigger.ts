import type {
	IDataObject,
	IHookFunctions,
	INodeExecutionData,
	IWebhookDescription,
	IWebhookFunctions,
	IWebhookResponseData,
} from 'n8n-workflow';

import { checkWebhookAuth, webhookAuthConfig, withoutSecret } from './webhookAuth';

/**
 * How every webhook trigger of the package takes a request, from request to verified event
 * (n8n's StripeTrigger is the model):
 *
 *   const request = await receiveWebhook(this, { credential, realm, expected });
 *   if (request.refused) return request.refused;
 *   // the vendor's own checks and mapping of request.body / request.query, then one of:
 *   return startWorkflow(this, items);        // accepted: start the workflow with these items
 *   return respond(this, 400, 'Expected …');  // refused (or ignored, 200): nothing starts
 *   return answerWith(body);                  // answered with this body: nothing starts
 */

export interface WebhookCheck {
	/** The trigger's webhook credential type: requests are checked when the node has one set. */
	credential: string;
	/** Named in the 401's `WWW-Authenticate: Basic realm="…"`. */
	realm: string;
	/** What the vendor sends, for the 400 answers: "a Comnica webhook". */
	expected: string;
}

export type ReceivedWebhook =
	| { refused?: undefined; body: unknown; query: IDataObject }
	| { refused: IWebhookResponseData };

/**
 * Reads the body (none for GET), checks the request against the trigger's credential (401/403,
 * see webhookAuth.ts) and refuses a body nested deeper than MAX_BODY_DEPTH (400). A refused
 * request is answered here and starts nothing. The body and query of an accepted one no longer
 * hold the credential's key: the workflow never sees the secret.
 */
export async function receiveWebhook(context: IWebhookFunctions, check: WebhookCheck): Promise<ReceivedWebhook> {
	const request = context.getRequestObject();
	let body = request.method === 'GET' || request.method === 'HEAD' ? undefined : await readWebhookBody(context);
	let query = { ...(context.getQueryData() as IDataObject) };
	if (context.getNode().credentials?.[check.credential]) {
		const config = webhookAuthConfig(await context.getCredentials(check.credential));
		const auth = checkWebhookAuth(request, body, config);
		if (!auth.ok) {
			const challenge: Record<string, string> = auth.basicChallenge ? { 'WWW-Authenticate': `Basic realm="${check.realm}"` } : {};
			return { refused: respond(context, auth.status, auth.message, challenge) };
		}
		if (config.apiKey !== '' && config.apiKeyLocation === 'query') query = withoutSecret(query, config.apiKeyName);
		if (config.apiKey !== '' && config.apiKeyLocation === 'body' && isPlainObject(body)) {
			body = withoutSecret(body, config.apiKeyName);
		}
	}
	if (nestedDeeperThan(body, MAX_BODY_DEPTH)) {
		return { refused: respond(context, 400, `Expected ${check.expected}: this body nests deeper than ${MAX_BODY_DEPTH} levels`) };
	}
	return { body, query };
}

/**
 * Accepted: starts the workflow with these items. n8n answers once the execution is saved (in
 * queue mode: queued), with {message} when given, else as the webhook describes
 * (vendorWebhook(): {"message": "Workflow was started"}; VIPeX's data query: the last node's
 * output), unless the trigger answered already with respond(): before slow work the sender
 * would not wait for (downloads, loading a record).
 */
export function startWorkflow(context: IWebhookFunctions, items: INodeExecutionData[], message?: string): IWebhookResponseData {
	if (context.getResponseObject().headersSent) return { noWebhookResponse: true, workflowData: [items] };
	return message === undefined ? { workflowData: [items] } : { webhookResponse: { message }, workflowData: [items] };
}

export const IGNORED = 'Event received and ignored by this workflow';

/** Answers now with `status` and {message}; nothing starts (unless startWorkflow follows). */
export function respond(
	context: IWebhookFunctions,
	status: number,
	message: string,
	headers: Record<string, string> = {},
): IWebhookResponseData {
	const response = context.getResponseObject();
	if (!response.headersSent) {
		response.statusCode = status;
		for (const [name, value] of Object.entries(headers)) response.setHeader(name, value);
		response.setHeader('Content-Type', 'application/json; charset=utf-8');
		response.end(JSON.stringify({ message }));
	}
	return { noWebhookResponse: true };
}

/**
 * Answers 200 with this body; nothing starts. n8n sends it after it saved the node's static
 * data, so what the answer says is stored.
 */
export function answerWith(body: object): IWebhookResponseData {
	return { webhookResponse: body };
}

/**
 * The webhook every vendor posts to. responseData '' lets n8n answer {"message": "Workflow was
 * started"}; left out, n8n 2.41 answers the literal text "firstEntryJson".
 */
export function vendorWebhook(): IWebhookDescription {
	return { name: 'default', httpMethod: 'POST', responseMode: 'onReceived', responseData: '', path: 'webhook' };
}

/**
 * None of the vendors has an API to register webhooks: users paste the Production URL into
 * the vendor's admin (or ask the vendor). The lifecycle methods n8n expects are no-ops.
 */
export const noWebhookRegistration = {
	async checkExists(this: IHookFunctions): Promise<boolean> {
		return true;
	},
	async create(this: IHookFunctions): Promise<boolean> {
		return true;
	},
	async delete(this: IHookFunctions): Promise<boolean> {
		return true;
	},
};

/**
 * The same no-op registration, but activation (and "Listen for test event") first runs `check`:
 * a trigger whose settings cannot work throws there, so n8n refuses to activate it with that
 * message instead of the vendor's requests failing later.
 */
export function checkedWebhookRegistration(check: (this: IHookFunctions) => Promise<void>): typeof noWebhookRegistration {
	return {
		...noWebhookRegistration,
		async checkExists(this: IHookFunctions): Promise<boolean> {
			await check.call(this);
			return true;
		},
	};
}

/**
 * The request body whatever its content type. n8n parses JSON, forms and text itself; other
 * types (Cention's application/vnd.api+json, a PBX template with a wrong type) are parsed here
 * from the raw body: JSON when it parses, otherwise the text.
 */
async function readWebhookBody(context: IWebhookFunctions): Promise<unknown> {
	const parsed = context.getBodyData() as unknown;
	if (parsed !== undefined && parsed !== null && !isEmptyObject(parsed)) {
		return typeof parsed === 'string' ? parseText(parsed) : parsed;
	}
	const request = context.getRequestObject();
	try {
		if (!request.rawBody && typeof request.readRawBody === 'function') await request.readRawBody();
	} catch {
		// The sender broke the connection while sending: there is no body.
		return undefined;
	}
	const raw = request.rawBody as Buffer | undefined;
	if (!raw || raw.length === 0) return undefined;
	return parseText(raw.toString('utf8'));
}

function isEmptyObject(value: unknown): boolean {
	return typeof value === 'object' && !Array.isArray(value) && Object.keys(value as object).length === 0;
}

function parseText(text: string): unknown {
	const trimmed = text.trim();
	if (trimmed === '') return undefined;
	if (trimmed.startsWith('{') || trimmed.startsWith('[')) {
		try {
			return JSON.parse(trimmed) as unknown;
		} catch {
			return text;
		}
	}
	return text;
}

/**
 * Deeper than any vendor's payload (a Cention callback nests about 5 levels). n8n cannot save
 * or show data nested a few thousand levels deep: one such execution breaks the workflow's
 * executions list, and a data query answered from it fails with a 500.
 */
const MAX_BODY_DEPTH = 32;

/** Whether objects and arrays nest deeper than `limit`; iterative, so no body can overflow the stack. */
function nestedDeeperThan(value: unknown, limit: number): boolean {
	const stack: Array<[unknown, number]> = [[value, 1]];
	while (stack.length > 0) {
		const [current, depth] = stack.pop()!;
		if (current === null || typeof current !== 'object') continue;
		if (depth > limit) return true;
		for (const child of Object.values(current)) {
			if (child !== null && typeof child === 'object') stack.push([child, depth + 1]);
		}
	}
	return false;
}

function isPlainObject(value: unknown): value is IDataObject {
	return value !== null && typeof value === 'object' && !Array.isArray(value);
}
