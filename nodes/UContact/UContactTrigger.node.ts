import { NodeConnectionTypes } from 'n8n-workflow';
import type { IDataObject, INodeType, INodeTypeDescription, IWebhookFunctions, IWebhookResponseData } from 'n8n-workflow';

import { optionsCollection } from '../shared/fields';
import { IGNORED, noWebhookRegistration, receiveWebhook, respond, startWorkflow } from '../shared/trigger';
import { setupNotice, webhookTrigger } from '../shared/triggerDescription';
import { testWebhookAuthCredential } from '../shared/webhookAuth';

function isEvent(value: unknown): value is IDataObject & { event: string } {
	return value !== null && typeof value === 'object' && !Array.isArray(value) && typeof (value as IDataObject).event === 'string';
}

export class UContactTrigger implements INodeType {
	description: INodeTypeDescription = {
		displayName: 'uContact Trigger',
		name: 'uContactTrigger',
		icon: { light: 'file:ucontact.svg', dark: 'file:ucontact.dark.svg' },
		...webhookTrigger(),
		subtitle: '={{$parameter["events"].join(", ")}}',
		description: 'Starts the workflow on uContact webhook notifications: agent events and finished or classified interactions',
		defaults: { name: 'uContact Trigger' },
		inputs: [],
		outputs: [NodeConnectionTypes.Main],
		credentials: [{ name: 'uContactWebhookApi', required: false, testedBy: 'uContactWebhookTest' }],
		properties: [
			setupNotice(
				'Set up webhook notifications in the uContact portal and paste the Production URL above as their address. Each notification is a JSON POST with event and date.',
			),
			{
				displayName: 'Events',
				name: 'events',
				type: 'multiOptions',
				required: true,
				options: [
					{ name: 'Agent Break', value: 'AgentBreak', description: 'An agent started or ended a break (agent, motive, isBreak)' },
					{ name: 'Agent Log In or Out', value: 'AgentLog', description: 'An agent logged in or out (agent, isLogin)' },
					{
						name: 'Agent Ring No Answer',
						value: 'AgentRingNoAnswer',
						description: 'A call rang an agent who did not answer (agent, agentNumber, agentFullName, callerIdNum, campaign)',
					},
					{ name: 'Interaction Disposition', value: 'InteractionDisposition', description: 'A telephony interaction was given a disposition' },
					{ name: 'Interaction Finished', value: 'FinishInteraction', description: 'An interaction of any channel ended (guid, campaign, agent, …)' },
				],
				default: ['AgentBreak', 'AgentLog', 'AgentRingNoAnswer', 'FinishInteraction', 'InteractionDisposition'],
			},
			optionsCollection({
				options: [
					{
						displayName: 'Campaigns',
						name: 'campaigns',
						type: 'string',
						default: '',
						placeholder: 'Ventas->, Soporte<-',
						description: 'Only start for events of these campaigns (comma-separated). Events without a campaign always pass.',
					},
				],
			}),
		],
	};

	methods = {
		credentialTest: { uContactWebhookTest: testWebhookAuthCredential },
	};

	// Notifications are configured in the uContact portal: nothing to register through an API.
	webhookMethods = { default: noWebhookRegistration };

	async webhook(this: IWebhookFunctions): Promise<IWebhookResponseData> {
		const request = await receiveWebhook(this, { credential: 'uContactWebhookApi', realm: 'uContact webhook', expected: 'a uContact webhook notification' });
		if (request.refused) return request.refused;
		const received = Array.isArray(request.body) ? (request.body as unknown[]) : [request.body];
		if (received.length === 0 || !received.every(isEvent)) {
			return respond(this, 400, 'Expected a uContact webhook notification: a JSON body with event and date');
		}
		const events = this.getNodeParameter('events', []) as string[];
		const campaigns = String(this.getNodeParameter('options.campaigns', '') ?? '')
			.split(',')
			.map((name) => name.trim())
			.filter((name) => name !== '');
		const wanted = received.filter(
			(event) =>
				events.includes(event.event) &&
				(campaigns.length === 0 || typeof event.campaign !== 'string' || campaigns.includes(event.campaign)),
		);
		if (wanted.length === 0) return respond(this, 200, IGNORED);
		return startWorkflow(this, this.helpers.returnJsonArray(wanted));
	}
}
