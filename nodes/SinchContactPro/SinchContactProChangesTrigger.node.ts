import { NodeConnectionTypes } from 'n8n-workflow';
import type { INodeExecutionData, INodeType, INodeTypeDescription, IPollFunctions } from 'n8n-workflow';

import { optionsCollection } from '../shared/fields';
import { pollingTrigger, setupNotice } from '../shared/triggerDescription';
import { pollChanges } from './helpers/changes';

export class SinchContactProChangesTrigger implements INodeType {
	description: INodeTypeDescription = {
		displayName: 'Sinch Contact Pro Changes Trigger',
		name: 'sinchContactProChangesTrigger',
		icon: { light: 'file:sinchContactPro.svg', dark: 'file:sinchContactPro.dark.svg' },
		...pollingTrigger(),
		subtitle: '={{ ($parameter["event"] === "newOrChanged" ? "New or changed " : "New ") + $parameter["resource"] + "s" }}',
		description: 'Starts the workflow when emails, callbacks, chats or contacts are added or changed in Sinch Contact Pro, by polling the Contact Management Interface',
		defaults: { name: 'Sinch Contact Pro Changes Trigger' },
		inputs: [],
		outputs: [NodeConnectionTypes.Main],
		credentials: [{ name: 'sinchContactProApi', required: true }],
		properties: [
			setupNotice(
				"Polls a Contact Management Interface list and starts the workflow with what was added (or changed) since the last poll. Unlike the Sinch Contact Pro Trigger (Contact Pro calls n8n on chat and call events through an Event-Driven Integration), it needs no setup in System Configurator and also sees emails, callbacks and contacts. The first poll only notes what is there.",
				'pollingNotice',
			),
			{
				displayName: 'Watch',
				name: 'resource',
				type: 'options',
				noDataExpression: true,
				options: [
					{ name: 'Callback', value: 'callback', description: 'Callback requests (GET /callbacks)' },
					{ name: 'Chat', value: 'chat', description: 'Chats (GET /chats)' },
					{ name: 'Contact', value: 'contact', description: 'Phone calls, chats and emails of the reporting database (GET /contacts)' },
					{ name: 'Email', value: 'email', description: 'Emails (GET /emails)' },
				],
				default: 'callback',
			},
			{
				displayName: 'Include Attached Data',
				name: 'includeAttachedData',
				type: 'boolean',
				default: false,
				displayOptions: { show: { resource: ['email'] } },
				description: 'Whether to include the attached data of each email (attached_data)',
			},
			{
				displayName: 'Trigger On',
				name: 'event',
				type: 'options',
				noDataExpression: true,
				options: [
					{ name: 'New Items', value: 'new', description: 'Items whose ID was not in the list before' },
					{ name: 'New and Changed Items', value: 'newOrChanged', description: 'Also items whose fields changed since the last poll' },
				],
				default: 'new',
			},
			{
				displayName: 'Filters',
				name: 'filters',
				type: 'collection',
				placeholder: 'Add Filter',
				default: {},
				options: [
					{
						displayName: 'Queue',
						name: 'queue',
						type: 'string',
						default: '',
						placeholder: 'Web Chat Billing',
						description: 'Only items of this queue: its ID or name (callbacks: also the callback queue number)',
					},
					{
						displayName: 'Status',
						name: 'status',
						type: 'string',
						default: '',
						placeholder: 'Queued',
						description: 'Only items with this status, such as Queued or Handled (callbacks: the last result, such as NO_ANSWER)',
					},
				],
			},
			optionsCollection({
				displayOptions: { show: { event: ['newOrChanged'] } },
				options: [
					{
						displayName: 'Fields That Count as a Change',
						name: 'fields',
						type: 'string',
						default: '',
						placeholder: 'status, lastResult, nextCallTime',
						description: 'Only changes of these fields (comma-separated, as named in the CMI reference) start the workflow. Leave empty for any field.',
					},
				],
			}),
		],
	};

	async poll(this: IPollFunctions): Promise<INodeExecutionData[][] | null> {
		return await pollChanges(this);
	}
}
