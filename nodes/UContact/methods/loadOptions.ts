import type { ILoadOptionsFunctions, INodePropertyOptions } from 'n8n-workflow';

import { vendorRequest } from '../../shared/request';
import { api, ENDPOINTS, jsonResult } from '../transport';

/** Campaign names from Supervisor/queuesummary (the call behind Campaign → Get Queue Summary). */
async function campaignNames(context: ILoadOptionsFunctions): Promise<string[]> {
	const endpoint = ENDPOINTS.campaign.list;
	const { text } = await vendorRequest(context, api, endpoint, { body: {} });
	const data = jsonResult(context.getNode(), text, { endpoint, sent: {} });
	const names = (Array.isArray(data) ? data : [])
		.map((entry) => (entry as { queue?: unknown })?.queue)
		.filter((queue): queue is string => typeof queue === 'string' && queue !== '');
	return [...new Set(names)].sort((a, b) => a.localeCompare(b));
}

function describe(name: string): string {
	if (name.endsWith('->')) return 'Outbound';
	if (name.endsWith('<-')) return 'Inbound';
	return '';
}

export async function getCampaigns(this: ILoadOptionsFunctions): Promise<INodePropertyOptions[]> {
	return (await campaignNames(this)).map((name) => ({ name, value: name, description: describe(name) }));
}

export async function getCampaignsOrAll(this: ILoadOptionsFunctions): Promise<INodePropertyOptions[]> {
	return [{ name: 'All Campaigns (*)', value: '*' }, ...(await getCampaigns.call(this))];
}
