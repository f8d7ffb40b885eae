import type { INodeProperties } from 'n8n-workflow';

import { receiveLogio } from '../../transport/receive';
import { ENDPOINTS } from '../../transport/endpoints';
import { route } from '../../../shared/endpoint';
import { logioRange } from '../../transport/send';
import { optionsCollection, returnAllFields } from '../../../shared/fields';
import { sendAs, trimmedOrNothing } from '../../../shared/send';

const getAll = { resource: ['agentLoginLog'], operation: ['getAll'] };

export const agentLoginLogDescription: INodeProperties[] = [
	{
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: { resource: ['agentLoginLog'] } },
		options: [
			{
				name: 'Get Many',
				value: 'getAll',
				action: 'Get agent logins and logouts',
				description:
					'Get the login and logout records of the agents in the token\'s system group for a period (needs the "Access to logio API" claim). Returns one item per record with the agent, login and logout time.',
				routing: {
					request: route(ENDPOINTS.loginLog, {
						// Not a JSON:API endpoint: it answers CSV or a JSON array, read as text.
						headers: { Accept: 'text/csv, application/json' },
						encoding: 'text',
						json: false
					}),
					send: { preSend: [logioRange] },
					output: { postReceive: [receiveLogio(ENDPOINTS.loginLog)] },
				},
			},
		],
		default: 'getAll',
	},
	{
		displayName: 'Format',
		name: 'format',
		type: 'options',
		options: [
			{ name: 'CSV', value: 'csv' },
			{ name: 'JSON', value: 'json' },
		],
		default: 'json',
		displayOptions: { show: getAll },
		description: 'The format Cention answers in. Both become one item per record.',
	},
	optionsCollection({
		displayOptions: { show: getAll },
		options: [
			{
				displayName: 'Agent Login Name',
				name: 'name',
				type: 'string',
				default: '',
				placeholder: 'sysadmin',
				description: 'Only the records of this agent. Leave empty for all agents.',
				routing: { send: sendAs('query', 'name', trimmedOrNothing) },
			},
			{
				displayName: 'From',
				name: 'from',
				type: 'dateTime',
				default: '',
				description: 'Start of the period, sent as unix seconds (a date without an offset is read in the workflow\'s time zone). Cention\'s default: 7 days ago.',
			},
			{
				displayName: 'To',
				name: 'to',
				type: 'dateTime',
				default: '',
				description: 'End of the period, sent as unix seconds (a date without an offset is read in the workflow\'s time zone). Cention\'s default: now.',
			},
		],
	}),
	...returnAllFields({ resource: ['agentLoginLog'], operation: ['getAll'] }),
];
