import type {
	DeclarativeRestApiSettings,
	IDataObject,
	IExecutePaginationFunctions,
	IExecuteSingleFunctions,
	INodeExecutionData,
	INodeProperties,
} from 'n8n-workflow';

import { vendorApiError } from '../../../shared/errors';
import { returnAllFields } from '../../../shared/fields';
import { CAMPAIGN_HINT, dateOf, objectAt, withAllKeys } from '../common';

const show = { resource: ['recording'], operation: ['search'] };

/** Every key of the manual's filter object; Integra reads them all. */
const FILTER_KEYS = ['calldatei', 'calldatef', 'agent', 'campaign', 'source', 'destination', 'data', 'range', 'rating', 'mindur', 'exclude', 'type', 'cont'];

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
		displayOptions: { show },
	},
	{
		displayName: 'Call Date To',
		name: 'callDateTo',
		type: 'dateTime',
		required: true,
		default: '',
		description: 'End of the period (server time)',
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
	{
		displayName: 'Options',
		name: 'options',
		type: 'collection',
		placeholder: 'Add Option',
		default: {},
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
	},
];

export function buildSearch(this: IExecuteSingleFunctions, body: IDataObject): void {
	// One page of Limit records, or Return All in pages of Page Size (paginateRecords).
	const returnAll = this.getNodeParameter('returnAll', false) as boolean;
	body.lastrow = 0;
	body.searchLimit = Math.max(1, Number(this.getNodeParameter(returnAll ? 'options.pageSize' : 'limit', 50)));
	const filterObject = objectAt(body, 'filter');
	filterObject.calldatei = dateOf(this, this.getNodeParameter('callDateFrom', ''), 'Call Date From');
	filterObject.calldatef = dateOf(this, this.getNodeParameter('callDateTo', ''), 'Call Date To');
	filterObject.type = 'record';
	for (const key of ['mindur', 'cont']) {
		if (filterObject[key] !== undefined) filterObject[key] = Number(filterObject[key]) > 0 ? String(filterObject[key]) : '';
	}
	withAllKeys(filterObject, FILTER_KEYS);
}

/** CDR lists come as an array; anything else is wrapped, never dropped. */
export function recordItems(data: unknown): IDataObject[] {
	if (Array.isArray(data)) return data.filter((entry) => entry !== null && typeof entry === 'object') as IDataObject[];
	const nested = (data as IDataObject | null)?.records ?? (data as IDataObject | null)?.data;
	if (Array.isArray(nested)) return nested as IDataObject[];
	return data === null || data === undefined ? [] : [data as IDataObject];
}

/** Return All: pages over `lastrow` (offset) and `searchLimit` (page size) until a short page. */
export async function paginateRecords(
	this: IExecutePaginationFunctions,
	requestData: DeclarativeRestApiSettings.ResultOptions,
): Promise<INodeExecutionData[]> {
	const form = requestData.options.body as URLSearchParams;
	const pageSize = Number(form.get('searchLimit'));
	const results: INodeExecutionData[] = [];
	const firstRecords = new Set<string>();
	for (let lastrow = 0; ; lastrow += pageSize) {
		form.set('lastrow', String(lastrow));
		const page = await this.makeRoutingRequest(requestData);
		// A server that ignores lastrow answers the first page forever: stop instead of looping.
		const first = page.length > 0 ? JSON.stringify(page[0].json) : '';
		if (firstRecords.has(first)) throw repeatedPage(this, lastrow);
		firstRecords.add(first);
		results.push(...page);
		if (page.length < pageSize) return results;
	}
}

function repeatedPage(context: IExecutePaginationFunctions, lastrow: number): Error {
	return vendorApiError(context.getNode(), {
		message: 'uContact answered Cdr/getrecords with records it had already sent',
		description: `The page from lastrow=${lastrow} starts with a record of an earlier page, so this uContact does not page the search. Turn Return All off and set a Limit.`,
		httpCode: 200,
		itemIndex: context.getItemIndex(),
		hint: 'Search again without Return All, with a Limit.',
		endpoint: 'Cdr/getrecords',
	});
}
