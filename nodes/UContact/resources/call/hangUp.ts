import type { INodeProperties } from 'n8n-workflow';

const show = { resource: ['call'], operation: ['hangUp'] };

export const hangUpDescription: INodeProperties[] = [
	{
		displayName: 'Agent Phone',
		name: 'agentPhone',
		type: 'string',
		required: true,
		default: '',
		placeholder: '1001',
		description: 'Phone (extension) of the agent whose call is hung up',
		displayOptions: { show },
		routing: { send: { type: 'body', property: 'phone' } },
	},
];
