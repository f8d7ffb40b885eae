import { request } from 'node:http';
import type { Agent } from 'node:http';

export interface Answer {
	status: number;
	headers: Record<string, string | string[] | undefined>;
	body: string;
	/** The connection closed before an answer (e.g. n8n cut an oversized upload). */
	error?: string;
	ms: number;
}

/**
 * One raw HTTP request. node:http rather than fetch: fetch refuses some methods (TRACE) and
 * header bytes an attacker is free to send, and loses an early answer to a huge upload.
 */
export async function send(
	method: string,
	target: string,
	headers: Record<string, string>,
	body: Buffer | undefined,
	agent: Agent,
	timeoutMs = 120_000,
): Promise<Answer> {
	const started = Date.now();
	return await new Promise<Answer>((resolve) => {
		let settled = false;
		const finish = (answer: Omit<Answer, 'ms'>) => {
			if (settled) return;
			settled = true;
			resolve({ ...answer, ms: Date.now() - started });
		};
		const outgoing = request(target, { method, headers: { ...headers, ...(body ? { 'Content-Length': String(body.length) } : {}) }, agent });
		outgoing.setTimeout(timeoutMs, () => outgoing.destroy(new Error(`no answer within ${timeoutMs} ms`)));
		outgoing.on('response', (response) => {
			const chunks: Buffer[] = [];
			let size = 0;
			response.on('data', (chunk: Buffer) => {
				size += chunk.length;
				if (size <= 64 * 1024) chunks.push(chunk);
			});
			response.on('end', () => finish({ status: response.statusCode ?? 0, headers: response.headers, body: Buffer.concat(chunks).toString('utf8') }));
			response.on('error', (error) => finish({ status: response.statusCode ?? 0, headers: response.headers, body: Buffer.concat(chunks).toString('utf8'), error: error.message }));
		});
		outgoing.on('error', (error) => finish({ status: 0, headers: {}, body: '', error: (error as NodeJS.ErrnoException).code ?? error.message }));
		if (body) outgoing.end(body);
		else outgoing.end();
	});
}

/** Runs `work` over `items` with at most `limit` at a time, in order of the list. */
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
