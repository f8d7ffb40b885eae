import { agents, ids, queues } from './data';
import type { Row } from './data';

/**
 * Contact Pro's Event-Driven Integrations as the public pages describe them: one integration
 * (System Configurator → System Management → Event-Driven Integrations) with an Endpoint URL,
 * a Conversation Direction, the ticked conversation events, its authentications and a JSON for
 * Configuration. On a conversation event it CALLS the endpoint (our n8n trigger).
 *
 * Where the pages are silent this simulator sends one reading only (the node's README says so):
 * - event names in lower case (`ended`), like the other enumerated values of the available data;
 * - a string that is exactly one placeholder (`"{contact}"`, `"{contact.priority}"`) becomes
 *   that value with its JSON type; placeholders inside longer strings, in the URL, the headers
 *   and `params` (query parameters) are replaced by their text;
 * - `"authentication": {"type": "basic"}` sends the integration's Basic user and password;
 *   `{authentications.<name>}` is the integration's authentication value of that name;
 * - an unknown placeholder makes the integration fail (nothing is sent);
 * - the body is sent as `application/json`.
 */

export type EdiDirection = 'inbound' | 'outbound' | 'both';

export interface EdiIntegration {
	endpointUrl: string;
	direction: EdiDirection;
	/** The ticked conversation events (lower case). */
	events: string[];
	basic?: { user: string; password: string };
	/** Named authentication values, e.g. `{ 'api-key': '…' }` for `{authentications.api-key}`. */
	authentications: Record<string, string>;
	/** The JSON for Configuration. */
	configuration: unknown;
}

/** The demo conversations the simulator can raise events for. */
export type EdiConversation = 'callIn' | 'abandonedCall' | 'callOut' | 'chatIn' | 'chatOut';

export interface EdiSendCommand {
	event: string;
	conversation?: EdiConversation;
	/** Contact properties to change (e.g. `{ direction: 'outbound' }`). */
	contact?: Row;
}

export interface EdiSentRequest {
	method: string;
	url: string;
	headers: Record<string, string>;
	body?: string;
}

export interface EdiResult {
	sent: boolean;
	/** Why nothing was sent (not ticked, other direction, broken configuration). */
	reason?: string;
	request?: EdiSentRequest;
	status?: number;
	text?: string;
	json?: unknown;
}

/** The documented example that sends everything (edi_framework_example_2.html). */
export const FULL_BODY_CONFIGURATION = {
	request: {
		authentication: { type: 'basic' },
		method: 'POST',
		headers: { 'x-api-key': '{authentications.api-key}' },
		body: { event: '{event}', contact: '{contact}' },
	},
};

/** A shortened form of the documented example that sends chosen properties under its own names. */
export const CUSTOM_BODY_CONFIGURATION = {
	request: {
		method: 'POST',
		authentication: { type: 'basic' },
		body: {
			'Event name': '{event.name}',
			'Event date': '{event.datetime}',
			'Channel type': '{contact.channel_type}',
			Direction: '{contact.direction}',
			ID: '{contact.id}',
			Priority: '{contact.priority}',
			'Current queue': '{contact.queue}',
			'Current agent number': '{contact.agent.number}',
		},
	},
};

export const EDI_EVENT_NAMES = ['received', 'queued', 'allocated', 'accepted', 'rejected', 'transferred', 'forwarded', 'ended', 'closed'];

// Seconds after the conversation was created at which each event happens in the demo.
const EVENT_OFFSETS: Record<string, number> = {
	received: 0,
	queued: 1,
	allocated: 21,
	accepted: 24,
	rejected: 36,
	transferred: 140,
	forwarded: 61,
	ended: 327,
	closed: 389,
};

const phoneQueue = { id: queues.phone.id, address: '+358942511000' };
const chatQueue = { id: queues.chat.id, address: 'billing.chat@nordlys-energia.fi' };
const aino = { id: agents.aino.id, number: '+358942511021', chat_address: 'aino.korhonen@nordlys-energia.fi' };
const mikko = { id: agents.mikko.id, number: '+358942511034', chat_address: 'mikko.nieminen@nordlys-energia.fi' };
const finnish = { id: 'C8177D585DA5EE11B3ED58961D1810CC', value: 5, name: 'finnish' };

/** The {contact} object of EDI_available_data.html for each demo conversation. */
export function ediContact(conversation: EdiConversation = 'callIn'): Row {
	const call = { channel_type: 'phone', channel_sub_type: null, language: 'FI', priority: 100, skills: [finnish] };
	const none = { forwarding_queue: null, preferred_agent: null, required_agents: null, transferring_agent: null };
	const contacts: Record<EdiConversation, Row> = {
		callIn: {
			...call,
			direction: 'inbound',
			id: ids.callHandled,
			guid: '5AB6E20342A6EE11B3ED58961D1810CC',
			created: '2026-11-21T07:46:40.215Z',
			queue: phoneQueue,
			agent: aino,
			...none,
			source: '+358401234567',
		},
		abandonedCall: {
			...call,
			direction: 'inbound',
			id: '6F1D2C3B4A5948E7B6C5D4E3F2A1B0C9',
			guid: '6F1D2C3B4A5948E7B6C5D4E3F2A1B0CA',
			created: '2026-11-23T08:02:11.904Z',
			queue: phoneQueue,
			agent: null,
			...none,
			source: '+358409876543',
		},
		callOut: {
			...call,
			direction: 'outbound',
			id: '7A2E3D4C5B6A49F8A7B6C5D4E3F2A1B0',
			guid: '7A2E3D4C5B6A49F8A7B6C5D4E3F2A1B1',
			created: '2026-11-23T13:15:03.377Z',
			// Null for agent calls out of Contact Pro (available data, Current queue).
			queue: null,
			agent: aino,
			...none,
			source: aino.number,
		},
		chatIn: {
			channel_type: 'chat',
			channel_sub_type: 'text',
			direction: 'inbound',
			id: ids.chatHandled,
			guid: '4A6C8E0F2B4D46688A0C2E4F6A8B0C1E',
			created: '2026-11-22T12:00:31.052Z',
			language: 'FI',
			priority: 100,
			skills: [finnish],
			queue: chatQueue,
			agent: mikko,
			...none,
			source: 'maija.virtanen@example.fi',
		},
		chatOut: {
			channel_type: 'chat',
			channel_sub_type: 'sms',
			direction: 'outbound',
			id: '8B3F4E5D6C7B40A9B8C7D6E5F4A3B2C1',
			guid: '8B3F4E5D6C7B40A9B8C7D6E5F4A3B2C2',
			created: '2026-11-23T14:40:55.610Z',
			language: 'FI',
			priority: 100,
			skills: [],
			queue: chatQueue,
			agent: mikko,
			...none,
			source: '+358942511099',
		},
	};
	return structuredClone(contacts[conversation]);
}

/** The {event} object: its name and when it happened (UTC, ISO 8601 like contact.created). */
export function ediEvent(name: string, contact: Row): Row {
	const created = Date.parse(String(contact.created));
	return { name, datetime: new Date(created + (EVENT_OFFSETS[name] ?? 0) * 1000).toISOString() };
}

const PLACEHOLDER = /\{([A-Za-z_][\w-]*(?:\.[\w-]+)*)\}/g;
const WHOLE = /^\{([A-Za-z_][\w-]*(?:\.[\w-]+)*)\}$/;

function lookup(data: Row, path: string): unknown {
	let value: unknown = data;
	for (const key of path.split('.')) {
		if (value === null || typeof value !== 'object' || !(key in value)) throw new Error(`Unknown placeholder {${path}}`);
		value = (value as Row)[key];
	}
	return value;
}

function asText(value: unknown): string {
	if (value === null || value === undefined) return '';
	return typeof value === 'object' ? JSON.stringify(value) : String(value);
}

function fillText(template: string, data: Row, encode: (text: string) => string = (text) => text): string {
	return template.replace(PLACEHOLDER, (_match, path: string) => encode(asText(lookup(data, path))));
}

/** The body template with its placeholders replaced: whole placeholders keep their JSON type. */
function fillBody(template: unknown, data: Row): unknown {
	if (typeof template === 'string') {
		const whole = WHOLE.exec(template.trim());
		return whole ? (lookup(data, whole[1]) ?? null) : fillText(template, data);
	}
	if (Array.isArray(template)) return template.map((entry) => fillBody(entry, data));
	if (template !== null && typeof template === 'object') {
		return Object.fromEntries(Object.entries(template).map(([key, value]) => [key, fillBody(value, data)]));
	}
	return template;
}

/** Builds the request an integration makes for one event; throws on a broken configuration. */
export function ediRequest(integration: EdiIntegration, event: Row, contact: Row): EdiSentRequest {
	const data: Row = { event, contact, authentications: integration.authentications };
	const request = ((integration.configuration as Row | undefined)?.request ?? {}) as Row;
	const url = new URL(fillText(integration.endpointUrl, data, encodeURIComponent));
	if (url.protocol !== 'https:' && url.hostname !== '127.0.0.1' && url.hostname !== 'localhost') {
		throw new Error('The Endpoint URL must use HTTPS');
	}
	for (const [name, value] of Object.entries((request.params ?? {}) as Row)) url.searchParams.append(name, fillText(asText(value), data));
	const headers: Record<string, string> = { 'Content-Type': 'application/json' };
	for (const [name, value] of Object.entries((request.headers ?? {}) as Row)) headers[name] = fillText(asText(value), data);
	if ((request.authentication as Row | undefined)?.type === 'basic') {
		if (!integration.basic) throw new Error('Basic authentication is configured without a user');
		const { user, password } = integration.basic;
		headers.Authorization = `Basic ${Buffer.from(`${user}:${password}`).toString('base64')}`;
	}
	const method = typeof request.method === 'string' ? request.method.toUpperCase() : 'POST';
	const body = request.body === undefined ? undefined : JSON.stringify(fillBody(request.body, data));
	return { method, url: url.toString(), headers, body };
}

/** The integration side of the simulator: configured like System Configurator, then made to call n8n. */
export class EdiSender {
	integration?: EdiIntegration;

	readonly sent: EdiSentRequest[] = [];

	reset(): void {
		this.integration = undefined;
		this.sent.length = 0;
	}

	/**
	 * Sets up (or changes) the integration. A field given as null goes back to its default: every
	 * event ticked, both directions, no Basic user, the documented full-body configuration.
	 */
	configure(settings: { [K in keyof EdiIntegration]?: EdiIntegration[K] | null }): EdiIntegration {
		const defaults: EdiIntegration = {
			endpointUrl: '',
			direction: 'both',
			events: [...EDI_EVENT_NAMES],
			authentications: {},
			configuration: FULL_BODY_CONFIGURATION,
		};
		const next: Record<string, unknown> = { ...defaults, ...this.integration };
		for (const [key, value] of Object.entries(settings)) {
			if (value !== undefined) next[key] = value ?? defaults[key as keyof EdiIntegration];
		}
		this.integration = next as unknown as EdiIntegration;
		return this.integration;
	}

	/** A conversation event happens: the integration calls its endpoint when it applies. */
	async send(command: EdiSendCommand): Promise<EdiResult> {
		const integration = this.integration;
		if (!integration?.endpointUrl) return { sent: false, reason: 'No integration is configured (endpointUrl)' };
		const contact = { ...ediContact(command.conversation), ...command.contact };
		const event = ediEvent(command.event, contact);
		if (!integration.events.includes(command.event)) return { sent: false, reason: `The event ${command.event} is not ticked` };
		if (integration.direction !== 'both' && integration.direction !== contact.direction) {
			return { sent: false, reason: `The integration applies to ${integration.direction} conversations only` };
		}
		let request: EdiSentRequest;
		try {
			request = ediRequest(integration, event, contact);
		} catch (error) {
			return { sent: false, reason: (error as Error).message };
		}
		this.sent.push(request);
		const response = await fetch(request.url, { method: request.method, headers: request.headers, body: request.body, signal: AbortSignal.timeout(10000) });
		const text = await response.text();
		let json: unknown;
		try {
			json = text ? (JSON.parse(text) as unknown) : undefined;
		} catch {
			json = undefined;
		}
		return { sent: true, request, status: response.status, text, json };
	}
}
