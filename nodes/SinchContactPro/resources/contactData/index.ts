import type { INodeProperties } from 'n8n-workflow';

import { optionsCollection } from '../../../shared/fields';
import { valueTypeField } from '../../../shared/typedValue';
import { idField, listFields, showFor } from '../../helpers/fields';
import { ENDPOINTS, POST_REQUEST, preSend, receiveList, receiveOne, receiveWrite } from '../../transport';
import { route } from '../../../shared/endpoint';

const resource = 'contactData';

export const contactDataDescription: INodeProperties[] = [
	{
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: { resource: [resource] } },
		options: [
			{
				name: 'Create or Update',
				value: 'upsert',
				action: 'Add or update the attached data of a contact',
				description: 'Create a new record, or update the current one if it already exists (upsert)',
				routing: {
					request: route(ENDPOINTS.contactData.upsert, POST_REQUEST),
					send: { preSend: [preSend.requireIds(['contactId', 'Contact ID']), preSend.contactData, preSend.jsonBody] },
					output: { postReceive: [receiveWrite(ENDPOINTS.contactData.upsert)] },
				},
			},
			{
				name: 'Get',
				value: 'get',
				action: 'Get the attached data of a contact',
				description:
					'Get the data attached to one phone call or chat. Returns its keys and values. The contact ID comes from Contact Get Many.',
				routing: {
					request: route(ENDPOINTS.contactData.get),
					send: { preSend: [preSend.requireIds(['contactId', 'Contact ID'])] },
					output: { postReceive: [receiveOne(ENDPOINTS.contactData.get)] },
				},
			},
			{
				name: 'Get Many',
				value: 'getAll',
				action: 'Get many contact data',
				description:
					'List the attached data of contacts, optionally filtered. Returns one item per contact with its ID and attached keys and values.',
				routing: {
					request: route(ENDPOINTS.contactData.getAll),
					send: { preSend: [preSend.listQuery] },
					output: { postReceive: [receiveList(ENDPOINTS.contactData.getAll)] },
				},
			},
		],
		default: 'get',
	},
	idField(
		resource,
		['get', 'upsert'],
		'contactId',
		'Contact ID',
		'ID of the contact. Only phone calls and chats that have ended (WrapUp, Handled, Abandoned or Deleted) take attached data.',
	),
	...listFields(resource, { filterExample: 'contact_id' }),
	{
		displayName: 'Attached Data',
		name: 'attachedData',
		type: 'fixedCollection',
		placeholder: 'Add Key',
		typeOptions: { multipleValues: true },
		default: {},
		displayOptions: showFor(resource, ['upsert']),
		description:
			'Keys and values to attach, sent as the attachedData JSON object. The server accepts only keys listed in the channel\'s "Extra Data Included in Statistics" (ExtraDataForHistory) setting.',
		options: [
			{
				displayName: 'Key',
				name: 'field',
				values: [
					{ displayName: 'Key', name: 'name', type: 'string', default: '', placeholder: 'crmCaseId', description: 'Name of the attached data key' },
					valueTypeField,
					{ displayName: 'Value', name: 'value', type: 'string', default: '', description: 'Value stored under the key' },
				],
			},
		],
	},
	optionsCollection({
		displayOptions: showFor(resource, ['upsert']),
		options: [
			{
				displayName: 'Attached Data Format',
				name: 'attachedDataFormat',
				type: 'options',
				default: 'object',
				description: 'How attachedData is sent: as a JSON object, like the manual\'s example {"x":0}, unless your server wants JSON text',
				options: [
					{ name: 'JSON Object', value: 'object', description: 'The attachedData field is a JSON object (the manual\'s example)' },
					{ name: 'JSON Text', value: 'text', description: 'The attachedData field is a string holding JSON' },
				],
			},
		],
	}),
];
