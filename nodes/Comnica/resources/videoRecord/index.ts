import type { INodeProperties } from 'n8n-workflow';

import { videoDataBody } from '../../helpers/recordBody';
import { ENDPOINTS, receive, request } from '../../transport';
import { asNumber, sendAs } from '../../../shared/send';

const show = { resource: ['videoRecord'] };

export const videoRecordDescription: INodeProperties[] = [
	{
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show },
		options: [
			{
				name: 'Create',
				value: 'create',
				action: 'Create a video identification record',
				description:
					'Create a record in a video identification project. Returns its ID and the URL the customer joins the video call with. The video project ID comes from Filter Data (video projects).',
				routing: {
					request: request(ENDPOINTS.videoRecordCreate),
					send: { preSend: [videoDataBody] },
					output: { postReceive: [receive(ENDPOINTS.videoRecordCreate)] },
				},
			},
		],
		default: 'create',
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
			'The video identification project (Filter Data lists them as video projects). Choose from the list, or specify an ID using an <a href="https://docs.n8n.io/code/expressions/">expression</a>.',
		routing: { send: sendAs('body', 'payload.video_project_id', asNumber) },
	},
	{
		displayName: 'Data',
		name: 'videoData',
		type: 'resourceMapper',
		noDataExpression: true,
		default: { mappingMode: 'defineBelow', value: null },
		description: 'Values of the video project\'s columns (Video Project Get Columns lists them)',
		required: true,
		displayOptions: { show },
		typeOptions: {
			loadOptionsDependsOn: ['videoProject'],
			resourceMapper: {
				resourceMapperMethod: 'getVideoColumns',
				mode: 'add',
				fieldWords: { singular: 'column', plural: 'columns' },
				addAllFields: true,
				multiKeyMatch: false,
				supportAutoMap: true,
			},
		},
	},
];
