import { NodeConnectionTypes } from 'n8n-workflow';
import type { INodeType, INodeTypeDescription } from 'n8n-workflow';

import { getScriptAnswers, getScriptQuestions, getScripts } from './methods/loadOptions';
import { callbackDescription } from './resources/callback';
import { callRecordingDescription } from './resources/callRecording';
import { chatDescription } from './resources/chat';
import { contactDescription } from './resources/contact';
import { contactDataDescription } from './resources/contactData';
import { contactRemarkDescription } from './resources/contactRemark';
import { customerConsentDescription } from './resources/customerConsent';
import { emailDescription } from './resources/email';
import { messageDescription } from './resources/message';
import { s3AttachmentDescription } from './resources/s3Attachment';
import { scriptDescription } from './resources/script';
import { scriptResultDescription } from './resources/scriptResult';
import { guardedRequests } from '../shared/requestGuard';
import { describedForAgents } from '../shared/toolDescription';
import { sinchAgentView } from './helpers/agentView';
import { offsetPages, onePerRequest } from './transport/paging';
import { SINCH_UNAUTHORIZED, sinchPathIds, sinchRequestDefaults } from './transport';

export class SinchContactPro implements INodeType {
	description: INodeTypeDescription = {
		displayName: 'Sinch Contact Pro',
		name: 'sinchContactPro',
		icon: { light: 'file:sinchContactPro.svg', dark: 'file:sinchContactPro.dark.svg' },
		group: ['transform'],
		version: 1,
		subtitle: '={{$parameter["operation"] + ": " + $parameter["resource"]}}',
		description:
			'Work with Sinch Contact Pro contacts, callbacks, emails, chats, call recordings, script results, attached data, messages and consents',
		defaults: { name: 'Sinch Contact Pro' },
		usableAsTool: true,
		inputs: [NodeConnectionTypes.Main],
		outputs: [NodeConnectionTypes.Main],
		credentials: [{ name: 'sinchContactProApi', required: true }],
		requestDefaults: sinchRequestDefaults,
		requestOperations: {
			pagination: onePerRequest(guardedRequests('Sinch Contact Pro', offsetPages, { unauthorized: SINCH_UNAUTHORIZED, agentView: sinchAgentView })),
		},
		properties: [
			{
				displayName: 'Resource',
				name: 'resource',
				type: 'options',
				noDataExpression: true,
				// Sends every request through the guard above (see nodes/shared/requestGuard.ts) and
				// fills the ids of `/callbacks/{callbackId}`-style urls.
				routing: { send: { paginate: true, preSend: [sinchPathIds] } },
				options: [
					{ name: 'Call Recording', value: 'callRecording' },
					{ name: 'Callback', value: 'callback' },
					{ name: 'Chat', value: 'chat' },
					{ name: 'Contact', value: 'contact' },
					{ name: 'Contact Data', value: 'contactData', description: 'Attached data of phone calls and chats' },
					{ name: 'Contact Remark', value: 'contactRemark' },
					{ name: 'Customer Consent', value: 'customerConsent' },
					{ name: 'Email', value: 'email' },
					{ name: 'Message', value: 'message' },
					{ name: 'S3 Attachment', value: 's3Attachment' },
					{ name: 'Script', value: 'script', description: 'Scripts with their questions and answers' },
					{ name: 'Script Result', value: 'scriptResult' },
				],
				default: 'callback',
			},
			...callRecordingDescription,
			...callbackDescription,
			...chatDescription,
			...contactDescription,
			...contactDataDescription,
			...contactRemarkDescription,
			...customerConsentDescription,
			...emailDescription,
			...messageDescription,
			...s3AttachmentDescription,
			...scriptDescription,
			...scriptResultDescription,
		],
	};

	methods = {
		loadOptions: { getScripts, getScriptQuestions, getScriptAnswers },
	};

	constructor() {
		// Tool descriptions per operation, preSend errors kept for the tool's answer (nodes/shared/toolDescription.ts).
		this.description = describedForAgents(this.description, {
			'contactData.upsert': 'Attaches keys and values to a phone call or chat. Returns success. The contact ID comes from Contact Get Many.',
			'customerConsent.upsert':
				'Records whether a customer consents to a usage (e.g. RECORDING, MARKETING) for an address. Returns success.',
			'scriptResult.upsert':
				"Stores the answers to a script's questions for a contact. Returns success. Script, question and answer IDs come from Script Get; the contact ID from Contact Get Many.",
		});
	}
}
