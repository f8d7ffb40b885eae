import type { IDataObject, IExecuteSingleFunctions, INodeProperties } from 'n8n-workflow';

import { optionsCollection, returnAllFields } from '../../../shared/fields';
import { itemParameter } from '../../../shared/parameters';
import { CAMPAIGN_HINT, dateOf, objectAt, SERVER_TIME_HINT, withAllKeys } from '../common';
import { serverTimeZone } from '../../helpers/dates';

const show = { resource: ['recording'], operation: ['search'] };

/** Every key of the manual's filter object; Integra reads them all. */
const FILTER_KEYS = ['calldatei', 'calldatef', 'agent', 'campaign', 'source', 'destination', 'data', 'range', 'rating', 'mindur', 'exclude', 'type', 'cont'];

/** The manual's filter object: every key present (empty when unused), `type` always `record`. */
export function recordFilter(filter: IDataObject): IDataObject {
	return withAllKeys({ ...filter, type: 'record' }, FILTER_KEYS);
}

const filter = (displayName: string, name: string, key: string, extra: Partial<INodeProperties> = {}): INodeProperties => ({
	displayName,
	name,
	type: 'string',
	default: '',
	routing: { send: { type: 'body', property: `filter.${key}` } },
	...extra,
});

export const searchDescription: INodeProperties[] = [
	{
		displayName: 'Call Date From',
		name: 'callDateFrom',
		type: 'dateTime',
		required: true,
		default: '',
		description: 'Start of the period (server time)',
		hint: SERVER_TIME_HINT,
		displayOptions: { show },
	},
	{
		displayName: 'Call Date To',
		name: 'callDateTo',
		type: 'dateTime',
		required: true,
		default: '',
		description: 'End of the period (server time)',
		hint: SERVER_TIME_HINT,
		displayOptions: { show },
	},
	...returnAllFields(show),
	{
		displayName: 'Filters',
		name: 'filters',
		type: 'collection',
		placeholder: 'Add Filter',
		default: {},
		displayOptions: { show },
		options: [
			filter('Agent', 'agent', 'agent', { placeholder: 'mrodriguez', description: 'Only calls of this agent (user name)' }),
			filter('Campaign Name or ID', 'campaign', 'campaign', {
				type: 'options',
				typeOptions: { loadOptionsMethod: 'getCampaigns' },
				description: CAMPAIGN_HINT,
			}),
			filter('Destination', 'destination', 'destination', { description: 'Number called (or part of it)' }),
			filter('Exclude Number', 'exclude', 'exclude', { description: 'Leave out calls with this number' }),
			filter('Hour Range', 'range', 'range', { placeholder: '09:00-18:00', description: 'Only calls within these hours of each day' }),
			{
				displayName: 'Min Duration (Seconds)',
				name: 'minDuration',
				type: 'number',
				typeOptions: { minValue: 0 },
				default: 0,
				description: 'Only calls lasting at least this long',
				routing: { send: { type: 'body', property: 'filter.mindur' } },
			},
			{
				displayName: 'Min Times the Number Appears',
				name: 'repeats',
				type: 'number',
				typeOptions: { minValue: 0 },
				default: 0,
				description: 'Only numbers that appear at least this many times in the period',
				routing: { send: { type: 'body', property: 'filter.cont' } },
			},
			filter('Rating', 'rating', 'rating', { description: 'Qualification given to the call' }),
			filter('Source', 'source', 'source', { description: 'Calling number (or part of it)' }),
			filter('Tag Data', 'data', 'data', { description: 'Text the call was tagged with' }),
		],
	},
	optionsCollection({
		displayOptions: { show },
		options: [
			{
				displayName: 'Page Size',
				name: 'pageSize',
				type: 'number',
				typeOptions: { minValue: 1 },
				default: 50,
				description: 'With Return All: records asked for per request (searchLimit)',
			},
		],
	}),
];

export async function buildSearch(this: IExecuteSingleFunctions, body: IDataObject): Promise<void> {
	const zone = await serverTimeZone(this, this.getItemIndex());
	// One page of Limit records, or Return All in pages of Page Size (paginateRecords).
	const returnAll = itemParameter<boolean>(this, 'returnAll', false);
	body.lastrow = 0;
	body.searchLimit = Math.max(1, Number(this.getNodeParameter(returnAll ? 'options.pageSize' : 'limit', 50)));
	const filterObject = objectAt(body, 'filter');
	filterObject.calldatei = dateOf(this, this.getNodeParameter('callDateFrom', ''), 'Call Date From', zone);
	filterObject.calldatef = dateOf(this, this.getNodeParameter('callDateTo', ''), 'Call Date To', zone);
	for (const key of ['mindur', 'cont']) {
		if (filterObject[key] !== undefined) filterObject[key] = Number(filterObject[key]) > 0 ? String(filterObject[key]) : '';
	}
	body.filter = recordFilter(filterObject);
}

/** CDR lists come as an array; anything else is wrapped, never dropped. */
export function recordItems(data: unknown): IDataObject[] {
	if (Array.isArray(data)) return data.filter((entry) => entry !== null && typeof entry === 'object') as IDataObject[];
	const nested = (data as IDataObject | null)?.records ?? (data as IDataObject | null)?.data;
	if (Array.isArray(nested)) return nested as IDataObject[];
	return data === null || data === undefined ? [] : [data as IDataObject];
}
