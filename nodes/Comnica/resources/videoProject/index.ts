import type { INodeProperties } from 'n8n-workflow';

import { ENDPOINTS, receive, request } from '../../transport';
import { asNumber, sendAs } from '../../../shared/send';

const show = { resource: ['videoProject'] };

export const videoProjectDescription: INodeProperties[] = [
	{
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show },
		options: [
			{
				name: 'Get Columns',
				value: 'getColumns',
				action: 'Get the data columns of a video project',
				description:
					'List the data columns of a video identification project. Returns one item per column (type, mandatory, output only). The video project ID comes from Filter Data (video projects).',
				routing: {
					request: request(ENDPOINTS.videoColumns),
					output: { postReceive: [receive(ENDPOINTS.videoColumns, 'array')] },
				},
			},
		],
		default: 'getColumns',
	},
	{
		displayName: 'Video Project Name or ID',
		name: 'videoProject',
		type: 'options',
		typeOptions: { loadOptionsMethod: 'getVideoProjects' },
		required: true,
		default: '',
		displayOptions: { show },
		description:
			'Choose from the list, or specify an ID using an <a href="https://docs.n8n.io/code/expressions/">expression</a>',
		routing: { send: sendAs('body', 'payload.project_id', asNumber) },
	},
];
