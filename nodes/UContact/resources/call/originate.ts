import type { INodeProperties } from 'n8n-workflow';

import { campaignField } from '../common';

const show = { resource: ['call'], operation: ['originate'] };

export const originateDescription: INodeProperties[] = [
	{
		displayName: 'Agent',
		name: 'agent',
		type: 'string',
		required: true,
		default: '',
		placeholder: 'mrodriguez',
		description: 'Name of the agent who makes the call. uContact rings this agent first, then the destination.',
		displayOptions: { show },
		routing: { send: { type: 'body', property: 'agent' } },
	},
	{
		displayName: 'Agent Phone',
		name: 'agentPhone',
		type: 'string',
		required: true,
		default: '',
		placeholder: '1001',
		description: "The agent's phone (extension)",
		displayOptions: { show },
		routing: { send: { type: 'body', property: 'phone' } },
	},
	{
		displayName: 'Destination',
		name: 'destination',
		type: 'string',
		required: true,
		default: '',
		placeholder: '098344484',
		description: 'Number to call once the agent answers',
		displayOptions: { show },
		routing: { send: { type: 'body', property: 'destination' } },
	},
	campaignField(show, 'outqueue', {
		displayName: 'Outbound Campaign Name or ID',
		name: 'outqueue',
		description:
			'Choose from the list, or specify an ID using an <a href="https://docs.n8n.io/code/expressions/">expression</a>',
		hint: 'Outbound campaign the call counts for.',
	}),
	{
		displayName: 'Caller ID',
		name: 'callerId',
		type: 'string',
		default: '',
		placeholder: '26001234',
		description: 'Number the call goes out with',
		displayOptions: { show },
		routing: { send: { type: 'body', property: 'callerid' } },
	},
	{
		displayName: 'Agent Context',
		name: 'agentContext',
		type: 'string',
		required: true,
		default: '',
		placeholder: 'from-internal',
		description: "The agent's context as configured in uContact",
		displayOptions: { show },
		routing: { send: { type: 'body', property: 'context' } },
	},
	{
		displayName: 'Technology',
		name: 'tech',
		type: 'string',
		default: 'SIP',
		description: "Technology of the agent's phone; usually SIP",
		displayOptions: { show },
		routing: { send: { type: 'body', property: 'tech' } },
	},
];
