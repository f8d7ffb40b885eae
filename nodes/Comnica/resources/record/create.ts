import type { INodeProperties } from 'n8n-workflow';

import { projectSelect } from '../common';
import { createSystemColumns, customDataField } from './fields';

const show = { resource: ['record'], operation: ['create'] };

export const recordCreateDescription: INodeProperties[] = [
	projectSelect(show, 'The CC project the record is uploaded into'),
	customDataField(show),
	{
		displayName: 'Contacts',
		name: 'contacts',
		type: 'fixedCollection',
		placeholder: 'Add Contact',
		typeOptions: { multipleValues: true },
		default: {},
		displayOptions: { show },
		description: 'Phone numbers (or other contacts) the record can be called on',
		options: [
			{
				displayName: 'Contact',
				name: 'contact',
				values: [
					{
						displayName: 'Active',
						name: 'active',
						type: 'boolean',
						default: true,
						description: 'Whether the contact may be called',
					},
					{
						displayName: 'Contact',
						name: 'contact',
						type: 'string',
						default: '',
						placeholder: '3611234567',
						description: 'The phone number or address',
					},
					{
						displayName: 'Name',
						name: 'name',
						type: 'string',
						default: '',
						description: 'Whose contact it is',
					},
					{
						displayName: 'Preferred',
						name: 'preferred',
						type: 'boolean',
						default: false,
						description: 'Whether calls start with this contact',
					},
					{
						displayName: 'Priority',
						name: 'priority',
						type: 'number',
						typeOptions: { minValue: 1, maxValue: 9 },
						default: 1,
						description: '1 to 9 (9 is the highest)',
					},
					{
						displayName: 'Source Column',
						name: 'sourceColumn',
						type: 'string',
						default: '',
						placeholder: 'phone2',
						description: 'The data field this number belongs to; shown to the agent',
					},
					{
						displayName: 'Type',
						name: 'type',
						type: 'options',
						options: [
							{ name: 'Email', value: 'email' },
							{ name: 'Phone', value: 'phone' },
						],
						default: 'phone',
						description: 'Whether the contact is a phone number or an email address',
					},
				],
			},
		],
	},
	{
		displayName: 'Comments',
		name: 'comments',
		type: 'fixedCollection',
		placeholder: 'Add Comment',
		typeOptions: { multipleValues: true },
		default: {},
		displayOptions: { show },
		description: 'Notes on the record that agents see',
		options: [
			{
				displayName: 'Comment',
				name: 'comment',
				values: [
					{ displayName: 'Comment', name: 'comment', type: 'string', default: '', description: 'The text of the comment' },
					{ displayName: 'Created At', name: 'createdAt', type: 'dateTime', default: '', description: 'Defaults to now' },
				],
			},
		],
	},
	createSystemColumns(show),
	{
		displayName: 'Duplicate Check',
		name: 'duplicateCheck',
		type: 'options',
		options: [
			{ name: 'Basic', value: 'basic', description: 'Comnica\'s normal duplicate filtering' },
			{ name: 'None', value: 'none', description: 'Upload even if the record exists' },
			{ name: 'Strict', value: 'strict', description: 'Comnica\'s strict duplicate filtering' },
		],
		default: 'none',
		description: 'Whether Comnica refuses a record whose phone number is already in the project (basic) or in any project (strict)',
		displayOptions: { show },
	},
];
