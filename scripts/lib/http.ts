import { request } from 'node:http';
import type { Agent, IncomingHttpHeaders } from 'node:http';

export interface Answer {
	status: number;
	headers: IncomingHttpHeaders;
	body: string;
	/** The connection failed or closed before a whole answer (e.g. n8n cut an oversized upload). */
	error?: string;
	/** Until the whole answer arrived. */
	ms: number;
}

/** Answers are kept up to this size (n8n's answers are small; a suite may keep thousands). */
const MAX_BODY = 4 * 1024 * 1024;

/**
 * One raw HTTP request. node:http rather than fetch: fetch refuses some methods (TRACE) and
 * header bytes a sender is free to send, and loses an early answer to a huge upload.
 */
export async function send(
	method: string,
	target: string,
	headers: Record<string, string>,
	body?: Buffer,
	agent?: Agent,
	timeoutMs = 300_000,
): Promise<Answer> {
	const started = performance.now();
	return await new Promise<Answer>((resolve) => {
		let settled = false;
		const finish = (answer: Omit<Answer, 'ms'>) => {
			if (settled) return;
			settled = true;
			resolve({ ...answer, ms: performance.now() - started });
		};
		const outgoing = request(target, { method, headers: { ...headers, ...(body ? { 'Content-Length': String(body.length) } : {}) }, agent });
		outgoing.setTimeout(timeoutMs, () => outgoing.destroy(new Error(`no answer within ${timeoutMs} ms`)));
		outgoing.on('response', (response) => {
			const chunks: Buffer[] = [];
			let size = 0;
			const text = () => Buffer.concat(chunks).toString('utf8');
			response.on('data', (chunk: Buffer) => {
				size += chunk.length;
				if (size <= MAX_BODY) chunks.push(chunk);
			});
			response.on('end', () => finish({ status: response.statusCode ?? 0, headers: response.headers, body: text() }));
			response.on('error', (error) => finish({ status: response.statusCode ?? 0, headers: response.headers, body: text(), error: error.message }));
		});
		outgoing.on('error', (error) => finish({ status: 0, headers: {}, body: '', error: (error as NodeJS.ErrnoException).code ?? error.message }));
		outgoing.end(body);
	});
}

export function jsonBody(value: unknown): Buffer {
	return Buffer.from(JSON.stringify(value), 'utf8');
}

export function basicAuth(user: string, password: string): string {
	return `Basic ${Buffer.from(`${user}:${password}`, 'utf8').toString('base64')}`;
}

/** Runs `work` over `items` with at most `limit` at a time, results in the order of the list. */
export async function pool<T, R>(items: T[], limit: number, work: (item: T) => Promise<R>): Promise<R[]> {
	const results = new Array<R>(items.length);
	let next = 0;
	const worker = async () => {
		while (next < items.length) {
			const index = next++;
			results[index] = await work(items[index]);
		}
	};
	await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
	return results;
}
