import type { INodeProperties } from 'n8n-workflow';

const showOnlyForRecordGet = { resource: ['record'], operation: ['get'] };

export const recordGetDescription: INodeProperties[] = [
	{
		displayName: 'Record ID',
		name: 'recordId',
		type: 'number',
		required: true,
		default: 0,
		displayOptions: { show: showOnlyForRecordGet },
		description: 'ID of the record to load (from Get Many records, Create or the Comnica Trigger)',
		routing: { send: { type: 'body', property: 'payload.id' } },
	},
	{
		displayName: 'Simplify',
		name: 'simplify',
		type: 'boolean',
		default: false,
		displayOptions: { show: showOnlyForRecordGet },
		description:
			"Whether to return one flat item (the custom data fields, the main system columns, the active contacts' numbers and the last comment) instead of Comnica's four parts",
	},
];
