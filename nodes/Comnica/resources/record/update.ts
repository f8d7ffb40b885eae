import type { INodeProperties } from 'n8n-workflow';

import { projectSelect } from '../common';
import { customDataField, updateSystemColumns } from './fields';

const show = { resource: ['record'], operation: ['update'] };

export const recordUpdateDescription: INodeProperties[] = [
	{
		displayName: 'Record ID',
		name: 'recordId',
		type: 'number',
		required: true,
		default: 0,
		displayOptions: { show },
		description: 'ID of the record to change (from Get Many records, Create or the Comnica Trigger)',
		routing: { send: { type: 'body', property: 'payload.id' } },
	},
	{
		...projectSelect(show, 'The record\'s project; its data fields are offered under Custom Data'),
		required: false,
	},
	customDataField(show),
	updateSystemColumns(show),
];
