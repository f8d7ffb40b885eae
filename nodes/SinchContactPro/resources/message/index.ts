import type { INodeProperties } from 'n8n-workflow';

import { bodyFieldsField, idField, listFields } from '../../helpers/fields';
import { ENDPOINTS, POST_REQUEST, preSend, receiveList, receiveOne, receiveWrite } from '../../transport';
import { route } from '../../../shared/endpoint';

const resource = 'message';
const requireId = preSend.requireIds(['messageId', 'Message ID']);

export const messageDescription: INodeProperties[] = [
	{
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: { resource: [resource] } },
		options: [
			{
				name: 'Create',
				value: 'create',
				action: 'Create a message',
				description:
					'Create a queue message (e.g. an outage notice callers hear or agents see) with its validity period. Returns the new message ID.',
				routing: {
					request: route(ENDPOINTS.message.create, POST_REQUEST),
					send: { preSend: [preSend.bodyFields()] },
					output: { postReceive: [receiveWrite(ENDPOINTS.message.create)] },
				},
			},
			{
				name: 'Delete',
				value: 'delete',
				action: 'Delete a message',
				description: 'Delete a queue message. Returns success. The message ID comes from Message Get Many.',
				routing: {
					request: route(ENDPOINTS.message.delete),
					send: { preSend: [requireId] },
					output: { postReceive: [receiveWrite(ENDPOINTS.message.delete)] },
				},
			},
			{
				name: 'Get',
				value: 'get',
				action: 'Get a message',
				description:
					'Get one queue message. Returns its queue, title, text and validity period. The message ID comes from Message Get Many.',
				routing: {
					request: route(ENDPOINTS.message.get),
					send: { preSend: [requireId] },
					output: { postReceive: [receiveOne(ENDPOINTS.message.get)] },
				},
			},
			{
				name: 'Get Many',
				value: 'getAll',
				action: 'Get many messages',
				description: 'List queue messages. Returns one item per message with its ID, queue, title, text and validity period.',
				routing: {
					request: route(ENDPOINTS.message.getAll),
					send: { preSend: [preSend.listQuery] },
					output: { postReceive: [receiveList(ENDPOINTS.message.getAll)] },
				},
			},
			{
				name: 'Update',
				value: 'update',
				action: 'Update a message',
				description:
					'Replace a queue message: every field is updated, so give all of them. Returns success. The message ID comes from Message Get Many.',
				routing: {
					request: route(ENDPOINTS.message.update),
					send: { preSend: [requireId, preSend.bodyFields()] },
					output: { postReceive: [receiveWrite(ENDPOINTS.message.update)] },
				},
			},
		],
		default: 'getAll',
	},
	idField(resource, ['delete', 'get', 'update'], 'messageId', 'Message ID', 'ID of the message (32 characters)'),
	...listFields(resource, { filterExample: 'queue_id' }),
	bodyFieldsField(
		resource,
		['create', 'update'],
		'Message Fields',
		'Fields of the message as named in the CMI reference (messages entity). Update replaces the whole message: give every field.',
	),
];
