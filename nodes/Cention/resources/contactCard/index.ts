import type { INodeProperties } from 'n8n-workflow';

import { receiveDocument } from '../../transport/receive';
import { ENDPOINTS } from '../../transport/endpoints';
import { route } from '../../../shared/endpoint';
import { contactCardContacts } from '../../transport/send';
import { sendAs, trimmedOrNothing } from '../../../shared/send';

const createOrAppend = { resource: ['contactCard'], operation: ['createOrAppend'] };

export const contactCardDescription: INodeProperties[] = [
	{
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: { resource: ['contactCard'] } },
		options: [
			{
				name: 'Create or Append',
				value: 'createOrAppend',
				action: 'Create or append to a contact card',
				description:
					'Create a contact card, or add the contacts to the existing card that already holds one of them (needs the "Access and create customer contacts" claim). Returns the card ID and its contacts.',
				routing: {
					request: route(ENDPOINTS.createContactCard, {
						body: { data: { type: 'c3_contact_cards', attributes: { contacts: {} } } }
					}),
					send: { preSend: [contactCardContacts] },
					output: { postReceive: [receiveDocument(ENDPOINTS.createContactCard)] },
				},
			},
		],
		default: 'createOrAppend',
	},
	{
		displayName: 'Name',
		name: 'name',
		type: 'string',
		default: '',
		placeholder: 'Tester Cention',
		displayOptions: { show: createOrAppend },
		description: 'Name of the person the contacts belong to',
		routing: { send: sendAs('body', 'data.attributes.contacts.name', trimmedOrNothing) },
	},
	{
		displayName: 'Contacts',
		name: 'contacts',
		type: 'fixedCollection',
		typeOptions: { multipleValues: true },
		placeholder: 'Add Contact',
		default: {},
		displayOptions: { show: createOrAppend },
		description: 'Addresses of the person. If Cention already knows one of them, the others are added to that card.',
		options: [
			{
				displayName: 'Contact',
				name: 'contact',
				values: [
					{
						displayName: 'Channel',
						name: 'channel',
						type: 'options',
						options: [
							{ name: 'Email', value: 'email' },
							{ name: 'Facebook', value: 'facebook', description: 'E.g. 12345@facebook.com.' },
							{ name: 'LINE', value: 'line', description: 'E.g. centionline-c12345.' },
							{ name: 'Phone', value: 'voice', description: 'International format with a plus sign' },
							{ name: 'VKontakte', value: 'vk', description: 'E.g. centionvk-cc-12345.' },
						],
						default: 'email',
						description: 'The kind of address',
					},
					{
						displayName: 'Address',
						name: 'address',
						type: 'string',
						default: '',
						placeholder: 'tester.c3@example.com',
						description: 'The email address, phone number or account name on the channel',
					},
				],
			},
		],
	},
];
