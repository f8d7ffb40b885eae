import type { INodeProperties } from 'n8n-workflow';

import { bodyFieldsField, idField, listFields } from '../../helpers/fields';
import { ENDPOINTS, POST_REQUEST, preSend, receiveList, receiveOne, receiveWrite } from '../../transport';
import { route } from '../../../shared/endpoint';

const resource = 'chat';

export const chatDescription: INodeProperties[] = [
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
				action: 'Create a chat',
				description: 'Add a chat to Contact Pro. Returns the new chat ID.',
				routing: {
					request: route(ENDPOINTS.chat.create, POST_REQUEST),
					send: { preSend: [preSend.bodyFields()] },
					output: { postReceive: [receiveWrite(ENDPOINTS.chat.create)] },
				},
			},
			{
				name: 'Get',
				value: 'get',
				action: 'Get a chat',
				description:
					'Get one chat. Returns its queue, status, customer and transcript. The chat ID comes from Chat Get Many or Contact Get Many.',
				routing: {
					request: route(ENDPOINTS.chat.get),
					send: { preSend: [preSend.requireIds(['chatId', 'Chat ID'])] },
					output: { postReceive: [receiveOne(ENDPOINTS.chat.get)] },
				},
			},
			{
				name: 'Get Many',
				value: 'getAll',
				action: 'Get many chats',
				description: 'List chats, optionally filtered. Returns one item per chat with its ID, queue, status, customer and times.',
				routing: {
					request: route(ENDPOINTS.chat.getAll),
					send: { preSend: [preSend.listQuery] },
					output: { postReceive: [receiveList(ENDPOINTS.chat.getAll)] },
				},
			},
		],
		default: 'getAll',
	},
	idField(resource, ['get'], 'chatId', 'Chat ID', 'ID of the chat (32 characters)'),
	...listFields(resource, { filterExample: 'status' }),
	bodyFieldsField(
		resource,
		['create'],
		'Chat Fields',
		'Fields of the chat as named in the CMI reference (chats entity); dots build sub-objects, e.g. from_queue.id',
	),
];
