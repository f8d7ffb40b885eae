import type { IHookFunctions, IWebhookFunctions, IWebhookResponseData } from 'n8n-workflow';

import { respondDirectly } from './webhookAuth';

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
export async function readWebhookBody(context: IWebhookFunctions): Promise<unknown> {
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
export const MAX_BODY_DEPTH = 32;

/** Whether objects and arrays nest deeper than `limit`; iterative, so no body can overflow the stack. */
export function nestedDeeperThan(value: unknown, limit: number): boolean {
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

/** Answers 400 to a body nested deeper than MAX_BODY_DEPTH (return it from webhook()); undefined otherwise. */
export function refuseDeepBody(context: IWebhookFunctions, body: unknown, expected: string): IWebhookResponseData | undefined {
	if (!nestedDeeperThan(body, MAX_BODY_DEPTH)) return undefined;
	return respondDirectly(context, 400, { message: `Expected ${expected}: this body nests deeper than ${MAX_BODY_DEPTH} levels` });
}
