import type { INodeProperties } from 'n8n-workflow';

import { projectSelect, recordFilters } from '../common';

const show = { resource: ['record'], operation: ['bulkModify'] };
const showFor = (extra: Record<string, string[]>) => ({ show: { ...show, ...extra } });

export const recordBulkModifyDescription: INodeProperties[] = [
	projectSelect(show, 'The CC project whose records to change'),
	recordFilters(show),
	{
		displayName: 'Action',
		name: 'bulkAction',
		type: 'options',
		options: [
			{ name: 'Change Callback', value: 'change_callback', description: 'Set, move or remove callbacks' },
			{ name: 'Change Data', value: 'change_data', description: 'Overwrite one data field' },
			{ name: 'Change Termination', value: 'change_termination', description: 'Give the records another termination' },
		],
		default: 'change_termination',
		description: 'What to change on every matching record',
		displayOptions: { show },
		routing: { send: { type: 'body', property: 'payload.action' } },
	},
	{
		displayName: 'Callback Change',
		name: 'subaction',
		type: 'options',
		options: [
			{ name: 'Assign Callback to User', value: 'change_to_manual_callback', description: 'A callback by a given agent at a given time' },
			{ name: 'Change Callback User', value: 'change_callback_user', description: 'Hand the callbacks to another agent' },
			{ name: 'Remove Callback', value: 'remove_callback' },
			{ name: 'Shared List Callback', value: 'change_to_auto_callback', description: 'A callback at a given time by any agent' },
		],
		default: 'change_to_manual_callback',
		description: 'How the callbacks of the matching records change',
		displayOptions: showFor({ bulkAction: ['change_callback'] }),
		routing: { send: { type: 'body', property: 'payload.subaction' } },
	},
	{
		displayName: 'Termination Name or ID',
		name: 'termination',
		type: 'options',
		typeOptions: { loadOptionsMethod: 'getTerminations', loadOptionsDependsOn: ['project'] },
		required: true,
		default: '',
		displayOptions: showFor({ bulkAction: ['change_termination'] }),
		description:
			'The new termination. Choose from the list, or specify an ID using an <a href="https://docs.n8n.io/code/expressions/">expression</a>.',
	},
	{
		displayName: 'User Name or ID',
		name: 'user',
		type: 'options',
		typeOptions: { loadOptionsMethod: 'getUsers', loadOptionsDependsOn: ['project'] },
		required: true,
		default: '',
		displayOptions: showFor({ bulkAction: ['change_callback'], subaction: ['change_to_manual_callback', 'change_callback_user'] }),
		description:
			'The agent who makes the callbacks. Choose from the list, or specify an ID using an <a href="https://docs.n8n.io/code/expressions/">expression</a>.',
	},
	{
		displayName: 'Next Call',
		name: 'nextCall',
		type: 'dateTime',
		required: true,
		default: '',
		description: 'When the records are called back (date and time)',
		displayOptions: showFor({ bulkAction: ['change_callback'], subaction: ['change_to_manual_callback', 'change_to_auto_callback'] }),
	},
	{
		displayName: 'Field Name or ID',
		name: 'field',
		type: 'options',
		typeOptions: { loadOptionsMethod: 'getProjectFieldNames', loadOptionsDependsOn: ['project'] },
		required: true,
		default: '',
		displayOptions: showFor({ bulkAction: ['change_data'] }),
		description:
			'The data field to overwrite. Choose from the list, or specify an ID using an <a href="https://docs.n8n.io/code/expressions/">expression</a>.',
	},
	{
		displayName: 'Value',
		name: 'value',
		type: 'string',
		default: '',
		description: 'The new value of the data field on every matching record',
		displayOptions: showFor({ bulkAction: ['change_data'] }),
	},
	{
		displayName: 'Dry Run',
		name: 'dryRun',
		type: 'boolean',
		default: false,
		displayOptions: { show },
		description: 'Whether to only count the matching records without changing them',
		routing: { send: { type: 'body', property: 'payload.dry_run' } },
	},
];
