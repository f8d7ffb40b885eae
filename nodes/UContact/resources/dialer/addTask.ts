import type { IDataObject, IExecuteSingleFunctions, INodeProperties } from 'n8n-workflow';

import { alternativesField, alternativesOf, campaignField, dataField, dataOf, dateOf, objectAt, SERVER_TIME_HINT, withAllKeys } from '../common';
import { serverTimeZone } from '../../helpers/dates';

const show = { resource: ['dialer'], operation: ['addTask'] };

/** The manual's four modes: what calldate, bulk and automatic become. */
export const TASK_MODES: Record<string, { scheduled: boolean; bulk: boolean; automatic: boolean }> = {
	immediate: { scheduled: false, bulk: false, automatic: true },
	clickToCall: { scheduled: false, bulk: false, automatic: false },
	scheduled: { scheduled: true, bulk: true, automatic: false },
	dialer: { scheduled: false, bulk: true, automatic: false },
};

export const addTaskDescription: INodeProperties[] = [
	{
		displayName: 'Mode',
		name: 'taskMode',
		type: 'options',
		options: [
			{
				name: 'Click to Call',
				value: 'clickToCall',
				description: 'A manual call made now (calldate null, bulk false, automatic false)',
			},
			{
				name: 'Insert With Priority 1 (Now)',
				value: 'immediate',
				description: 'An automatic call that goes out first (calldate null, bulk false, automatic true)',
			},
			{
				name: 'Scheduled Call',
				value: 'scheduled',
				description: 'A call at a given date and time (bulk true, automatic false)',
			},
			{
				name: 'To a Dialer',
				value: 'dialer',
				description: 'A call for the dialer to make; progressive dialers need the agent (calldate null, bulk true, automatic false)',
			},
		],
		default: 'immediate',
		description: 'How the call is placed: now (automatic or click to call), at a date, or handed to the dialer',
		displayOptions: { show },
	},
	{
		displayName: 'Call Date',
		name: 'scheduleDate',
		type: 'dateTime',
		required: true,
		default: '',
		description: 'When to call (server time). A task with a date goes before tasks without one.',
		hint: SERVER_TIME_HINT,
		displayOptions: { show: { ...show, taskMode: ['scheduled'] } },
	},
	campaignField(show, 'call.campaign'),
	{
		displayName: 'Destination',
		name: 'destination',
		type: 'string',
		required: true,
		default: '',
		placeholder: '12-345-678',
		description: 'The phone number to call',
		displayOptions: { show },
		routing: { send: { type: 'body', property: 'call.destination' } },
	},
	alternativesField(show),
	{
		displayName: 'Agent',
		name: 'agent',
		type: 'string',
		default: '',
		placeholder: 'Agent1 or 1001',
		description: "The agent who gets the call, by username or by the agent's phone. Needed for progressive dialers.",
		displayOptions: { show },
		routing: { send: { type: 'body', property: 'call.agent' } },
	},
	{
		displayName: 'Source',
		name: 'source',
		type: 'string',
		default: 'n8n',
		description: 'Label of where the task comes from, kept with the call',
		displayOptions: { show },
		routing: { send: { type: 'body', property: 'call.source' } },
	},
	dataField(show),
];

export async function buildAddTask(this: IExecuteSingleFunctions, body: IDataObject): Promise<void> {
	const mode = TASK_MODES[this.getNodeParameter('taskMode', 'immediate') as string] ?? TASK_MODES.immediate;
	const call = objectAt(body, 'call');
	call.alternatives = alternativesOf(this);
	call.data = dataOf(this);
	withAllKeys(call, ['campaign', 'destination', 'alternatives', 'agent', 'data', 'source']);
	// Key order as in the manual's examples; every key present, calldate null when not scheduled.
	body.call = {
		calldate: mode.scheduled ? dateOf(this, this.getNodeParameter('scheduleDate', ''), 'Call Date', await serverTimeZone(this, this.getItemIndex())) : null,
		campaign: call.campaign,
		destination: call.destination,
		alternatives: call.alternatives,
		agent: call.agent,
		data: call.data,
		source: call.source,
		bulk: mode.bulk,
		automatic: mode.automatic,
	};
}
