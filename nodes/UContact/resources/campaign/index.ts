import type { IDataObject, IExecuteSingleFunctions, INodeProperties } from 'n8n-workflow';

import { vendorApiError } from '../../../shared/errors';
import { ENDPOINTS, integraRoute, sentOf } from '../../transport';
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

/** Which campaign an entry belongs to: campaigns and agents name it in `campaign`, ACD calls in `queue`. */
function ownerOf(entry: IDataObject): unknown {
	return entryType(entry) === 'call' ? entry.queue : entry.campaign;
}

/**
 * Supervisor/campaignstatus answers for every campaign, whichever was asked (the manual's
 * example asks for CampTest2<- and gets Power<- and test->). The entries of the asked campaign
 * are kept (entries that name no campaign too); All Campaigns (*) keeps everything.
 */
export function statusItems(this: IExecuteSingleFunctions, data: unknown): IDataObject[] {
	const queue = String(sentOf(this).queue ?? '').trim();
	const answer = data !== null && typeof data === 'object' && !Array.isArray(data) ? (data as IDataObject) : {};
	const entries = Object.entries(answer).map(([key, value]): [string, IDataObject] => [
		key,
		value !== null && typeof value === 'object' && !Array.isArray(value) ? (value as IDataObject) : { value },
	]);
	const kept = queue === '*' ? entries : entries.filter(([, entry]) => [undefined, null, queue].includes(ownerOf(entry) as string));
	if (!kept.some(([, entry]) => entryType(entry) === 'campaign' && (queue === '*' || entry.campaign === queue))) {
		const known = entries.filter(([, entry]) => entryType(entry) === 'campaign').map(([key]) => key);
		throw vendorApiError(this.getNode(), {
			message: `uContact has no status for campaign "${queue}"`,
			description: `Supervisor/campaignstatus answered ${known.length ? `for ${known.join(', ')} only` : 'without entries'}. Check the campaign name, with its direction (Ventas-> or Soporte<-), and that the user has supervisor rights.`,
			httpCode: 200,
			itemIndex: this.getItemIndex(),
			hint: 'Check the campaign name, with its direction (Ventas-> or Soporte<-): Campaign Get Queue Summary lists the campaigns.',
		});
	}
	if (this.getNodeParameter('statusOutput', 'entries') === 'raw') return [Object.fromEntries(kept.map(([key]) => [key, answer[key]])) as IDataObject];
	return kept.map(([key, entry]) => ({ key, entryType: entryType(entry), ...entry }));
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
					endpoint: ENDPOINTS.campaign.getQueueSummary,
					answer: 'json',
					items: queueItems,
				}),
			},
			{
				name: 'Get Status',
				value: 'getStatus',
				action: 'Get the status of a campaign',
				description:
					'Get the counters, agents and ACD calls of the campaign asked for, or of all campaigns (Supervisor/campaignstatus). Returns one item per entry. Campaign names come from Get Queue Summary.',
				routing: integraRoute({
					endpoint: ENDPOINTS.campaign.getStatus,
					answer: 'json',
					required: { queue: 'Campaign' },
					items: statusItems,
				}),
			},
		],
		default: 'getQueueSummary',
	},
	// The campaign asked for goes out as `queue`; All Campaigns sends `*` (uContact's word for every
	// campaign in admin/addblack; campaignstatus answers for all of them anyway).
	campaignField(statusShow, 'queue', {
		typeOptions: { loadOptionsMethod: 'getCampaignsOrAll' },
		hint: 'One campaign (with its direction: Ventas-> is outbound, Soporte<- inbound), or All Campaigns (*)',
	}),
	{
		displayName: 'Output',
		name: 'statusOutput',
		type: 'options',
		options: [
			{ name: 'As Returned', value: 'raw', description: 'One item with the answer as uContact sends it, limited to the campaign asked for' },
			{ name: 'One Item per Entry', value: 'entries', description: 'Campaigns, agents and ACD calls as separate items, each with its key and entryType' },
		],
		default: 'entries',
		description: 'Split the status into campaigns, agents and calls, or keep uContact\'s answer',
		displayOptions: { show: statusShow },
	},
];
