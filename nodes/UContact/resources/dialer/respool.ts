import type { IDataObject, IExecuteSingleFunctions, INodeProperties } from 'n8n-workflow';

import { inputError } from '../../../shared/parameters';
import { alternativesField, alternativesOf, campaignField, dataField, dataOf, objectAt, withAllKeys } from '../common';

const show = { resource: ['dialer'], operation: ['respool'] };

export const respoolDescription: INodeProperties[] = [
	campaignField(show, 'callspool.campaign', {
		description:
			'Choose from the list, or specify an ID using an <a href="https://docs.n8n.io/code/expressions/">expression</a>',
		hint: 'Dialer campaign of the contact, as in the CTI data of the call.',
	}),
	{
		displayName: 'Destination',
		name: 'destination',
		type: 'string',
		required: true,
		default: '',
		placeholder: '098124484',
		description: 'Number to call next. Never the number already on the spool: use one of the alternatives.',
		displayOptions: { show },
		routing: { send: { type: 'body', property: 'callspool.destination' } },
	},
	{
		displayName: 'Dialer List',
		name: 'dialerBase',
		type: 'string',
		required: true,
		default: '',
		placeholder: 'basetest',
		description: 'Name of the dialer list (dialerbase) the contact belongs to, as in the CTI data',
		displayOptions: { show },
		routing: { send: { type: 'body', property: 'callspool.dialerbase' } },
	},
	{
		displayName: 'Contact ID',
		name: 'contactId',
		type: 'number',
		required: true,
		default: 0,
		description: 'ID of the contact, as in the CTI data',
		displayOptions: { show },
		routing: { send: { type: 'body', property: 'callspool.contact' } },
	},
	alternativesField(show),
	{
		displayName: 'Priority',
		name: 'priority',
		type: 'number',
		typeOptions: { minValue: 2 },
		default: 9999,
		description: 'Order of the call in the spool; 1 is kept for scheduled calls, so use 2 or more',
		displayOptions: { show },
		routing: { send: { type: 'body', property: 'callspool.priority' } },
	},
	{
		displayName: 'Retries',
		name: 'retries',
		type: 'number',
		typeOptions: { minValue: 0 },
		default: 0,
		description: 'Attempts already made on this number; 0 when a new number starts',
		displayOptions: { show },
		routing: { send: { type: 'body', property: 'callspool.retries' } },
	},
	{
		displayName: 'Agent Phone',
		name: 'agentPhone',
		type: 'string',
		default: '',
		placeholder: '1001',
		description: 'For progressive dialers: the phone of the agent who gets the call',
		displayOptions: { show },
		routing: { send: { type: 'body', property: 'callspool.agentphone' } },
	},
	dataField(show),
];

export function buildRespool(this: IExecuteSingleFunctions, body: IDataObject): void {
	const spool = objectAt(body, 'callspool');
	spool.status = 1;
	spool.alternatives = alternativesOf(this);
	spool.data = dataOf(this);
	if (!(Number(spool.priority) > 1)) {
		throw inputError(this.getNode(), this.getItemIndex(), `Priority must be 2 or more (got ${String(spool.priority)})`, 'uContact uses priority 1 for scheduled calls.');
	}
	withAllKeys(spool, ['campaign', 'destination', 'dialerbase', 'status', 'data', 'alternatives', 'contact', 'retries', 'priority', 'agentphone']);
}
