import type { INodeProperties } from 'n8n-workflow';

import { sendAs } from '../../../shared/send';
import { databaseId } from '../../transport/send';
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
		routing: { send: sendAs('body', 'data.attributes.errand_id', databaseId('Errand ID', 'number')) },
	},
	...answerProperties(close, close),
];
