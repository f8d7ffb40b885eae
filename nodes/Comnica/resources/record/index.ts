import type { INodeProperties } from 'n8n-workflow';

import { bulkModifyQuery, recordListQuery } from '../../helpers/listQuery';
import { customDataBody, recordCreateBody, recordUpdateBody } from '../../helpers/recordBody';
import { simplifyRecordItems } from '../../helpers/simplify';
import { ENVELOPE, receive } from '../../transport';
import { recordBulkModifyDescription } from './bulkModify';
import { recordCreateDescription } from './create';
import { recordGetDescription } from './get';
import { recordGetAllDescription } from './getAll';
import { recordUpdateDescription } from './update';

const LOAD = '/integration/cc/record/load/v1';
const SAVE = '/integration/cc/record/save/v1';
const UPDATE = '/integration/cc/record/update/v1';
const BULK = '/integration/cc/record/bulk_modify/v1';
const LIST = '/integration/cc/record/list/v1';

const envelope = ENVELOPE;

export const recordDescription: INodeProperties[] = [
	{
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: { resource: ['record'] } },
		options: [
			{
				name: 'Bulk Modify',
				value: 'bulkModify',
				action: 'Change many records at once',
				description: 'Change termination, callback or a data field of every record matching filters (with dry run)',
				routing: {
					request: { url: BULK, body: envelope },
					send: { preSend: [bulkModifyQuery] },
					output: { postReceive: [receive(BULK)] },
				},
			},
			{
				name: 'Create',
				value: 'create',
				action: 'Create a record',
				description: 'Upload a record into a CC project, optionally checking for duplicates',
				routing: {
					request: { url: SAVE, body: envelope },
					send: { preSend: [recordCreateBody, customDataBody] },
					output: { postReceive: [receive(SAVE)] },
				},
			},
			{
				name: 'Get',
				value: 'get',
				action: 'Get a record',
				description: 'Load a record with its contacts, comments, custom data and system columns',
				routing: {
					request: { url: LOAD, body: envelope },
					output: { postReceive: [receive(LOAD), simplifyRecordItems] },
				},
			},
			{
				name: 'Get Many',
				value: 'getAll',
				action: 'Get many records',
				description: 'List the records of a project with chosen columns, filters and order',
				routing: {
					request: { url: LIST, body: envelope },
					send: { preSend: [recordListQuery] },
					output: { postReceive: [receive(LIST, 'rows')] },
				},
			},
			{
				name: 'Update',
				value: 'update',
				action: 'Update a record',
				description: 'Change a record\'s custom data and system columns (termination, callback)',
				routing: {
					request: { url: UPDATE, body: envelope },
					send: { preSend: [recordUpdateBody, customDataBody] },
					output: { postReceive: [receive(UPDATE)] },
				},
			},
		],
		default: 'get',
	},
	...recordGetDescription,
	...recordCreateDescription,
	...recordUpdateDescription,
	...recordGetAllDescription,
	...recordBulkModifyDescription,
];
