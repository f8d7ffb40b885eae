import type { INodeProperties } from 'n8n-workflow';

const show = { resource: ['recording'], operation: ['tag'] };

export const tagDescription: INodeProperties[] = [
	{
		displayName: 'Recording GUID',
		name: 'guid',
		type: 'string',
		required: true,
		default: '={{ $json.guid }}',
		description: 'Unique ID of the recording (the guid of the call record)',
		displayOptions: { show },
		routing: { send: { type: 'body', property: 'guid' } },
	},
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
