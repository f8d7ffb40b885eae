import type { INodeProperties } from 'n8n-workflow';

import { idField, listFields, queryFilter } from '../../helpers/fields';
import { ENDPOINTS, preSend, receiveList, receiveOne } from '../../transport';
import { route } from '../../../shared/endpoint';

const resource = 'contact';
const requireId = preSend.requireIds(['contactId', 'Contact ID']);

// Contacts come from the monitoring/reporting database; with subject, body or remarks in the
// search the operative database is searched instead (CMI manual).
const filters: INodeProperties[] = [
	queryFilter('Body Contains', 'body', 'Search the message body (searches the operative database)'),
	queryFilter('Remarks Contain', 'remarks', 'Search the remarks (searches the operative database)'),
	queryFilter('Subject Contains', 'subject', 'Search the subject (searches the operative database)'),
];

export const contactDescription: INodeProperties[] = [
	{
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: { resource: [resource] } },
		options: [
			{
				name: 'Get',
				value: 'get',
				action: 'Get a contact',
				description:
					'Get one contact (phone call, chat or email). Returns its channel, direction, status, queue, agent, customer number and times. The contact ID comes from Contact Get Many.',
				routing: {
					request: route(ENDPOINTS.contact.get),
					send: { preSend: [requireId] },
					output: { postReceive: [receiveOne(ENDPOINTS.contact.get)] },
				},
			},
			{
				name: 'Get Events',
				value: 'getEvents',
				action: 'Get the events of a contact',
				description:
					'Get a contact\'s event history (queued, allocated, connected, …). Returns one item per event. The contact ID comes from Contact Get Many.',
				routing: {
					request: route(ENDPOINTS.contact.getEvents),
					send: { preSend: [requireId] },
					output: { postReceive: [receiveOne(ENDPOINTS.contact.getEvents)] },
				},
			},
			{
				name: 'Get Many',
				value: 'getAll',
				action: 'Get many contacts',
				description:
					'List phone calls, chats and emails, optionally filtered (e.g. by remarks or subject text). Returns one item per contact with its ID (for Get, Get Events and remarks), channel, status, customer number and times.',
				routing: {
					request: route(ENDPOINTS.contact.getAll),
					send: { preSend: [preSend.listQuery] },
					output: { postReceive: [receiveList(ENDPOINTS.contact.getAll)] },
				},
			},
		],
		default: 'getAll',
	},
	idField(resource, ['get', 'getEvents'], 'contactId', 'Contact ID', 'ID of the contact (32 characters)'),
	...listFields(resource, { filters, filterExample: 'channel_type' }),
];
