import { randomUUID } from 'node:crypto';

/** The owner account `npm start` creates (printed at the end) and the e2e suite logs in with. */
export const DEMO_OWNER = {
	email: 'demo@example.com',
	firstName: 'Demo',
	lastName: 'Owner',
	password: 'ContactCenter1',
};

const API_KEY_LABEL = 'n8n-nodes-contact-center setup';

export class HttpError extends Error {
	constructor(
		readonly status: number,
		readonly method: string,
		readonly path: string,
		readonly body: string,
	) {
		super(`${method} ${path} answered ${status}: ${body.slice(0, 500)}`);
	}
}

/**
 * Talks to a running n8n the way its editor does (/rest with the login cookie) and the way
 * integrations do (/api/v1 with an API key).
 */
export class N8nClient {
	private cookie = '';

	/** n8n ties the login cookie to the browser id sent at login. */
	private readonly browserId = randomUUID();

	constructor(
		readonly url: string,
		/** For the public API; `createApiKey` sets it on a new instance. */
		public apiKey = '',
	) {}

	/** Creates the owner on a new instance; false when an owner exists already. */
	async setupOwner(owner = DEMO_OWNER): Promise<boolean> {
		try {
			await this.rest('POST', '/owner/setup', owner);
			return true;
		} catch (error) {
			if (error instanceof HttpError && error.status === 400 && /already/i.test(error.body)) return false;
			throw error;
		}
	}

	async login(owner = DEMO_OWNER): Promise<void> {
		await this.rest('POST', '/login', { emailOrLdapLoginId: owner.email, password: owner.password });
	}

	/** A fresh API key with every scope the owner may grant; earlier keys of this setup are deleted. */
	async createApiKey(): Promise<string> {
		const existing = (await this.rest('GET', '/api-keys')) as Array<{ id: string; label: string }> | { items?: Array<{ id: string; label: string }> };
		const keys = Array.isArray(existing) ? existing : existing.items ?? [];
		for (const key of keys.filter((candidate) => candidate.label === API_KEY_LABEL)) {
			await this.rest('DELETE', `/api-keys/${key.id}`);
		}
		const scopes = (await this.rest('GET', '/api-keys/scopes')) as string[];
		const created = (await this.rest('POST', '/api-keys', { label: API_KEY_LABEL, scopes, expiresAt: null })) as {
			rawApiKey: string;
		};
		this.apiKey = created.rawApiKey;
		return this.apiKey;
	}

	/** The editor's API (`/rest`); answers are unwrapped from `{ data }`. */
	async rest(method: string, path: string, body?: unknown): Promise<unknown> {
		const response = await fetchRetryingReads(`${this.url}/rest${path}`, {
			method,
			headers: {
				'Content-Type': 'application/json',
				'browser-id': this.browserId,
				...(this.cookie ? { Cookie: this.cookie } : {}),
			},
			body: body === undefined ? undefined : JSON.stringify(body),
		});
		const setCookie = response.headers.getSetCookie().find((value) => value.startsWith('n8n-auth='));
		if (setCookie) this.cookie = setCookie.split(';')[0];
		const text = await response.text();
		if (!response.ok) throw new HttpError(response.status, method, `/rest${path}`, text);
		const parsed = text ? (JSON.parse(text) as { data?: unknown }) : {};
		return parsed.data ?? parsed;
	}

	/** A file the editor loads with the login cookie (e.g. /types/nodes.json). */
	async editorFile(path: string): Promise<unknown> {
		const response = await fetchRetryingReads(`${this.url}${path}`, { headers: { 'browser-id': this.browserId, Cookie: this.cookie } });
		const text = await response.text();
		if (!response.ok) throw new HttpError(response.status, 'GET', path, text);
		return JSON.parse(text);
	}

	/** The public API (`/api/v1`) with the API key. */
	async api<T = unknown>(method: string, path: string, body?: unknown): Promise<T> {
		const response = await fetchRetryingReads(`${this.url}/api/v1${path}`, {
			method,
			headers: { 'Content-Type': 'application/json', 'X-N8N-API-KEY': this.apiKey },
			body: body === undefined ? undefined : JSON.stringify(body),
		});
		const text = await response.text();
		if (!response.ok) throw new HttpError(response.status, method, `/api/v1${path}`, text);
		return (text ? JSON.parse(text) : {}) as T;
	}

	/** Publishes (activates) a workflow so its production webhook URLs answer. */
	async publish(workflowId: string): Promise<void> {
		await this.api('POST', `/workflows/${workflowId}/publish`, {});
	}
}

/**
 * fetch, with a read sent once more when the connection broke before an answer: a kept-alive
 * socket that n8n closed just as it was reused (the bench's process can be busy past the idle
 * limit, building a 25 MiB body). Writes are never repeated.
 */
async function fetchRetryingReads(url: string, init: RequestInit): Promise<Response> {
	try {
		return await fetch(url, init);
	} catch (error) {
		if ((init.method ?? 'GET') !== 'GET') throw error;
		return await fetch(url, init);
	}
}
