import type { INodeProperties } from 'n8n-workflow';

import { ENDPOINTS, integraRoute } from '../../transport';
import { buildDisposition, dispositionDescription } from './disposition';
import { hangUpDescription } from './hangUp';
import { originateDescription } from './originate';
import { buildRunWorkflow, runWorkflowDescription } from './runWorkflow';

export const callDescription: INodeProperties[] = [
	{
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: { resource: ['call'] } },
		options: [
			{
				name: 'Hang Up',
				value: 'hangUp',
				action: 'Hang up the phone of an agent',
				description:
					'End the current call on an agent\'s phone, given by the agent\'s phone or extension. Returns success.',
				routing: integraRoute({
					endpoint: ENDPOINTS.call.hangUp,
					answer: 'ok',
					required: { phone: 'Agent Phone' },
					echo: ['phone'],
				}),
			},
			{
				name: 'Originate',
				value: 'originate',
				action: 'Originate a call from an agent',
				description:
					'Ring an agent\'s phone, then call the destination once the agent answers. Returns the call GUID (for Set Disposition and Recording Search). The agent\'s phone comes from uContact (the agent\'s extension).',
				routing: integraRoute({
					endpoint: ENDPOINTS.call.originate,
					answer: 'guid',
					required: { agent: 'Agent', phone: 'Agent Phone', destination: 'Destination', outqueue: 'Outbound Campaign', context: 'Agent Context' },
					echo: ['agent', 'phone', 'destination', 'outqueue'],
				}),
			},
			{
				name: 'Run Voice Workflow',
				value: 'runWorkflow',
				action: 'Run a voice workflow',
				description:
					'Start a voice workflow of the dial plan with the given values. Returns success. Context and extension name the workflow as configured in uContact.',
				routing: integraRoute({
					endpoint: ENDPOINTS.call.runWorkflow,
					answer: 'ok',
					required: { context: 'Context', extension: 'Extension' },
					build: buildRunWorkflow,
					echo: ['context', 'extension'],
				}),
			},
			{
				name: 'Set Disposition',
				value: 'disposition',
				action: 'Set the disposition of a call',
				description:
					'Classify a finished call with the campaign\'s disposition levels, which can trigger dialer actions. Returns success. The call GUID comes from Originate or Recording Search.',
				routing: integraRoute({
					endpoint: ENDPOINTS.call.disposition,
					answer: 'ok',
					required: { campaign: 'Campaign', agent: 'Agent', guid: 'Call GUID', l1: 'Disposition Level 1' },
					build: buildDisposition,
					echo: ['guid', 'campaign', 'l1', 'l2', 'l3'],
				}),
			},
		],
		default: 'originate',
	},
	...originateDescription,
	...hangUpDescription,
	...dispositionDescription,
	...runWorkflowDescription,
];
