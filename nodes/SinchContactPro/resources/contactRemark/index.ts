import type { INodeProperties } from 'n8n-workflow';

import { idField, showFor } from '../../helpers/fields';
import { ENDPOINTS, POST_REQUEST, preSend, receiveOne, receiveWrite } from '../../transport';
import { route } from '../../../shared/endpoint';

const resource = 'contactRemark';
const requireId = preSend.requireIds(['contactId', 'Contact ID']);

// Remarks live in the operative database; contactId must be the contactGroupId. POST works
// only for phone calls without remarks, PUT only for contacts that have them; the user must
// be the agent responsible for the contact (CMI manual). The body field name "remarks" is
// inferred: the manual does not show the entity.
export const contactRemarkDescription: INodeProperties[] = [
	{
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: { resource: [resource] } },
		options: [
			{
				name: 'Add',
				value: 'create',
				action: 'Add remarks to a contact',
				description: 'Add remarks to a phone call that has none yet. Returns success. The contact ID comes from Contact Get Many.',
				routing: {
					request: route(ENDPOINTS.contactRemark.create, POST_REQUEST),
					send: { preSend: [requireId, preSend.jsonBody] },
					output: { postReceive: [receiveWrite(ENDPOINTS.contactRemark.create)] },
				},
			},
			{
				name: 'Get',
				value: 'get',
				action: 'Get the remarks of a contact',
				description: 'Get the remarks of a phone call. Returns the remark text. The contact ID comes from Contact Get Many.',
				routing: {
					request: route(ENDPOINTS.contactRemark.get),
					send: { preSend: [requireId] },
					output: { postReceive: [receiveOne(ENDPOINTS.contactRemark.get)] },
				},
			},
			{
				name: 'Update',
				value: 'update',
				action: 'Update the remarks of a contact',
				description: 'Replace the remarks of a phone call. Returns success. The contact ID comes from Contact Get Many.',
				routing: {
					request: route(ENDPOINTS.contactRemark.update),
					send: { preSend: [requireId, preSend.jsonBody] },
					output: { postReceive: [receiveWrite(ENDPOINTS.contactRemark.update)] },
				},
			},
		],
		default: 'get',
	},
	idField(resource, ['create', 'get', 'update'], 'contactId', 'Contact ID', 'ID of the contact group the remarks belong to (contactGroupId)'),
	{
		displayName: 'Remarks',
		name: 'remarks',
		type: 'string',
		typeOptions: { rows: 4 },
		required: true,
		default: '',
		description: 'The remark text agents see on the contact',
		displayOptions: showFor(resource, ['create', 'update']),
		routing: { send: { type: 'body', property: 'remarks' } },
	},
];
