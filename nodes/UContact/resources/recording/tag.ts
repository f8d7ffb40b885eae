import type { INodeProperties } from 'n8n-workflow';

import { recordingGuidField } from '../common';

const show = { resource: ['recording'], operation: ['tag'] };

export const tagDescription: INodeProperties[] = [
	recordingGuidField(show, 'guid'),
	{
		displayName: 'Destination Phone',
		name: 'phone',
		type: 'string',
		required: true,
		default: '',
		placeholder: '098344484',
		description: 'The number that was called',
		displayOptions: { show },
		routing: { send: { type: 'body', property: 'phone' } },
	},
	{
		displayName: 'Tag',
		name: 'tagText',
		type: 'string',
		required: true,
		default: '',
		placeholder: 'venta-confirmada',
		description: 'Text to tag the recording with; the Tag Data filter of Search finds it',
		displayOptions: { show },
		routing: { send: { type: 'body', property: 'data' } },
	},
];
