import type { IDataObject, IExecuteSingleFunctions, INodeProperties } from 'n8n-workflow';

import { vendorApiError } from '../../../shared/errors';
import { integraRoute } from '../../transport';
import { campaignField } from '../common';

/** Queue entries; the answer's last entry carries only the action ID and date and is left out. */
export function queueItems(data: unknown): IDataObject[] {
	const list = Array.isArray(data) ? data : [];
	return list.filter((entry) => entry !== null && typeof entry === 'object' && 'queue' in entry) as IDataObject[];
}

/** What an entry of campaignstatus is: the answer mixes campaigns, agents and ACD calls under one object. */
function entryType(entry: IDataObject): string {
	if ('campaign' in entry && ('totalagents' in entry || 'servicelevel' in entry)) return 'campaign';
	if ('agent' in entry || 'member' in entry) return 'agent';
	return 'call';
}

export function statusItems(this: IExecuteSingleFunctions, data: unknown): IDataObject[] {
	const queue = String(this.getNodeParameter('campaign', ''));
	if (data === null || typeof data !== 'object' || Array.isArray(data) || Object.keys(data).length === 0) {
		throw vendorApiError(this.getNode(), {
			message: `uContact has no status for campaign "${queue}"`,
			description: 'Supervisor/campaignstatus answered without entries. Check the campaign name, with its direction (Ventas-> or Soporte<-), and that the user has supervisor rights.',
			httpCode: 200,
			itemIndex: this.getItemIndex(),
			hint: 'Check the campaign name, with its direction (Ventas-> or Soporte<-): Campaign Get Queue Summary lists the campaigns.',
		});
	}
	if (this.getNodeParameter('statusOutput', 'entries') === 'raw') return [data as IDataObject];
	return Object.entries(data as IDataObject).map(([key, value]) => {
		const entry = value !== null && typeof value === 'object' && !Array.isArray(value) ? (value as IDataObject) : { value };
		return { key, entryType: entryType(entry), ...entry };
	});
}

const statusShow = { resource: ['campaign'], operation: ['getStatus'] };

export const campaignDescription: INodeProperties[] = [
	{
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: { resource: ['campaign'] } },
		options: [
			{
				name: 'Get Queue Summary',
				value: 'getQueueSummary',
				action: 'Get the queue summary of all campaigns',
				description:
					'List every campaign with its agents logged in and available, callers waiting, hold and talk times. Returns one item per campaign; its name is what the other operations take as Campaign.',
				routing: integraRoute({
					endpoint: 'Supervisor/queuesummary',
					label: 'get the queue summary',
					answer: 'json',
					items: queueItems,
					hint: 'Check that the user has supervisor rights.',
				}),
			},
			{
				name: 'Get Status',
				value: 'getStatus',
				action: 'Get the status of a campaign',
				description:
					'Get a campaign\'s counters, its agents and its ACD calls. Returns one item per entry. Campaign names come from Get Queue Summary.',
				routing: integraRoute({
					endpoint: 'Supervisor/campaignstatus',
					label: 'get the campaign status',
					answer: 'json',
					required: { queue: 'Campaign' },
					items: statusItems,
					hint: 'Check the campaign name (with its direction, e.g. Ventas->) and that the user has supervisor rights.',
				}),
			},
		],
		default: 'getQueueSummary',
	},
	campaignField(statusShow, 'queue'),
	{
		displayName: 'Output',
		name: 'statusOutput',
		type: 'options',
		options: [
			{ name: 'As Returned', value: 'raw', description: 'One item with the answer as uContact sends it' },
			{ name: 'One Item per Entry', value: 'entries', description: 'Campaigns, agents and ACD calls as separate items, each with its key and entryType' },
		],
		default: 'entries',
		description: 'Split the status into campaigns, agents and calls, or keep uContact\'s answer',
		displayOptions: { show: statusShow },
	},
];
