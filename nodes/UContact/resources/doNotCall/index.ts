import type { IDataObject, IExecuteSingleFunctions, INodeProperties } from 'n8n-workflow';

import { ENDPOINTS, integraRoute } from '../../transport';
import { campaignField, objectAt, withAllKeys } from '../common';

const show = { resource: ['doNotCall'], operation: ['add'] };

async function buildBlack(this: IExecuteSingleFunctions, body: IDataObject): Promise<void> {
	const black = objectAt(body, 'black');
	if (black.username === undefined || black.username === '') {
		const credentials = await this.getCredentials<{ authentication?: string; username?: string }>('uContactApi');
		black.username = credentials.authentication === 'apiToken' ? '' : (credentials.username ?? '');
	}
	withAllKeys(black, ['phone', 'campaign', 'username', 'company', 'job_title', 'name']);
}

export const doNotCallDescription: INodeProperties[] = [
	{
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: { resource: ['doNotCall'] } },
		options: [
			{
				name: 'Add',
				value: 'add',
				action: 'Add a number to the do not call list',
				description:
					'Put a phone number on the do-not-call list (blacklist) of one campaign or of all campaigns. Returns success. Campaign names come from Campaign Get Queue Summary.',
				routing: integraRoute({
					endpoint: ENDPOINTS.doNotCall.add,
					answer: 'ok',
					required: { 'black.phone': 'Phone', 'black.campaign': 'Campaign' },
					build: buildBlack,
					echo: ['black.phone', 'black.campaign'],
				}),
			},
		],
		default: 'add',
	},
	{
		displayName: 'Phone',
		name: 'phone',
		type: 'string',
		required: true,
		default: '',
		placeholder: '098344484',
		description: 'Number that must not be called',
		displayOptions: { show },
		routing: { send: { type: 'body', property: 'black.phone' } },
	},
	campaignField(show, 'black.campaign', {
		typeOptions: { loadOptionsMethod: 'getCampaignsOrAll' },
		default: '*',
		description:
			'Choose from the list, or specify an ID using an <a href="https://docs.n8n.io/code/expressions/">expression</a>',
		hint: 'Campaign whose calls the block applies to, or All Campaigns (*).',
	}),
	{
		displayName: 'Additional Fields',
		name: 'additionalFields',
		type: 'collection',
		placeholder: 'Add Field',
		default: {},
		displayOptions: { show },
		options: [
			{
				displayName: 'Company',
				name: 'company',
				type: 'string',
				default: '',
				description: "The customer's company",
				routing: { send: { type: 'body', property: 'black.company' } },
			},
			{
				displayName: 'Job Title',
				name: 'jobTitle',
				type: 'string',
				default: '',
				description: "The customer's job title",
				routing: { send: { type: 'body', property: 'black.job_title' } },
			},
			{ displayName: 'Name', name: 'name', type: 'string', default: '', description: "The customer's name", routing: { send: { type: 'body', property: 'black.name' } } },
			{
				displayName: 'Added By',
				name: 'username',
				type: 'string',
				default: '',
				description: 'The uContact user recorded as having added the number. Defaults to the credential user.',
				routing: { send: { type: 'body', property: 'black.username' } },
			},
		],
	},
];
