import type { INodeProperties } from 'n8n-workflow';

import { bodyFieldsField, idField, listFields } from '../../helpers/fields';
import { ENDPOINTS, POST_REQUEST, preSend, receiveList, receiveOne, receiveWrite } from '../../transport';

const resource = 'message';
const url = '/messages/{messageId}';
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
				routing: {
					request: { ...POST_REQUEST, url: '/messages' },
					send: { preSend: [preSend.bodyFields()] },
					output: { postReceive: [receiveWrite(ENDPOINTS.message.create)] },
				},
			},
			{
				name: 'Delete',
				value: 'delete',
				action: 'Delete a message',
				routing: {
					request: { method: 'DELETE', url },
					send: { preSend: [requireId] },
					output: { postReceive: [receiveWrite(ENDPOINTS.message.delete)] },
				},
			},
			{
				name: 'Get',
				value: 'get',
				action: 'Get a message',
				routing: {
					request: { method: 'GET', url },
					send: { preSend: [requireId] },
					output: { postReceive: [receiveOne(ENDPOINTS.message.get)] },
				},
			},
			{
				name: 'Get Many',
				value: 'getAll',
				action: 'Get many messages',
				routing: {
					request: { method: 'GET', url: '/messages' },
					send: { preSend: [preSend.listQuery] },
					output: { postReceive: [receiveList(ENDPOINTS.message.getAll)] },
				},
			},
			{
				name: 'Update',
				value: 'update',
				action: 'Update a message',
				description: 'Replace a message: every field is updated, so give all of them',
				routing: {
					request: { method: 'PUT', url },
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
