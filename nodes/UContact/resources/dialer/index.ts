import type { INodeProperties } from 'n8n-workflow';

import { ENDPOINTS, integraRoute } from '../../transport';
import { addTaskDescription, buildAddTask } from './addTask';
import { buildRemoveScheduled, removeContactDescription, removeScheduledDescription } from './remove';
import { buildRespool, respoolDescription } from './respool';
import { buildSchedule, scheduleDescription } from './schedule';
import { uploadBaseDescription } from './uploadBase';

export { uploadBases } from './uploadBase';

export const dialerDescription: INodeProperties[] = [
	{
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: { resource: ['dialer'] } },
		options: [
			{
				name: 'Add Task',
				value: 'addTask',
				action: 'Add a dialer task',
				description:
					'Put a call to a phone number into a campaign: now, click to call, at a date, or for the dialer. Returns success with the campaign and number. Campaign names come from Campaign Get Queue Summary.',
				routing: integraRoute({
					endpoint: ENDPOINTS.dialer.addTask,
					answer: 'ok',
					required: { 'call.campaign': 'Campaign', 'call.destination': 'Destination' },
					build: buildAddTask,
					echo: ['call.campaign', 'call.destination', 'call.calldate', 'call.agent'],
				}),
			},
			{
				name: 'Remove Contact',
				value: 'removeContact',
				action: 'Remove a contact from a dialer',
				description:
					'Take a phone number out of a dialer campaign. Returns success. Campaign names come from Campaign Get Queue Summary.',
				routing: integraRoute({
					endpoint: ENDPOINTS.dialer.removeContact,
					answer: 'ok',
					required: { campaign: 'Campaign', number: 'Number' },
					echo: ['campaign', 'number'],
				}),
			},
			{
				name: 'Remove Scheduled Calls',
				value: 'removeScheduled',
				action: 'Remove scheduled calls in a date range',
				description:
					'Delete the scheduled calls to a phone number between two dates. Returns success. Campaign names come from Campaign Get Queue Summary.',
				routing: integraRoute({
					endpoint: ENDPOINTS.dialer.removeScheduled,
					answer: 'ok',
					required: { campaign: 'Campaign', destination: 'Destination' },
					build: buildRemoveScheduled,
					echo: ['campaign', 'destination', 'from', 'to'],
				}),
			},
			{
				name: 'Respool',
				value: 'respool',
				action: 'Respool a contact to another number',
				description:
					'Put a dialer contact back into the spool with an alternative number. Returns success. Campaign, dialer list and contact come from the CTI data of the call.',
				routing: integraRoute({
					endpoint: ENDPOINTS.dialer.respool,
					answer: 'ok',
					required: {
						'callspool.campaign': 'Campaign',
						'callspool.destination': 'Destination',
						'callspool.dialerbase': 'Dialer List',
					},
					build: buildRespool,
					echo: ['callspool.campaign', 'callspool.destination', 'callspool.contact'],
				}),
			},
			{
				name: 'Schedule Call',
				value: 'schedule',
				action: 'Schedule a dialer call',
				description:
					'Have a dialer campaign call a phone number at a given date and time. Returns success. Campaign names come from Campaign Get Queue Summary.',
				routing: integraRoute({
					endpoint: ENDPOINTS.dialer.schedule,
					answer: 'ok',
					required: { 'callschedule.campaign': 'Campaign', 'callschedule.destination': 'Destination' },
					build: buildSchedule,
					echo: ['callschedule.campaign', 'callschedule.destination', 'callschedule.calldate'],
				}),
			},
			{
				name: 'Upload Base',
				value: 'uploadBase',
				action: 'Upload a base to a dialer',
				description:
					'Upload a contact list to a dialer campaign, built from input items or from a file, with or without a time zone. Returns success per uploaded list. Campaign names come from Campaign Get Queue Summary.',
			},
		],
		default: 'addTask',
	},
	...addTaskDescription,
	...respoolDescription,
	...scheduleDescription,
	...removeContactDescription,
	...removeScheduledDescription,
	...uploadBaseDescription,
];
