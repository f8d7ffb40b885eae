import type { INodeProperties, PreSendAction } from 'n8n-workflow';

import { sendAs } from '../../../shared/send';
import { attachBinaryFields, checkIntegrationData, jsonField, requiredText } from '../../transport/send';
import { answerProperties } from './answer';

const create = { resource: ['errand'], operation: ['create'] };
const msg = (field: string) => `data.attributes.msg.${field}`;

/** preSend of Errand Create: the attachments and the JSON fields, each parameter read once. */
export const errandCreateBody: PreSendAction[] = [
	attachBinaryFields,
	jsonField('templateParams', 'data.attributes.watemplate.params', 'Template Parameters', 'array'),
	jsonField('additionalFields.extradata', 'data.attributes.extradata', 'Extra Data', 'object'),
	jsonField('additionalFields.integrationData', 'data.attributes.integrationData', 'Integration Data', 'object', checkIntegrationData),
];

export const errandCreateDescription: INodeProperties[] = [
	{
		displayName: 'Create As',
		name: 'mode',
		type: 'options',
		options: [
			{
				name: 'Closed Errand With Answer',
				value: 'closed',
				description: 'Stored as already answered and closed; it does not show in the agents\' New workflow',
			},
			{
				name: 'Open Errand',
				value: 'open',
				description: 'A new errand agents see and answer in Cention',
			},
			{
				name: 'WhatsApp Template',
				value: 'whatsappTemplate',
				description: 'Send a WhatsApp template message as a manual errand',
			},
		],
		default: 'open',
		description: 'A new errand for the agents, an errand already closed with an answer, or a WhatsApp template message',
		displayOptions: { show: create },
	},
	{
		displayName: 'From',
		name: 'from',
		type: 'string',
		required: true,
		default: '',
		placeholder: 'david.liew@example.com',
		displayOptions: { show: create },
		description: "The writer's address: email address for the email and web form channels, phone number for WhatsApp",
		routing: { send: sendAs('body', msg('from'), requiredText('From', "Cention needs the writer's address to create an errand.")) },
	},
	{
		displayName: 'Name',
		name: 'name',
		type: 'string',
		default: '',
		placeholder: 'David Liew',
		displayOptions: { show: create },
		description: "The writer's name",
		routing: { send: { type: 'body', property: msg('name') } },
	},
	{
		displayName: 'Subject',
		name: 'subject',
		type: 'string',
		default: '',
		description: 'Subject of the errand',
		displayOptions: { show: create },
		routing: { send: { type: 'body', property: msg('subject') } },
	},
	{
		displayName: 'Body',
		name: 'body',
		type: 'string',
		typeOptions: { rows: 4 },
		default: '',
		displayOptions: { show: create },
		description: 'Plain-text message',
		routing: { send: { type: 'body', property: msg('body') } },
	},
	{
		displayName: 'Attachment Fields',
		name: 'attachmentFields',
		type: 'string',
		default: '',
		placeholder: 'data, invoice',
		displayOptions: { show: create },
		description:
			'Binary fields of the input item to attach to the message, separated by commas. Leave empty for no attachments.',
	},
	...answerProperties(
		{ ...create, mode: ['closed', 'whatsappTemplate'] },
		{ ...create, mode: ['closed'] },
	),
	{
		displayName: 'Template Element Name',
		name: 'templateElementName',
		type: 'string',
		required: true,
		default: '',
		displayOptions: { show: { ...create, mode: ['whatsappTemplate'] } },
		description: 'Element name of the approved WhatsApp template',
		routing: {
			send: sendAs(
				'body',
				'data.attributes.watemplate.elementname',
				requiredText('Template Element Name', 'WhatsApp needs the name of the template to send.'),
			),
		},
	},
	{
		displayName: 'Template Namespace',
		name: 'templateNamespace',
		type: 'string',
		required: true,
		default: '',
		displayOptions: { show: { ...create, mode: ['whatsappTemplate'] } },
		description: 'Namespace WhatsApp gave the template',
		routing: {
			send: sendAs('body', 'data.attributes.watemplate.namespace', requiredText('Template Namespace', 'WhatsApp needs the namespace of the template.')),
		},
	},
	{
		displayName: 'Template Parameters',
		name: 'templateParams',
		type: 'json',
		default: '[]',
		displayOptions: { show: { ...create, mode: ['whatsappTemplate'] } },
		description: 'JSON array of the template\'s parameters, e.g. [{"default": "$10", "order": "1234"}]',
	},
	{
		displayName: 'Additional Fields',
		name: 'additionalFields',
		type: 'collection',
		placeholder: 'Add Field',
		default: {},
		displayOptions: { show: create },
		options: [
			{
				displayName: 'Customer ID (CUID)',
				name: 'cuid',
				type: 'string',
				default: '',
				placeholder: '5462-13-6485',
				description:
					"The customer's identifier in another system (passport or social security number, CRM ID), stored on the contact card. Cention does not check it for uniqueness.",
				routing: { send: { type: 'body', property: 'data.attributes.cuid' } },
			},
			{
				displayName: 'Extra Data',
				name: 'extradata',
				type: 'json',
				default: '{}',
				description: 'Any JSON object; Cention stores it with the errand as text (e.g. {"case_number": 21345})',
			},
			{
				displayName: 'HTML Body',
				name: 'htmlBody',
				type: 'string',
				typeOptions: { rows: 4 },
				default: '',
				description: 'Rich-text message (email and web form channels)',
				routing: { send: { type: 'body', property: msg('html_body') } },
			},
			{
				displayName: 'Integration Data',
				name: 'integrationData',
				type: 'json',
				default: '{}',
				description:
					'JSON object for an external voice system (only Aventa is supported): integrationName, deviceId, extensionId, destNumber, queueName, queueNumber, and optionally referenceId, link, endSession, pagingNumber, pagingName, extraData',
			},
			{
				displayName: 'Message ID',
				name: 'messageId',
				type: 'string',
				default: '',
				placeholder: 'msgid_1485096554',
				description: 'A string that identifies the message uniquely (e.g. the email Message-ID)',
				routing: { send: { type: 'body', property: msg('message_id') } },
			},
		],
	},
];
