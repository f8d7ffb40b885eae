import type { IHookFunctions, IWebhookFunctions } from 'n8n-workflow';

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
