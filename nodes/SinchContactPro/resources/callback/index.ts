import type { INodeProperties } from 'n8n-workflow';

import { idField, listFields, queryFilter } from '../../helpers/fields';
import { ENDPOINTS, POST_REQUEST, preSend, receiveList, receiveOne, receiveWrite } from '../../transport';
import { route } from '../../../shared/endpoint';
import { callbackCreateDescription, callbackUpdateDescription } from './fields';

const resource = 'callback';
const requireId = preSend.requireIds(['callbackId', 'Callback ID']);

export const callbackDescription: INodeProperties[] = [
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
				action: 'Create a callback',
				description:
					'Add a callback request for a phone number to a callback queue (needs the built-in Callback IVR number). Returns the new callback ID.',
				routing: {
					request: route(ENDPOINTS.callback.create, POST_REQUEST),
					send: { preSend: [preSend.jsonBody] },
					output: { postReceive: [receiveWrite(ENDPOINTS.callback.create)] },
				},
			},
			{
				name: 'Get',
				value: 'get',
				action: 'Get a callback',
				description:
					'Get one callback. Returns its customer number, queue, notes, last result and next call time. The callback ID comes from Callback Get Many or Create.',
				routing: {
					request: route(ENDPOINTS.callback.get),
					send: { preSend: [requireId] },
					output: { postReceive: [receiveOne(ENDPOINTS.callback.get)] },
				},
			},
			{
				name: 'Get Many',
				value: 'getAll',
				action: 'Get many callbacks',
				description:
					'List callbacks, e.g. the open callbacks of one customer number. Returns one item per callback with its ID, customer number, notes and next call time.',
				routing: {
					request: route(ENDPOINTS.callback.getAll),
					send: { preSend: [preSend.listQuery] },
					output: { postReceive: [receiveList(ENDPOINTS.callback.getAll)] },
				},
			},
			{
				name: 'Update',
				value: 'update',
				action: 'Update a callback',
				description:
					'Change the customer number, notes, last result or next call time of a callback. Returns success. The callback ID comes from Callback Get Many or Create.',
				routing: {
					request: route(ENDPOINTS.callback.update),
					send: { preSend: [requireId, preSend.callbackUpdate, preSend.jsonBody] },
					output: { postReceive: [receiveWrite(ENDPOINTS.callback.update)] },
				},
			},
		],
		default: 'create',
	},
	idField(resource, ['get', 'update'], 'callbackId', 'Callback ID', 'ID of the callback (32 characters), e.g. from Create or Get Many'),
	...callbackCreateDescription,
	...callbackUpdateDescription,
	...listFields(resource, {
		// GET /callbacks?customerNumber=… (vendor notes, seen in code).
		filters: [queryFilter('Customer Number', 'customerNumber', 'Only callbacks to this number', { placeholder: '+358401234567' })],
		filterExample: 'callbackQueueNumber',
	}),
];
