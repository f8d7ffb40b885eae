import { NodeConnectionTypes, NodeOperationError } from 'n8n-workflow';
import type { IDataObject, IHookFunctions, INodeType, INodeTypeDescription, IWebhookFunctions, IWebhookResponseData } from 'n8n-workflow';

import { IGNORED, checkedWebhookRegistration, receiveWebhook, respond, startWorkflow } from '../shared/trigger';
import { setupNotice, webhookTrigger } from '../shared/triggerDescription';
import { getPath, testWebhookAuthCredential, webhookAuthConfig } from '../shared/webhookAuth';
import {
	DEFAULT_CONFIGURATION,
	EDI_EVENTS,
	FILTER_FIELDS,
	filterProblem,
	flattenEvent,
	locate,
	parseConfiguration,
	sendsFullObjects,
	setupProblem,
} from './helpers/edi';
import type { FilterField } from './helpers/edi';

const CREDENTIAL = 'sinchContactProWebhookApi';

interface Filters {
	event: string[];
	direction: string[];
	channel: string[];
}

/** The node's filters as lower-case wanted values; an empty list lets every value through. */
function filtersOf(context: IHookFunctions | IWebhookFunctions): Filters {
	const direction = context.getNodeParameter('direction', 'both') as string;
	return {
		event: (context.getNodeParameter('events', []) as string[]).map((value) => value.toLowerCase()),
		direction: direction === 'both' ? [] : [direction],
		channel: context.getNodeParameter('conversationTypes', []) as string[],
	};
}

function activeFilters(filters: Filters): FilterField[] {
	return (Object.keys(filters) as FilterField[]).filter((field) => filters[field].length > 0);
}

/**
 * The answer for an event the filters exclude (200, nothing starts) or cannot read (500 for the
 * node's configuration, 400 for the body); undefined when the event passes.
 */
function applyFilters(context: IWebhookFunctions, template: unknown, body: unknown): IWebhookResponseData | undefined {
	const filters = filtersOf(context);
	for (const field of activeFilters(filters)) {
		const problem = filterProblem(template, field);
		if (problem) return respond(context, 500, problem);
		const path = locate(template, FILTER_FIELDS[field])!;
		const value = getPath(body, path);
		if (typeof value !== 'string') return respond(context, 400, `Expected {${FILTER_FIELDS[field]}} at ${path} of the body`);
		if (!filters[field].includes(value.toLowerCase())) return respond(context, 200, IGNORED);
	}
	return undefined;
}

export class SinchContactProTrigger implements INodeType {
	description: INodeTypeDescription = {
		displayName: 'Sinch Contact Pro Trigger',
		name: 'sinchContactProTrigger',
		icon: { light: 'file:sinchContactPro.svg', dark: 'file:sinchContactPro.dark.svg' },
		...webhookTrigger(),
		subtitle: '={{$parameter["events"].length ? $parameter["events"].join(", ") : "Every conversation event"}}',
		description: 'Starts the workflow on conversation events of calls and chats (Event-Driven Integrations)',
		defaults: { name: 'Sinch Contact Pro Trigger' },
		inputs: [],
		outputs: [NodeConnectionTypes.Main],
		credentials: [{ name: 'sinchContactProWebhookApi', required: true, testedBy: 'sinchContactProWebhookTest' }],
		properties: [
			setupNotice(
				'In System Configurator open System Management → Event-Driven Integrations → Add New. Paste the Production URL above as Endpoint URL, pick the Conversation Direction and tick the events chosen below, copy JSON for Configuration below into its field, and give the integration the Basic auth user and password and/or the api-key of this node\'s credential.',
			),
			{
				displayName: 'Events',
				name: 'events',
				type: 'multiOptions',
				options: EDI_EVENTS,
				default: [],
				description: 'Only start for these events. Leave empty for every event the integration sends.',
			},
			{
				displayName: 'Conversation Types',
				name: 'conversationTypes',
				type: 'multiOptions',
				options: [
					{ name: 'Calls', value: 'phone' },
					{ name: 'Chats', value: 'chat' },
				],
				default: [],
				description: 'Only start for these channels (contact.channel_type). Leave empty for calls and chats.',
			},
			{
				displayName: 'Conversation Direction',
				name: 'direction',
				type: 'options',
				options: [
					{ name: 'Both', value: 'both' },
					{ name: 'Inbound', value: 'inbound' },
					{ name: 'Outbound', value: 'outbound' },
				],
				default: 'both',
				description: 'Only start for conversations of this direction (contact.direction)',
			},
			{
				displayName: 'JSON for Configuration',
				name: 'configuration',
				type: 'json',
				default: DEFAULT_CONFIGURATION,
				description:
					'Copy this into the integration\'s JSON for Configuration. The default sends everything: the whole {event} and {contact}. To send chosen properties instead, write your own body (e.g. "Event name": "{event.name}"); the node then passes it on as sent and finds the filtered values by their placeholders.',
			},
			{
				displayName: 'Simplify',
				name: 'simplify',
				type: 'boolean',
				default: true,
				description:
					'Whether to return the full body as one flat item (event, event_datetime, channel_type, direction, queue_id, agent_number, …) instead of {event, contact} as sent. A custom body is always returned as sent.',
			},
		],
	};

	methods = {
		credentialTest: { sinchContactProWebhookTest: testWebhookAuthCredential },
	};

	// Integrations are set up in System Configurator: nothing to register, but activation checks
	// that the JSON for Configuration can reach this workflow.
	webhookMethods = {
		default: checkedWebhookRegistration(async function (this: IHookFunctions) {
			const configuration = parseConfiguration(this.getNodeParameter('configuration', DEFAULT_CONFIGURATION));
			const auth = webhookAuthConfig(await this.getCredentials(CREDENTIAL));
			const problem =
				typeof configuration === 'string' ? configuration : setupProblem(configuration, activeFilters(filtersOf(this)), auth);
			if (problem) throw new NodeOperationError(this.getNode(), problem);
		}),
	};

	async webhook(this: IWebhookFunctions): Promise<IWebhookResponseData> {
		const request = await receiveWebhook(this, { credential: CREDENTIAL, realm: 'Sinch Contact Pro EDI', expected: 'a Sinch Contact Pro event' });
		if (request.refused) return request.refused;
		const body = request.body;
		const configuration = parseConfiguration(this.getNodeParameter('configuration', DEFAULT_CONFIGURATION));
		// A configuration error: 500, so the integration's debug log in System Configurator shows it.
		if (typeof configuration === 'string') return respond(this, 500, configuration);
		if (body === null || typeof body !== 'object' || Array.isArray(body)) {
			return respond(this, 400, 'Expected a Sinch Contact Pro event: a JSON object built by the JSON for Configuration');
		}

		const unwanted = applyFilters(this, configuration.body, body);
		if (unwanted) return unwanted;

		const simplify = this.getNodeParameter('simplify', true) as boolean;
		const json = simplify && sendsFullObjects(configuration.body) ? flattenEvent(body as IDataObject) : (body as IDataObject);
		return startWorkflow(this, [{ json }]);
	}
}
