import type { INodeProperties } from 'n8n-workflow';

import { receive, RQ_SENT } from '../../transport';
import { recordGetDescription } from './get';

const showOnlyForRecords = { resource: ['record'] };

export const recordDescription: INodeProperties[] = [
	{
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: showOnlyForRecords },
		options: [
			{
				name: 'Get',
				value: 'get',
				action: 'Get a record',
				description: 'Load a record with its contacts, comments, custom data and system columns',
				routing: {
					request: { url: '/integration/cc/record/load/v1', body: { rq_sent: RQ_SENT, payload: {} } },
					output: { postReceive: [receive('/integration/cc/record/load/v1')] },
				},
			},
		],
		default: 'get',
	},
	...recordGetDescription,
];
