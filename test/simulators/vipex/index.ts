import { json, Simulator } from '../base';
import { callParameters, incomingEndOfCall, outgoingEndOfCall } from './payloads';
import type { CallParameters, CallValue, EndOfCallRecord } from './payloads';

export * from './payloads';
export * from './recordings';

/**
 * The VIPeX PBX side of an API client connection: it CALLS the receiver (our n8n webhook) the
 * way the manual describes. Per connection: URL, GET or POST, the parameters to send, extra
 * headers, Basic auth and/or a fixed API key in a header, the query or the body, and optionally
 * a custom template. End-of-call data is POST only and is resent after a timeout.
 *
 * In-process, tests call its methods. Out of process (`npm start`, test/simulators/serve.ts) its
 * own server plays the PBX admin: `POST /pbx/connection` sets the connection (JSON of
 * PbxConnection), `POST /pbx/send` with `{ event: 'dataQuery' | 'notification' | 'endOfCall',
 * example?: 'outgoing' | 'incoming', call?: {...}, lostAnswers?: n }` makes the PBX call n8n and
 * answers with the result, `GET /pbx/sent` lists what the PBX sent.
 *
 * Templates use `{{name}}` placeholders (the simulator's syntax; the manual does not show the
 * PBX's). GET: the template is appended to the URL with URL-encoded values. POST: the template
 * is the whole body; values are inserted JSON-escaped (strings without their quotes).
 */

export type ApiKeyPlace = 'header' | 'query' | 'body';

export interface PbxConnection {
	url: string;
	/** Data query and notification: GET (default format: query string) or POST (default: JSON). */
	method?: 'GET' | 'POST';
	/** Which call parameters to send (the manual: chosen from a list); all given ones when absent. */
	parameters?: string[];
	basic?: { user: string; password: string };
	apiKey?: { value: string; in: ApiKeyPlace; name: string };
	/** Extra header parameters of the connection. */
	headers?: Record<string, string>;
	template?: string;
	/** POST content type; JSON by default. */
	contentType?: string;
	/** End of call: an answer later than this counts as failed and the data is resent. */
	timeoutMs?: number;
	/** End of call: deliveries in all (first try plus resends). */
	maxAttempts?: number;
}

export interface SendCommand {
	event: 'dataQuery' | 'notification' | 'endOfCall';
	example?: 'outgoing' | 'incoming';
	call?: CallParameters;
	lostAnswers?: number;
}

export interface SentRequest {
	method: 'GET' | 'POST';
	url: string;
	headers: Record<string, string>;
	body?: string;
}

export interface PbxAnswer {
	status: number;
	headers: Headers;
	text: string;
	/** The body parsed as JSON, when it is JSON. */
	json?: unknown;
}

export interface PbxAttempt {
	answer?: PbxAnswer;
	/** No answer within the timeout (or the answer was treated as lost). */
	timedOut: boolean;
	error?: string;
}

export interface PbxDelivery {
	delivered: boolean;
	attempts: PbxAttempt[];
}

export class VipexPbx extends Simulator {
	readonly sent: SentRequest[] = [];

	connection: PbxConnection;

	/** A connection, or serve.ts's context (`n8nUrl`) until the admin route sets the URL. */
	constructor(connection: Partial<PbxConnection> & { n8nUrl?: string } = {}) {
		super('vipex');
		const { n8nUrl: _n8nUrl, ...rest } = connection;
		this.connection = { url: '', ...rest };
		this.route('POST', '/pbx/connection', (request) => {
			this.configure(JSON.parse(request.rawBody.toString('utf8')) as Partial<PbxConnection>);
			return json(200, { url: this.connection.url, method: this.connection.method ?? 'GET' });
		});
		this.route('POST', '/pbx/send', async (request) =>
			json(200, await this.sendFromControl(JSON.parse(request.rawBody.toString('utf8')) as SendCommand)),
		);
		this.route('GET', '/pbx/sent', () => json(200, this.sent));
	}

	/** Changes the connection's settings (URL, method, auth, template, timeouts). */
	configure(connection: Partial<PbxConnection>): void {
		this.connection = { ...this.connection, ...connection };
	}

	reset(): void {
		super.reset();
		this.sent.length = 0;
	}

	/** Data query (Adatlekérdezés): the call flow waits for this answer. */
	async dataQuery(call: CallParameters): Promise<PbxAnswer> {
		return await this.send(this.request(call, this.connection.method ?? 'GET'));
	}

	/** Incoming call notification (Bejövő hívás értesítő); `exten` is only sent on ringing and answering. */
	async notify(call: CallParameters): Promise<PbxAnswer> {
		return await this.send(this.request(call, this.connection.method ?? 'GET'));
	}

	/**
	 * End-of-call data (Hívás végi adatküldés), POST only. A failed delivery (no 2xx within the
	 * timeout) is resent with the same data. `lostAnswers` makes the first answers count as
	 * late, as when the receiver answered after the PBX's timeout: the same call then arrives
	 * several times.
	 */
	async endOfCall(record: EndOfCallRecord, behaviour: { lostAnswers?: number } = {}): Promise<PbxDelivery> {
		const request = this.request(record as unknown as Record<string, unknown>, 'POST');
		const attempts: PbxAttempt[] = [];
		let lost = behaviour.lostAnswers ?? 0;
		const maxAttempts = this.connection.maxAttempts ?? 3;
		while (attempts.length < maxAttempts) {
			try {
				const answer = await this.send(request, this.connection.timeoutMs ?? 10000);
				const success = answer.status >= 200 && answer.status < 300;
				if (success && lost === 0) {
					attempts.push({ answer, timedOut: false });
					return { delivered: true, attempts };
				}
				if (success) lost--;
				attempts.push({ answer, timedOut: success });
			} catch (error) {
				const timedOut = (error as Error).name === 'TimeoutError';
				attempts.push({ timedOut, error: (error as Error).message });
			}
		}
		return { delivered: false, attempts };
	}

	/** What `POST /pbx/send` does: one of the manual's examples, sent like the PBX sends it. */
	async sendFromControl(command: SendCommand): Promise<unknown> {
		if (command.event === 'endOfCall') {
			const record = command.example === 'outgoing' ? outgoingEndOfCall() : incomingEndOfCall();
			return await this.endOfCall(record, { lostAnswers: command.lostAnswers });
		}
		const call = callParameters(command.call);
		return command.event === 'notification' ? await this.notify(call) : await this.dataQuery(call);
	}

	private request(values: Record<string, unknown>, method: 'GET' | 'POST'): SentRequest {
		const { connection } = this;
		const chosen = pick(values, connection.parameters);
		const headers: Record<string, string> = { 'User-Agent': 'VIPeX-API-client', ...connection.headers };
		if (connection.basic) {
			headers.Authorization = `Basic ${Buffer.from(`${connection.basic.user}:${connection.basic.password}`).toString('base64')}`;
		}
		const url = new URL(connection.url);
		let body: string | undefined;
		if (method === 'GET') {
			const search = connection.template
				? fill(connection.template, chosen, (value) => encodeURIComponent(value))
				: new URLSearchParams(stringValues(chosen)).toString();
			if (search) url.search = url.search ? `${url.search}&${search}` : `?${search}`;
		} else {
			body = connection.template ? fill(connection.template, chosen, jsonEscape) : JSON.stringify(chosen);
			headers['Content-Type'] = connection.contentType ?? 'application/json';
		}
		const key = connection.apiKey;
		if (key?.in === 'header') headers[key.name] = key.value;
		if (key?.in === 'query') url.searchParams.append(key.name, key.value);
		if (key?.in === 'body' && body !== undefined) body = withBodyKey(body, key.name, key.value);
		return { method, url: url.toString(), headers, body };
	}

	private async send(request: SentRequest, timeoutMs = 10000): Promise<PbxAnswer> {
		if (!this.connection.url) throw new Error('The VIPeX connection has no URL yet: configure() or POST /pbx/connection');
		this.sent.push(request);
		const response = await fetch(request.url, {
			method: request.method,
			headers: request.headers,
			body: request.body,
			signal: AbortSignal.timeout(timeoutMs),
		});
		const text = await response.text();
		let json: unknown;
		try {
			json = text ? (JSON.parse(text) as unknown) : undefined;
		} catch {
			json = undefined;
		}
		return { status: response.status, headers: response.headers, text, json };
	}
}

function pick(values: Record<string, unknown>, names?: string[]): Record<string, unknown> {
	if (!names) return { ...values };
	return Object.fromEntries(names.filter((name) => name in values).map((name) => [name, values[name]]));
}

function stringValues(values: Record<string, unknown>): Record<string, string> {
	const result: Record<string, string> = {};
	for (const [name, value] of Object.entries(values)) {
		if (value !== undefined) result[name] = value === null ? '' : String(value as CallValue);
	}
	return result;
}

function fill(template: string, values: Record<string, unknown>, encode: (value: string) => string): string {
	return template.replace(/\{\{\s*([\w.]+)\s*\}\}/g, (_match, name: string) => {
		const value = values[name];
		if (value === undefined || value === null) return encode === jsonEscape ? 'null' : '';
		return encode(String(value as CallValue));
	});
}

function jsonEscape(value: string): string {
	return JSON.stringify(value).slice(1, -1);
}

/** The PBX adds the key as a field of a JSON body (dots for nested fields). */
function withBodyKey(body: string, path: string, value: string): string {
	const parsed = JSON.parse(body) as Record<string, unknown>;
	const keys = path.split('.');
	let target = parsed;
	for (const key of keys.slice(0, -1)) {
		target[key] = typeof target[key] === 'object' && target[key] !== null ? target[key] : {};
		target = target[key] as Record<string, unknown>;
	}
	target[keys[keys.length - 1]] = value;
	return JSON.stringify(parsed);
}
