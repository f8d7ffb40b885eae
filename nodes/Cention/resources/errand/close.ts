import type { INodeProperties } from 'n8n-workflow';

import { requireId } from '../../transport/send';
import { answerProperties } from './answer';

const close = { resource: ['errand'], operation: ['close'] };

export const errandCloseDescription: INodeProperties[] = [
	{
		displayName: 'Errand ID',
		name: 'errandId',
		type: 'string',
		required: true,
		default: '',
		placeholder: '4321',
		displayOptions: { show: close },
		description: 'Database ID of the errand to close',
		routing: {
			send: {
				type: 'body',
				property: 'data.attributes.errand_id',
				value: '={{ Number(String($value).trim()) }}',
				preSend: [requireId('errandId', 'Errand ID')],
			},
		},
	},
	...answerProperties(close, close),
];
