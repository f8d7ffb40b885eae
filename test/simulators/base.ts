import { createServer } from 'node:http';
import type { IncomingMessage, Server, ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';

/**
 * The shared base of the vendor simulators: a real HTTP server on 127.0.0.1 that routes
 * requests to a vendor's handlers, records every request for assertions, and injects faults
 * on demand (in-process through methods, out-of-process through /__sim/* control routes).
 */

export interface SimRequest {
	method: string;
	path: string;
	query: Record<string, string>;
	headers: Record<string, string | string[] | undefined>;
	rawBody: Buffer;
	params: Record<string, string>;
	/** Filled by the vendor simulator (parsed JSON, form fields, …) when it accepts the body. */
	body?: unknown;
	/** Basic auth as received, decoded. */
	basic?: { user: string; password: string };
	/** Bearer token as received. */
	bearer?: string;
	/** Set by the simulator when it answered (for the request log). */
	status?: number;
	at: number;
}

export interface SimReply {
	status: number;
	headers?: Record<string, string>;
	/** Objects are sent as JSON; strings as text; Buffers as bytes. */
	body?: unknown;
}

export type SimHandler = (request: SimRequest) => SimReply | Promise<SimReply>;

export interface Fault {
	/** Path (exact) or regular expression source the fault applies to; all paths when absent. */
	path?: string;
	method?: string;
	status?: number;
	headers?: Record<string, string>;
	body?: unknown;
	/** Answer late (e.g. beyond the node's timeout). */
	delayMs?: number;
	/** Close the connection without answering. */
	drop?: boolean;
	/** How many requests it hits; default 1. */
	times?: number;
	/** Let this many matching requests through before the fault applies. */
	after?: number;
}

interface Route {
	method: string;
	pattern: RegExp;
	keys: string[];
	handler: SimHandler;
}

export function json(status: number, body: unknown, headers: Record<string, string> = {}): SimReply {
	return { status, body, headers: { 'Content-Type': 'application/json; charset=utf-8', ...headers } };
}

export function text(status: number, body: string, headers: Record<string, string> = {}): SimReply {
	return { status, body, headers: { 'Content-Type': 'text/plain; charset=utf-8', ...headers } };
}

export function file(body: Buffer, contentType: string, fileName: string): SimReply {
	return {
		status: 200,
		body,
		headers: { 'Content-Type': contentType, 'Content-Disposition': `attachment; filename="${fileName}"` },
	};
}

export abstract class Simulator {
	readonly requests: SimRequest[] = [];

	private readonly routes: Route[] = [];

	private faults: Fault[] = [];

	private server?: Server;

	private readonly sockets = new Set<Socket>();

	baseUrl = '';

	constructor(readonly name: string) {}

	/** Registers a handler; `:name` segments become `request.params.name`. */
	protected route(method: string, path: string, handler: SimHandler): void {
		const keys: string[] = [];
		const source = path
			.split('/')
			.map((segment) => {
				if (segment.startsWith(':')) {
					keys.push(segment.slice(1));
					return '([^/]+)';
				}
				return segment.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
			})
			.join('/');
		this.routes.push({ method, pattern: new RegExp(`^${source}$`), keys, handler });
	}

	/** Checked before routing; answer to reject the request, undefined to let it through. */
	protected before(_request: SimRequest): SimReply | undefined {
		return undefined;
	}

	/** What the vendor answers for an unknown path or a wrong method. */
	protected notFound(request: SimRequest): SimReply {
		return json(404, { message: `Not found: ${request.method} ${request.path}` });
	}

	/** Restores the demo data; subclasses extend it. */
	reset(): void {
		this.requests.length = 0;
		this.faults = [];
	}

	inject(fault: Fault): void {
		this.faults.push({ times: 1, ...fault });
	}

	/** Requests that reached a vendor path (not the control routes), optionally filtered. */
	received(path?: string | RegExp, method?: string): SimRequest[] {
		return this.requests.filter(
			(request) =>
				(path === undefined || (typeof path === 'string' ? request.path === path : path.test(request.path))) &&
				(method === undefined || request.method === method),
		);
	}

	async start(port = 0, host = '127.0.0.1'): Promise<string> {
		this.server = createServer((req, res) => {
			void this.handle(req, res);
		});
		this.server.on('connection', (socket) => {
			this.sockets.add(socket);
			socket.on('close', () => this.sockets.delete(socket));
		});
		await new Promise<void>((resolve) => this.server!.listen(port, host, resolve));
		const address = this.server.address() as AddressInfo;
		this.baseUrl = `http://${host}:${address.port}`;
		return this.baseUrl;
	}

	async stop(): Promise<void> {
		if (!this.server) return;
		for (const socket of this.sockets) socket.destroy();
		await new Promise<void>((resolve) => this.server!.close(() => resolve()));
		this.server = undefined;
	}

	private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
		const request = await readRequest(req);
		if (request.path.startsWith('/__sim/')) {
			send(res, await this.control(request));
			return;
		}
		this.requests.push(request);
		const fault = this.takeFault(request);
		if (fault?.delayMs) await new Promise((resolve) => setTimeout(resolve, fault.delayMs).unref());
		if (fault?.drop) {
			request.status = 0;
			req.socket.destroy();
			return;
		}
		let reply: SimReply;
		try {
			reply = fault?.status !== undefined ? faultReply(fault) : await this.dispatch(request);
		} catch (error) {
			reply = json(500, { message: `Simulator error: ${(error as Error).message}` });
		}
		request.status = reply.status;
		if (!res.destroyed) send(res, reply);
	}

	/** Whether an unknown path or method is answered 404 before authentication is checked. */
	protected notFoundBeforeAuth = false;

	private async dispatch(request: SimRequest): Promise<SimReply> {
		const route = this.routes.find((candidate) => candidate.method === request.method && candidate.pattern.test(request.path));
		if (!route && this.notFoundBeforeAuth) return this.notFound(request);
		const rejected = this.before(request);
		if (rejected) return rejected;
		if (!route) return this.notFound(request);
		const match = route.pattern.exec(request.path)!;
		route.keys.forEach((key, index) => (request.params[key] = decodeURIComponent(match[index + 1])));
		return await route.handler(request);
	}

	private takeFault(request: SimRequest): Fault | undefined {
		for (const fault of this.faults) {
			if (fault.method && fault.method !== request.method) continue;
			if (fault.path && fault.path !== request.path && !new RegExp(fault.path).test(request.path)) continue;
			if (fault.after && fault.after > 0) {
				fault.after--;
				continue;
			}
			fault.times = (fault.times ?? 1) - 1;
			if (fault.times <= 0) this.faults = this.faults.filter((other) => other !== fault);
			return fault;
		}
		return undefined;
	}

	/** Control routes, so a simulator running beside a real n8n can be driven over HTTP. */
	private async control(request: SimRequest): Promise<SimReply> {
		if (request.path === '/__sim/requests') {
			return json(200, this.requests.map(({ rawBody, ...rest }) => ({ ...rest, rawBody: rawBody.toString('utf8') })));
		}
		if (request.path === '/__sim/reset' && request.method === 'POST') {
			this.reset();
			return json(200, { reset: true });
		}
		if (request.path === '/__sim/fault' && request.method === 'POST') {
			this.inject(JSON.parse(request.rawBody.toString('utf8')) as Fault);
			return json(200, { injected: true });
		}
		if (request.path === '/__sim/clear-log' && request.method === 'POST') {
			this.requests.length = 0;
			return json(200, { cleared: true });
		}
		return (await this.controlExtra(request)) ?? json(404, { message: 'Unknown control route' });
	}

	/** Vendor-specific control routes (e.g. expire sessions, or make the vendor call n8n). */
	protected controlExtra(_request: SimRequest): SimReply | Promise<SimReply | undefined> | undefined {
		return undefined;
	}
}

function faultReply(fault: Fault): SimReply {
	if (fault.body === undefined || typeof fault.body === 'string') {
		return { status: fault.status!, body: fault.body ?? '', headers: { 'Content-Type': 'text/plain', ...fault.headers } };
	}
	return json(fault.status!, fault.body, fault.headers);
}

async function readRequest(req: IncomingMessage): Promise<SimRequest> {
	const chunks: Buffer[] = [];
	for await (const chunk of req) chunks.push(chunk as Buffer);
	const url = new URL(req.url ?? '/', 'http://simulator');
	const request: SimRequest = {
		method: req.method ?? 'GET',
		path: url.pathname,
		query: Object.fromEntries(url.searchParams),
		headers: req.headers,
		rawBody: Buffer.concat(chunks),
		params: {},
		at: Date.now(),
	};
	const authorization = req.headers.authorization ?? '';
	const basic = /^Basic\s+(\S+)$/i.exec(authorization);
	if (basic) {
		const decoded = Buffer.from(basic[1], 'base64').toString('utf8');
		const separator = decoded.indexOf(':');
		if (separator >= 0) {
			request.basic = { user: decoded.slice(0, separator), password: decoded.slice(separator + 1) };
		}
	}
	const bearer = /^Bearer\s+(\S+)$/i.exec(authorization);
	if (bearer) request.bearer = bearer[1];
	return request;
}

function send(res: ServerResponse, reply: SimReply): void {
	const headers = { ...reply.headers };
	let body: Buffer;
	if (Buffer.isBuffer(reply.body)) body = reply.body;
	else if (typeof reply.body === 'string') body = Buffer.from(reply.body, 'utf8');
	else if (reply.body === undefined) body = Buffer.alloc(0);
	else {
		body = Buffer.from(JSON.stringify(reply.body), 'utf8');
		headers['Content-Type'] ??= 'application/json; charset=utf-8';
	}
	res.writeHead(reply.status, { ...headers, 'Content-Length': String(body.length) });
	res.end(body);
}

/** Content type without parameters, lower-cased. */
export function contentType(request: SimRequest): string {
	const value = request.headers['content-type'];
	return (Array.isArray(value) ? value[0] : value ?? '').split(';')[0].trim().toLowerCase();
}
