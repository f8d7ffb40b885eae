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
		description: 'ID of the record to load (as in the webhook payload or Get Many)',
		routing: { send: { type: 'body', property: 'payload.id' } },
	},
];
