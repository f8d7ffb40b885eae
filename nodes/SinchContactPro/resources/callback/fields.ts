import type { INodeProperties } from 'n8n-workflow';

import { showFor } from '../../helpers/fields';
import { NEXT_CALL_TIME_RESULTS } from '../../helpers/validate';

const create = showFor('callback', ['create']);

// Create body {customerNumber, callbackQueueNumber, notes} (vendor notes, seen in code).
export const callbackCreateDescription: INodeProperties[] = [
	{
		displayName: 'Customer Number',
		name: 'customerNumber',
		type: 'string',
		required: true,
		default: '',
		placeholder: '+358401234567',
		displayOptions: create,
		description: 'Phone number to call back',
		routing: { send: { type: 'body', property: 'customerNumber' } },
	},
	{
		displayName: 'Callback Queue Number',
		name: 'callbackQueueNumber',
		type: 'string',
		required: true,
		default: '',
		placeholder: '+35894251099',
		displayOptions: create,
		description: 'Number (address) of the callback queue that handles the callback',
		routing: { send: { type: 'body', property: 'callbackQueueNumber' } },
	},
	{
		displayName: 'Notes',
		name: 'notes',
		type: 'string',
		typeOptions: { rows: 3 },
		default: '',
		displayOptions: create,
		description: 'Notes the agent sees with the callback',
		routing: { send: { type: 'body', property: 'notes' } },
	},
];

// PUT updates only customerNumber, notes, lastResult and nextCallTime (CMI manual).
export const callbackUpdateDescription: INodeProperties[] = [
	{
		displayName: 'Update Fields',
		name: 'updateFields',
		type: 'collection',
		placeholder: 'Add Field',
		default: {},
		displayOptions: showFor('callback', ['update']),
		options: [
			{
				displayName: 'Customer Number',
				name: 'customerNumber',
				type: 'string',
				default: '',
				placeholder: '+358401234567',
				description: 'Phone number to call back',
			},
			{
				displayName: 'Last Result',
				name: 'lastResult',
				type: 'string',
				default: '',
				placeholder: 'RESCHEDULE',
				description: `Result of the last call attempt, e.g. ${NEXT_CALL_TIME_RESULTS.join(' or ')} (needed for Next Call Time)`,
			},
			{
				displayName: 'Next Call Time',
				name: 'nextCallTime',
				type: 'dateTime',
				default: '',
				description: `When to call next, sent as ISO 8601 with the offset it is given with; only allowed with Last Result ${NEXT_CALL_TIME_RESULTS.join(' or ')}`,
			},
			{ displayName: 'Notes', name: 'notes', type: 'string', typeOptions: { rows: 3 }, default: '', description: 'Notes the agent sees with the callback' },
		],
	},
];
