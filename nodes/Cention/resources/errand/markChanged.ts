import type { INodeProperties } from 'n8n-workflow';

export const errandMarkChangedDescription: INodeProperties[] = [
	{
		displayName: 'Errand IDs',
		name: 'errandIds',
		type: 'string',
		required: true,
		default: '',
		placeholder: '35, 36',
		displayOptions: { show: { resource: ['errand'], operation: ['markChanged'] } },
		description: 'Database IDs of the errands to mark as changed, separated by commas (sent by errandIdList)',
	},
];
