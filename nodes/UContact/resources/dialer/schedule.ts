import type { IDataObject, IExecuteSingleFunctions, INodeProperties } from 'n8n-workflow';

import { alternativesField, alternativesOf, campaignField, dataField, dataOf, dateOf, objectAt, SERVER_TIME_HINT, withAllKeys } from '../common';
import { serverTimeZone } from '../../helpers/dates';

const show = { resource: ['dialer'], operation: ['schedule'] };

export const scheduleDescription: INodeProperties[] = [
	{
		displayName: 'Call Date',
		name: 'scheduleDate',
		type: 'dateTime',
		required: true,
		default: '',
		description: 'When to call (server time). If the dialer is off or out of its dates then, the call goes out first when it starts again.',
		hint: SERVER_TIME_HINT,
		displayOptions: { show },
	},
	campaignField(show, 'callschedule.campaign', {
		description:
			'Choose from the list, or specify an ID using an <a href="https://docs.n8n.io/code/expressions/">expression</a>',
		hint: 'Dialer campaign.',
	}),
	{
		displayName: 'Destination',
		name: 'destination',
		type: 'string',
		required: true,
		default: '',
		placeholder: '098344484',
		description: 'The phone number to call',
		displayOptions: { show },
		routing: { send: { type: 'body', property: 'callschedule.destination' } },
	},
	alternativesField(show),
	{
		displayName: 'Agent Phone',
		name: 'agentPhone',
		type: 'string',
		default: '',
		placeholder: '1001',
		description: 'For progressive dialers: the phone of the agent who gets the call',
		displayOptions: { show },
		routing: { send: { type: 'body', property: 'callschedule.agentphone' } },
	},
	dataField(show),
];

export async function buildSchedule(this: IExecuteSingleFunctions, body: IDataObject): Promise<void> {
	const zone = await serverTimeZone(this, this.getItemIndex());
	const schedule = objectAt(body, 'callschedule');
	schedule.calldate = dateOf(this, this.getNodeParameter('scheduleDate', ''), 'Call Date', zone);
	schedule.alternatives = alternativesOf(this);
	schedule.data = dataOf(this);
	withAllKeys(schedule, ['calldate', 'campaign', 'destination', 'alternatives', 'agentphone', 'data']);
}
