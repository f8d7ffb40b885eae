import type { INodeProperties } from 'n8n-workflow';

import { bulkModifyQuery, recordListQuery } from '../../helpers/listQuery';
import { customDataBody, recordCreateBody, recordUpdateBody } from '../../helpers/recordBody';
import { simplifyRecordItems } from '../../helpers/simplify';
import { ENDPOINTS, receive, request } from '../../transport';
import { recordBulkModifyDescription } from './bulkModify';
import { recordCreateDescription } from './create';
import { recordGetDescription } from './get';
import { recordGetAllDescription } from './getAll';
import { recordUpdateDescription } from './update';


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
				description:
					'Change the termination, callback or a data field of every record of a project that matches filters (with dry run). Returns how many records match. Project and termination IDs come from Filter Data.',
				routing: {
					request: request(ENDPOINTS.record.bulkModify),
					send: { preSend: [bulkModifyQuery] },
					output: { postReceive: [receive(ENDPOINTS.record.bulkModify)] },
				},
			},
			{
				name: 'Create',
				value: 'create',
				action: 'Create a record',
				description:
					'Upload a record (phone numbers, data fields, comments) into a CC project, optionally refusing duplicates. Returns the new record ID. The project ID comes from Filter Data (projects).',
				routing: {
					request: request(ENDPOINTS.record.save),
					send: { preSend: [recordCreateBody, customDataBody] },
					output: { postReceive: [receive(ENDPOINTS.record.save)] },
				},
			},
			{
				name: 'Get',
				value: 'get',
				action: 'Get a record',
				description:
					'Load one record by its ID. Returns its phone numbers, comments, data fields and system columns (termination, next call, priority). The record ID comes from Get Many records or the Comnica Trigger.',
				routing: {
					request: request(ENDPOINTS.record.load),
					output: { postReceive: [receive(ENDPOINTS.record.load), simplifyRecordItems] },
				},
			},
			{
				name: 'Get Many',
				value: 'getAll',
				action: 'Get many records',
				description:
					'List the records of a project with chosen columns, filters and order. Returns one item per record with its ID (for Get and Update). The project ID comes from Filter Data (projects).',
				routing: {
					request: request(ENDPOINTS.record.list),
					send: { preSend: [recordListQuery] },
					output: { postReceive: [receive(ENDPOINTS.record.list, 'rows')] },
				},
			},
			{
				name: 'Update',
				value: 'update',
				action: 'Update a record',
				description:
					'Change the data fields and system columns (termination, callback time, priority) of one record. Returns the record ID. The record ID comes from Get Many records; termination IDs from Filter Data.',
				routing: {
					request: request(ENDPOINTS.record.update),
					send: { preSend: [recordUpdateBody, customDataBody] },
					output: { postReceive: [receive(ENDPOINTS.record.update)] },
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
