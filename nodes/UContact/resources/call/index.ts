import type { INodeProperties } from 'n8n-workflow';

import { integraRoute } from '../../transport';
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
					endpoint: 'Agents/HungupPhone',
					label: 'hang up the phone',
					answer: 'ok',
					required: { phone: 'Agent Phone' },
					echo: ['phone'],
					hint: 'Check that the phone belongs to a logged-in agent and has a call.',
				}),
			},
			{
				name: 'Originate',
				value: 'originate',
				action: 'Originate a call from an agent',
				description:
					'Ring an agent\'s phone, then call the destination once the agent answers. Returns the call GUID (for Set Disposition and Recording Search). The agent\'s phone comes from uContact (the agent\'s extension).',
				routing: integraRoute({
					endpoint: 'Agents/AgentCall',
					label: 'originate the call',
					answer: 'guid',
					required: { agent: 'Agent', phone: 'Agent Phone', destination: 'Destination', outqueue: 'Outbound Campaign', context: 'Agent Context' },
					echo: ['agent', 'phone', 'destination', 'outqueue'],
					hint: 'Check that the agent exists and uses this phone, that the campaign is an outbound campaign of this agent, and the agent context.',
				}),
			},
			{
				name: 'Run Voice Workflow',
				value: 'runWorkflow',
				action: 'Run a voice workflow',
				description:
					'Start a voice workflow of the dial plan with the given values. Returns success. Context and extension name the workflow as configured in uContact.',
				routing: integraRoute({
					endpoint: 'admin/CallWorkflow',
					label: 'run the voice workflow',
					answer: 'ok',
					required: { context: 'Context', extension: 'Extension' },
					build: buildRunWorkflow,
					echo: ['context', 'extension'],
					hint: 'Check the context and extension of the workflow in uContact.',
				}),
			},
			{
				name: 'Set Disposition',
				value: 'disposition',
				action: 'Set the disposition of a call',
				description:
					'Classify a finished call with the campaign\'s disposition levels, which can trigger dialer actions. Returns success. The call GUID comes from Originate or Recording Search.',
				routing: integraRoute({
					endpoint: 'api/DispositionCall',
					label: 'set the disposition',
					answer: 'ok',
					required: { campaign: 'Campaign', agent: 'Agent', guid: 'Call GUID', l1: 'Disposition Level 1' },
					build: buildDisposition,
					echo: ['guid', 'campaign', 'l1', 'l2', 'l3'],
					hint: 'Check that the dispositions exist for this campaign in uContact and that the GUID is a call of the campaign.',
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
