import type { IDataObject, INodePropertyOptions } from 'n8n-workflow';

import { getPath } from '../../shared/webhookAuth';

/**
 * Event-Driven Integrations (EDI): Contact Pro calls a web service on conversation events of
 * chats and calls, with a request described by the integration's "JSON for Configuration".
 * Sources (docs.cc.sinch.com/cloud/event-driven-integrations/en/oxy_ex-1/common/):
 * configuring_an_event_driven_integration.html (events, direction, endpoint URL placeholders),
 * edi_framework_example_2.html "Listen to conversation lifecycle events" (the two bodies below),
 * EDI_available_data.html (the {contact} and {event} properties).
 */

/**
 * The events of the page's table "Conversation events supported for each conversation type".
 * The docs do not show how {event.name} spells them; like every other enumerated value of the
 * available data (chat, phone, inbound, outbound) we read them as lower case, and compare
 * without regard to case.
 */
export const EDI_EVENTS: INodePropertyOptions[] = [
	{ name: 'Received', value: 'received', description: 'Arrived in Contact Pro, not yet registered to an allocation queue' },
	{ name: 'Queued', value: 'queued', description: 'Registered to an allocation queue' },
	{ name: 'Allocated', value: 'allocated', description: 'Allocated to an agent' },
	{ name: 'Accepted', value: 'accepted', description: 'Accepted by an agent (inbound) or connected to the external party (outbound)' },
	{
		name: 'Rejected',
		value: 'rejected',
		description: 'Rejected by an agent or cancelled by the system (inbound), or rejected by the external party (outbound calls)',
	},
	{ name: 'Transferred', value: 'transferred', description: 'Transferred by an agent to a queue or another agent' },
	{ name: 'Forwarded', value: 'forwarded', description: 'Forwarded (overflowed) from one queue to another' },
	{ name: 'Ended', value: 'ended', description: 'The conversation ended' },
	{ name: 'Closed', value: 'closed', description: 'The wrap-up ended (newer releases; the available-data page names this event)' },
];

/** The documented example that sends everything: the whole {event} and {contact} objects. */
export const FULL_CONFIGURATION = {
	request: {
		method: 'POST',
		authentication: { type: 'basic' },
		headers: { 'x-api-key': '{authentications.api-key}' },
		body: { event: '{event}', contact: '{contact}' },
	},
};

export const DEFAULT_CONFIGURATION = JSON.stringify(FULL_CONFIGURATION, null, 2);

/** What the trigger filters on, as placeholders of the available data. */
export const FILTER_FIELDS = {
	event: 'event.name',
	direction: 'contact.direction',
	channel: 'contact.channel_type',
} as const;

export type FilterField = keyof typeof FILTER_FIELDS;

export interface EdiConfiguration {
	method: string;
	basic: boolean;
	/** Header names (lower case) the request carries. */
	headers: string[];
	body: unknown;
}

/** The JSON for Configuration as the node holds it; a message naming the problem when it is unusable. */
export function parseConfiguration(text: unknown): EdiConfiguration | string {
	let parsed: unknown = text;
	if (typeof text === 'string') {
		try {
			parsed = JSON.parse(text);
		} catch (error) {
			return `JSON for Configuration is not valid JSON (${(error as Error).message})`;
		}
	}
	const request = getPath(parsed, 'request');
	if (request === null || typeof request !== 'object' || Array.isArray(request)) {
		return 'JSON for Configuration needs a "request" object, as in the default';
	}
	const { method, authentication, headers, body } = request as IDataObject;
	return {
		method: typeof method === 'string' ? method.toUpperCase() : 'POST',
		basic: (authentication as IDataObject | undefined)?.type === 'basic',
		headers: headers && typeof headers === 'object' ? Object.keys(headers).map((name) => name.toLowerCase()) : [],
		body,
	};
}

/**
 * Where a value of the available data lands in the body the template produces: the key whose
 * value is exactly `{a.b}`, or the key holding the whole `{a}` object plus `.b`.
 */
export function locate(template: unknown, placeholder: string): string | undefined {
	const [root] = placeholder.split('.');
	const wanted = [`{${placeholder}}`, `{${root}}`];
	const stack: Array<[unknown, string[]]> = [[template, []]];
	while (stack.length > 0) {
		const [value, path] = stack.pop()!;
		if (typeof value === 'string' && wanted.includes(value.trim())) {
			const exact = value.trim() === wanted[0];
			return [...path, ...(exact ? [] : placeholder.split('.').slice(1))].join('.');
		}
		if (value !== null && typeof value === 'object' && !Array.isArray(value)) {
			for (const [key, child] of Object.entries(value)) stack.push([child, [...path, key]]);
		}
	}
	return undefined;
}

/** Whether the body is the documented full one: the whole {event} and {contact} objects. */
export function sendsFullObjects(template: unknown): boolean {
	return locate(template, 'event') === 'event' && locate(template, 'contact') === 'contact';
}

// Object-valued contact properties of the available data, with the fields the page lists.
const QUEUE_FIELDS = ['id', 'address'];
const AGENT_FIELDS = ['id', 'number', 'chat_address'];
const CONTACT_OBJECTS: Record<string, string[]> = {
	queue: QUEUE_FIELDS,
	forwarding_queue: QUEUE_FIELDS,
	agent: AGENT_FIELDS,
	preferred_agent: AGENT_FIELDS,
	transferring_agent: AGENT_FIELDS,
};

/**
 * One flat item from the full body: the event's name and time, then the contact with its
 * queues and agents spread into `queue_id`, `agent_number`, … (null when Contact Pro sends
 * null, so every item has the same fields). Arrays (skills, required agents) stay as they are.
 */
export function flattenEvent(body: IDataObject): IDataObject {
	const event = (body.event ?? {}) as IDataObject;
	const contact = (body.contact ?? {}) as IDataObject;
	const item: IDataObject = { event: event.name ?? null, event_datetime: event.datetime ?? null };
	for (const [key, value] of Object.entries(event)) {
		if (key !== 'name' && key !== 'datetime') item[`event_${key}`] = value;
	}
	for (const [key, value] of Object.entries(contact)) {
		const known = CONTACT_OBJECTS[key];
		const isObject = value !== null && typeof value === 'object' && !Array.isArray(value);
		if (!known && !isObject) {
			item[key] = value;
			continue;
		}
		const fields = new Set([...(known ?? []), ...(isObject ? Object.keys(value) : [])]);
		for (const field of fields) item[`${key}_${field}`] = isObject ? ((value as IDataObject)[field] ?? null) : null;
	}
	for (const [key, fields] of Object.entries(CONTACT_OBJECTS)) {
		for (const field of fields) item[`${key}_${field}`] ??= null;
	}
	return item;
}

/** Why a filter cannot work with this body template (it does not carry the filtered value), or undefined. */
export function filterProblem(template: unknown, filter: FilterField): string | undefined {
	const placeholder = FILTER_FIELDS[filter];
	if (locate(template, placeholder) !== undefined) return undefined;
	return `The ${filter} filter needs {${placeholder}} in the body of JSON for Configuration (or the whole {${placeholder.split('.')[0]}}); add it or clear the filter`;
}

export interface SenderAuth {
	basicUser: string;
	apiKey: string;
	apiKeyName: string;
}

/**
 * Why requests made from this configuration could not reach the workflow, or undefined. Checked
 * when the workflow is activated, so a mismatch shows in n8n rather than as refused requests.
 */
export function setupProblem(configuration: EdiConfiguration, filters: FilterField[], auth: SenderAuth): string | undefined {
	if (configuration.method !== 'POST') {
		return `JSON for Configuration sends ${configuration.method}; this trigger listens for POST: set "method": "POST"`;
	}
	for (const filter of filters) {
		const problem = filterProblem(configuration.body, filter);
		if (problem) return problem;
	}
	if (auth.basicUser !== '' && !configuration.basic) {
		return 'The credential requires Basic auth, but JSON for Configuration does not send it: add "authentication": {"type": "basic"} to the request';
	}
	if (auth.apiKey !== '' && !configuration.headers.includes(auth.apiKeyName.toLowerCase())) {
		return `The credential requires the ${auth.apiKeyName} header, but JSON for Configuration does not send it: add "headers": {"${auth.apiKeyName}": "{authentications.api-key}"} to the request`;
	}
	return undefined;
}
