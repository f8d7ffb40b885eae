import type { INodeProperties } from 'n8n-workflow';

import { projectSelect } from '../common';
import { ENDPOINTS, receive, request } from '../../transport';
import { asNumber, sendAs } from '../../../shared/send';

const show = { resource: ['project'] };

export const projectDescription: INodeProperties[] = [
	{
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show },
		options: [
			{
				name: 'Get Fields',
				value: 'getFields',
				action: 'Get the data fields of a project',
				description:
					'List the data fields of a CC project with their types and choice values. Returns one item per field. The project ID comes from Filter Data (projects).',
				routing: {
					request: request(ENDPOINTS.projectFields),
					output: { postReceive: [receive(ENDPOINTS.projectFields, 'array')] },
				},
			},
		],
		default: 'getFields',
	},
	{
		...projectSelect(show, 'The CC project'),
		routing: { send: sendAs('body', 'payload.project_id', asNumber) },
	},
];
