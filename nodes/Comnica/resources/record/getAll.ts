import type { INodeProperties } from 'n8n-workflow';

import { limitFields, projectSelect, recordFilters, sortOrder } from '../common';

const show = { resource: ['record'], operation: ['getAll'] };

export const recordGetAllDescription: INodeProperties[] = [
	projectSelect(show, 'The CC project whose records to list'),
	{
		displayName: 'Column Names or IDs',
		name: 'columns',
		type: 'multiOptions',
		typeOptions: { loadOptionsMethod: 'getRecordColumns', loadOptionsDependsOn: ['project'] },
		default: [],
		displayOptions: { show },
		description:
			'Columns to return; empty returns record ID, upload time, terminated, termination and phone. Choose from the list, or specify IDs using an <a href="https://docs.n8n.io/code/expressions/">expression</a>.',
	},
	recordFilters(show),
	sortOrder(show, {
		displayName: 'Column Name or ID',
		name: 'column',
		type: 'options',
		typeOptions: { loadOptionsMethod: 'getRecordColumns', loadOptionsDependsOn: ['project'] },
		default: '',
		description:
			'Choose from the list, or specify an ID using an <a href="https://docs.n8n.io/code/expressions/">expression</a>',
	}),
	...limitFields(show),
];
