import { NodeConnectionTypes } from 'n8n-workflow';
import type { IDataObject, INodeType, INodeTypeDescription, IWebhookFunctions, IWebhookResponseData } from 'n8n-workflow';

import { vendorRequest } from '../shared/request';
import { IGNORED, noWebhookRegistration, receiveWebhook, respond, startWorkflow } from '../shared/trigger';
import { setupNotice, webhookTrigger } from '../shared/triggerDescription';
import { testWebhookAuthCredential } from '../shared/webhookAuth';
import { api, ENDPOINTS } from './transport';

const RECORD_SAVE = 'cc.record.save';

export class ComnicaTrigger implements INodeType {
	description: INodeTypeDescription = {
		displayName: 'Comnica Trigger',
		name: 'comnicaTrigger',
		icon: { light: 'file:comnica.svg', dark: 'file:comnica.dark.svg' },
		...webhookTrigger(),
		subtitle: '={{$parameter["events"].join(", ")}}',
		description: 'Starts the workflow when Comnica saves a record or an identification changes state',
		defaults: { name: 'Comnica Trigger' },
		inputs: [],
		outputs: [NodeConnectionTypes.Main],
		credentials: [
			{ name: 'comnicaWebhookApi', required: false, testedBy: 'comnicaWebhookTest' },
			{ name: 'comnicaApi', required: true, displayOptions: { show: { loadRecord: [true] } } },
		],
		properties: [
			setupNotice(
				'Comnica sets up webhooks on request: send Comnica support the Production URL above for each project. Comnica sends every event once and never retries.',
			),
			{
				displayName: 'Events',
				name: 'events',
				type: 'multiOptions',
				required: true,
				options: [
					{
						name: 'Identification State Changed',
						value: 'i12n.record.state.change',
						description: 'A video identification record changed state (i12n.record.state.change)',
					},
					{
						name: 'Record Saved',
						value: RECORD_SAVE,
						description: 'A CC record was saved or closed by an agent or on the admin site (cc.record.save)',
					},
				],
				default: [RECORD_SAVE],
			},
			{
				displayName: 'Reasons',
				name: 'reasons',
				type: 'multiOptions',
				options: [
					{ name: 'Edited on the Admin Site', value: 'site.edit' },
					{ name: 'No Reason (Usual State Change)', value: 'null' },
					{ name: 'Not Checked in Time', value: 'review_timeout' },
					{ name: 'Not Made Ready in Time', value: 'timeout_before_ready' },
					{ name: 'Not Started in Time', value: 'timeout' },
					{ name: 'Saved and Closed by an Agent', value: 'operator.termination' },
					{ name: 'Saved by an Agent', value: 'operator.save' },
				],
				default: [],
				description: 'Only start for these event reasons. Leave empty for all.',
			},
			{
				displayName: 'Load Full Record',
				name: 'loadRecord',
				type: 'boolean',
				default: false,
				description:
					'Whether to load the saved record (contacts, comments, custom data, system columns) into the output, so no second node is needed. Applies to Record Saved events.',
			},
		],
	};

	methods = {
		credentialTest: { comnicaWebhookTest: testWebhookAuthCredential },
	};

	// Comnica's webhooks are configured by Comnica support: nothing to register through an API.
	webhookMethods = { default: noWebhookRegistration };

	async webhook(this: IWebhookFunctions): Promise<IWebhookResponseData> {
		const request = await receiveWebhook(this, { credential: 'comnicaWebhookApi', realm: 'Comnica webhook', expected: 'a Comnica webhook' });
		if (request.refused) return request.refused;
		const body = request.body as IDataObject | undefined;
		if (!body || typeof body !== 'object' || typeof body.event !== 'string') {
			return respond(this, 400, 'Expected a Comnica webhook: a JSON body with event, event_reason and payload');
		}
		const events = this.getNodeParameter('events', []) as string[];
		const reasons = this.getNodeParameter('reasons', []) as string[];
		const reason = body.event_reason === null || body.event_reason === undefined ? 'null' : String(body.event_reason);
		if (!events.includes(body.event) || (reasons.length > 0 && !reasons.includes(reason))) return respond(this, 200, IGNORED);

		const item: IDataObject = { ...body };
		const recordId = (body.payload as IDataObject | undefined)?.record_id;
		if (this.getNodeParameter('loadRecord', false) && body.event === RECORD_SAVE && recordId !== undefined) {
			// Comnica ignores the answer and never retries: answer now, then load the record.
			respond(this, 200, 'Workflow was started');
			try {
				item.record = (await vendorRequest(this, api, ENDPOINTS.record.load, { body: { id: recordId } })) as IDataObject;
			} catch (error) {
				item.record = null;
				item.recordError = (error as Error).message;
			}
		}
		return startWorkflow(this, this.helpers.returnJsonArray(item));
	}
}
