import type { IDataObject, IExecuteSingleFunctions, INodeProperties } from 'n8n-workflow';

import { campaignField, dateOf, SERVER_TIME_HINT, withAllKeys } from '../common';
import { serverTimeZone } from '../../helpers/dates';

const show = { resource: ['call'], operation: ['disposition'] };

const text = (displayName: string, name: string, property: string, extra: Partial<INodeProperties> = {}): INodeProperties => ({
	displayName,
	name,
	type: 'string',
	default: '',
	displayOptions: { show },
	routing: { send: { type: 'body', property } },
	...extra,
});

export const dispositionDescription: INodeProperties[] = [
	campaignField(show, 'campaign'),
	text('Agent', 'agent', 'agent', { required: true, placeholder: 'mrodriguez', description: 'Name of the agent who handled the call' }),
	text('Call GUID', 'guid', 'guid', {
		required: true,
		placeholder: '7e4e7db9-f080-494e-b04b-7c8e47711558',
		description: 'Unique ID of the call (as returned by Originate or found in the call records)',
	}),
	text('Customer Phone', 'customerPhone', 'callerid', { required: true, placeholder: '098344484', description: "The customer's phone number" }),
	text('Disposition Level 1', 'level1', 'l1', {
		required: true,
		placeholder: 'Venta',
		description: 'First level of the disposition, as configured for the campaign in uContact. Dispositions can trigger dialer actions (respool, respool alternative, blacklist, schedule).',
	}),
	text('Disposition Level 2', 'level2', 'l2', { description: 'Second level of the disposition, under Level 1, as configured for the campaign' }),
	text('Disposition Level 3', 'level3', 'l3', { description: 'Third level of the disposition, under Level 2, as configured for the campaign' }),
	{
		displayName: 'Additional Fields',
		name: 'additionalFields',
		type: 'collection',
		placeholder: 'Add Field',
		default: {},
		displayOptions: { show },
		options: [
			{
				displayName: 'Comment',
				name: 'comment',
				type: 'string',
				default: '',
				typeOptions: { rows: 2 },
				description: 'Note kept with the disposition',
				routing: { send: { type: 'body', property: 'comment' } },
			},
			{ displayName: 'Extra Data 1', name: 'd1', type: 'string', default: '', description: 'Free data field 1 of the disposition', routing: { send: { type: 'body', property: 'd1' } } },
			{ displayName: 'Extra Data 2', name: 'd2', type: 'string', default: '', description: 'Free data field 2 of the disposition', routing: { send: { type: 'body', property: 'd2' } } },
			{
				displayName: 'Schedule For',
				name: 'schedule',
				type: 'dateTime',
				default: '',
				description: 'When the disposition schedules a call back: the date and time of that call',
				hint: SERVER_TIME_HINT,
			},
		],
	},
];

export async function buildDisposition(this: IExecuteSingleFunctions, body: IDataObject): Promise<void> {
	const schedule = this.getNodeParameter('additionalFields.schedule', '') as string;
	body.schedule = schedule === '' ? '' : dateOf(this, schedule, 'Schedule For', await serverTimeZone(this, this.getItemIndex()));
	withAllKeys(body, ['campaign', 'agent', 'callerid', 'guid', 'l1', 'l2', 'l3', 'd1', 'd2', 'comment', 'schedule']);
}
