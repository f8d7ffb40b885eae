import type { IDataObject, IDisplayOptions, IExecuteSingleFunctions, INodeProperties } from 'n8n-workflow';

import { toUContactDateTime } from '../helpers/dates';
import { alternativesText, dataText, pairsOf } from '../helpers/dialer';
import { inputError } from '../../shared/parameters';

/** What a date field sends (helpers/dates.ts). */
export const SERVER_TIME_HINT =
	"Sent in the uContact server's time zone (credential's Server Time Zone, else the workflow's): a date with an offset is converted, one without is sent as written";

export const CAMPAIGN_HINT =
	'Choose from the list, or specify an ID using an <a href="https://docs.n8n.io/code/expressions/">expression</a>';

/** A campaign dropdown loaded from Supervisor/queuesummary; expressions allowed. */
export function campaignField(
	show: IDisplayOptions['show'],
	send: string | undefined,
	overrides: Partial<INodeProperties> = {},
): INodeProperties {
	return {
		displayName: 'Campaign Name or ID',
		name: 'campaign',
		type: 'options',
		typeOptions: { loadOptionsMethod: 'getCampaigns' },
		required: true,
		default: '',
		description:
			'Choose from the list, or specify an ID using an <a href="https://docs.n8n.io/code/expressions/">expression</a>',
		hint: 'Campaign names end with their direction: Ventas-> is outbound, Soporte<- inbound',
		displayOptions: { show },
		...(send ? { routing: { send: { type: 'body', property: send } } } : {}),
		...overrides,
	};
}

/** The recording's GUID; defaults to the guid of the incoming call record (Search → …). */
export function recordingGuidField(show: IDisplayOptions['show'], send?: string): INodeProperties {
	return {
		displayName: 'Recording GUID',
		name: 'guid',
		type: 'string',
		required: true,
		default: '={{ $json.guid }}',
		description: 'Unique ID of the recording (the guid of the call record)',
		displayOptions: { show },
		...(send ? { routing: { send: { type: 'body', property: send } } } : {}),
	};
}

/** Name/value pairs that become the dialer's `k=v:k2=v2` data text. */
export function dataField(show: IDisplayOptions['show'], name = 'dialerData'): INodeProperties {
	return {
		displayName: 'Data',
		name,
		type: 'fixedCollection',
		typeOptions: { multipleValues: true },
		placeholder: 'Add Data Field',
		default: {},
		description: 'Values handed to the workflow and forms of the campaign (sent as name=value:name2=value2)',
		displayOptions: { show },
		options: [
			{
				displayName: 'Field',
				name: 'field',
				values: [
					{ displayName: 'Name', name: 'name', type: 'string', default: '', placeholder: 'idcustomer', description: 'Name of the value (no = or :)' },
					{ displayName: 'Value', name: 'value', type: 'string', default: '', description: 'The value (no = or :)' },
				],
			},
		],
	};
}

export function alternativesField(show: IDisplayOptions['show'], send?: string): INodeProperties {
	return {
		displayName: 'Alternative Phones',
		name: 'alternatives',
		type: 'string',
		default: '',
		placeholder: '099124484, 099121212',
		description: 'Other numbers of the contact, tried after the main one. Separate them with commas or colons.',
		displayOptions: { show },
		...(send ? { routing: { send: { type: 'body', property: send } } } : {}),
	};
}

/** Helpers for `build` functions: read parameters, convert, refuse bad input before the request. */
export function dataOf(context: IExecuteSingleFunctions, name = 'dialerData'): string {
	try {
		return dataText(pairsOf(context.getNodeParameter(name, {})));
	} catch (error) {
		throw inputError(context.getNode(), context.getItemIndex(), (error as Error).message, 'Data values travel as name=value:name2=value2, so names and values cannot contain these characters.');
	}
}

export function alternativesOf(context: IExecuteSingleFunctions): string {
	return alternativesText(context.getNodeParameter('alternatives', ''));
}

/** A date as uContact takes it, in the server's time zone (`zone`, see serverTimeZone). */
export function dateOf(context: IExecuteSingleFunctions, value: unknown, displayName: string, zone: string): string {
	const date = toUContactDateTime(value, zone);
	if (!date) {
		throw inputError(context.getNode(),
			context.getItemIndex(),
			`${displayName} is not a date: "${String(value ?? '')}"`,
			'Use a date and time such as 2024-05-01 15:00:00 (ISO 8601 works too).',
		);
	}
	return date;
}

/** Gives every listed key a value: Integra reads all documented keys of a JSON field. */
export function withAllKeys(target: IDataObject, keys: string[], fallback: IDataObject[string] = ''): IDataObject {
	for (const key of keys) if (target[key] === undefined || target[key] === null) target[key] = fallback;
	return target;
}

export function objectAt(body: IDataObject, key: string): IDataObject {
	const value = body[key];
	const object = value !== null && typeof value === 'object' && !Array.isArray(value) ? (value as IDataObject) : {};
	body[key] = object;
	return object;
}
