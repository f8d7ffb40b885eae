import type { INodeProperties } from 'n8n-workflow';

import { binaryOutputField } from '../../../shared/fields';
import { itemParameter } from '../../../shared/parameters';
import { ENDPOINTS, receiveFile } from '../../transport';
import { route } from '../../../shared/endpoint';

const show = { resource: ['recording'] };

export const recordingDescription: INodeProperties[] = [
	{
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show },
		options: [
			{
				name: 'Download',
				value: 'download',
				action: 'Download a call recording',
				description:
					'Download the sound file of a call. Returns the audio file (name, type, size) as binary data. The call ID comes from Comnica (the ID of the call in its call lists and statistics).',
				routing: {
					request: route(ENDPOINTS.recording, { json: false, encoding: 'arraybuffer' }),
					output: {
						postReceive: [
							receiveFile(ENDPOINTS.recording, (context) => ({ fileName: `comnica-call-${String(itemParameter(context, 'callId'))}` })),
						],
					},
				},
			},
		],
		default: 'download',
	},
	{
		displayName: 'Call ID',
		name: 'callId',
		type: 'string',
		required: true,
		default: '',
		displayOptions: { show },
		description: 'The ID of the call whose recording to download',
	},
	binaryOutputField(show, 'The recording, as an audio file'),
];
