import type { IDataObject, IExecuteSingleFunctions, INodeProperties } from 'n8n-workflow';

import { campaignField, dateOf, SERVER_TIME_HINT } from '../common';
import { serverTimeZone } from '../../helpers/dates';

const contactShow = { resource: ['dialer'], operation: ['removeContact'] };
const scheduledShow = { resource: ['dialer'], operation: ['removeScheduled'] };

export const removeContactDescription: INodeProperties[] = [
	campaignField(contactShow, 'campaign'),
	{
		displayName: 'Number',
		name: 'number',
		type: 'string',
		required: true,
		default: '',
		placeholder: '098344484',
		description: 'Phone number of the contact to take out of the dialer',
		displayOptions: { show: contactShow },
		routing: { send: { type: 'body', property: 'number' } },
	},
];

export const removeScheduledDescription: INodeProperties[] = [
	campaignField(scheduledShow, 'campaign'),
	{
		displayName: 'Destination',
		name: 'destination',
		type: 'string',
		required: true,
		default: '',
		placeholder: '098344484',
		description: 'The phone number whose scheduled calls are removed',
		displayOptions: { show: scheduledShow },
		routing: { send: { type: 'body', property: 'destination' } },
	},
	{
		displayName: 'From',
		name: 'from',
		type: 'dateTime',
		required: true,
		default: '',
		description: 'Scheduled calls from this date and time on are removed (server time)',
		hint: SERVER_TIME_HINT,
		displayOptions: { show: scheduledShow },
	},
	{
		displayName: 'To',
		name: 'to',
		type: 'dateTime',
		required: true,
		default: '',
		description: 'Scheduled calls up to this date and time are removed (server time)',
		hint: SERVER_TIME_HINT,
		displayOptions: { show: scheduledShow },
	},
];

export async function buildRemoveScheduled(this: IExecuteSingleFunctions, body: IDataObject): Promise<void> {
	const zone = await serverTimeZone(this, this.getItemIndex());
	body.from = dateOf(this, this.getNodeParameter('from', ''), 'From', zone);
	body.to = dateOf(this, this.getNodeParameter('to', ''), 'To', zone);
}
