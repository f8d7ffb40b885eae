/**
 * A minimal MCP client (JSON-RPC 2.0 over Streamable HTTP, protocol 2025-06-18): what any MCP
 * client (Claude Desktop, an IDE, an agent framework) sends to n8n's MCP Server Trigger.
 * Answers come as JSON or as a server-sent event stream; both are read.
 */

export const PROTOCOL_VERSION = '2025-06-18';

export interface McpTool {
	name: string;
	description?: string;
	inputSchema: { type: string; properties?: Record<string, { type?: string; description?: string }>; required?: string[] };
}

export interface McpToolResult {
	content: Array<{ type: string; text?: string }>;
	isError?: boolean;
}

export interface McpAnswer {
	status: number;
	/** The JSON-RPC response, when the request had an id and the server answered one. */
	message?: { id?: number; result?: unknown; error?: { code: number; message: string } };
	bytes: number;
}

export class McpClient {
	private sessionId?: string;
	private nextId = 1;

	constructor(
		readonly url: string,
		private readonly headers: Record<string, string> = {},
	) {}

	/** `initialize`, then the `notifications/initialized` the protocol requires. */
	async connect(): Promise<{ serverInfo?: { name: string }; protocolVersion?: string }> {
		const answer = await this.request('initialize', {
			protocolVersion: PROTOCOL_VERSION,
			capabilities: {},
			clientInfo: { name: 'n8n-nodes-contact-center e2e', version: '1.0.0' },
		});
		if (!this.sessionId) throw new Error(`The MCP server gave no session (HTTP ${answer.status})`);
		await this.notify('notifications/initialized');
		return answer.message?.result as { serverInfo?: { name: string }; protocolVersion?: string };
	}

	async listTools(): Promise<McpTool[]> {
		const answer = await this.request('tools/list', {});
		return (answer.message?.result as { tools: McpTool[] }).tools;
	}

	/** A tool call; `bytes` is the size of the answer the client received. */
	async callTool(name: string, args: Record<string, unknown>): Promise<McpToolResult & { bytes: number }> {
		const answer = await this.request('tools/call', { name, arguments: args });
		if (answer.message?.error) throw new Error(`tools/call ${name}: ${answer.message.error.message}`);
		return { ...(answer.message?.result as McpToolResult), bytes: answer.bytes };
	}

	/** Ends the session (DELETE, as the transport defines it). */
	async close(): Promise<void> {
		if (!this.sessionId) return;
		await fetch(this.url, { method: 'DELETE', headers: this.sessionHeaders() });
		this.sessionId = undefined;
	}

	async request(method: string, params: unknown): Promise<McpAnswer> {
		const id = this.nextId++;
		const response = await this.post({ jsonrpc: '2.0', id, method, params });
		const text = await response.text();
		const bytes = Buffer.byteLength(text);
		if (!response.ok) return { status: response.status, bytes };
		const messages = /text\/event-stream/.test(response.headers.get('content-type') ?? '') ? eventData(text) : [text];
		const message = messages.map((data) => JSON.parse(data) as McpAnswer['message']).find((candidate) => candidate?.id === id);
		return { status: response.status, message, bytes };
	}

	private async notify(method: string): Promise<void> {
		const response = await this.post({ jsonrpc: '2.0', method });
		await response.text();
		if (response.status !== 202 && !response.ok) throw new Error(`${method}: HTTP ${response.status}`);
	}

	private async post(body: unknown): Promise<Response> {
		const response = await fetch(this.url, {
			method: 'POST',
			headers: { 'Content-Type': 'application/json', Accept: 'application/json, text/event-stream', ...this.sessionHeaders() },
			body: JSON.stringify(body),
		});
		this.sessionId ??= response.headers.get('mcp-session-id') ?? undefined;
		return response;
	}

	private sessionHeaders(): Record<string, string> {
		return {
			...this.headers,
			...(this.sessionId ? { 'mcp-session-id': this.sessionId, 'mcp-protocol-version': PROTOCOL_VERSION } : {}),
		};
	}
}

/** The `data:` payloads of a server-sent event stream. */
function eventData(stream: string): string[] {
	return stream
		.split(/\r?\n\r?\n/)
		.map((event) =>
			event
				.split(/\r?\n/)
				.filter((line) => line.startsWith('data:'))
				.map((line) => line.slice(5).trimStart())
				.join('\n'),
		)
		.filter((data) => data !== '');
}

/** The JSON a tool answered (n8n sends the items' JSON as one text content). */
export function toolJson(result: McpToolResult): unknown {
	const text = result.content.find((part) => part.type === 'text')?.text ?? '';
	return JSON.parse(text);
}
