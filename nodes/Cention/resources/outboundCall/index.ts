import type { INodeProperties } from 'n8n-workflow';

import { receiveDocument } from '../../transport/receive';
import { ENDPOINTS } from '../../transport/endpoints';
import { route } from '../../../shared/endpoint';
import { requiredText } from '../../transport/send';
import { sendAs, textOrNothing } from '../../../shared/send';

const end = { resource: ['outboundCall'], operation: ['end'] };

function wholeNumber(name: string, label: string): INodeProperties {
	return {
		displayName: label,
		name,
		type: 'number',
		typeOptions: { numberPrecision: 0 },
		required: true,
		default: 0,
		displayOptions: { show: end },
		description: `${label} the agent uses; with the other ID it identifies the agent in Cention`,
		routing: { send: { type: 'body', property: `data.attributes.${name}` } },
	};
}

export const outboundCallDescription: INodeProperties[] = [
	{
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: { resource: ['outboundCall'] } },
		options: [
			{
				name: 'End',
				value: 'end',
				action: 'Notify the end of an outbound call',
				description:
					'Tell Cention that an outbound call of an agent has ended (needs the "Create Errand" claim). Returns success. The errand ID comes from Create or the Cention Trigger: the errand the call belongs to.',
				routing: {
					request: route(ENDPOINTS.endOutboundCall, {
						// The manual's sample says type "c3_end_errands" (copied from Close Errand); a JSON:API
						// server expects the endpoint's own type, which is what is sent here.
						body: { data: { type: 'c3_end_obcall', attributes: {} } }
					}),
					output: { postReceive: [receiveDocument(ENDPOINTS.endOutboundCall)] },
				},
			},
		],
		default: 'end',
	},
	{
		displayName: 'Integration Name',
		name: 'integrationName',
		type: 'string',
		required: true,
		default: 'aventa',
		displayOptions: { show: end },
		description: 'The voice integration that made the call (Cention supports aventa)',
		routing: {
			send: sendAs('body', 'data.attributes.integrationName', requiredText('Integration Name', 'Cention needs to know which integration made the call.')),
		},
	},
	{
		displayName: 'Dialed Number',
		name: 'dialedNumber',
		type: 'string',
		default: '',
		placeholder: '01211112222',
		displayOptions: { show: end },
		description: 'The phone number that was called',
		routing: { send: sendAs('body', 'data.attributes.dialedNumber', textOrNothing) },
	},
	wholeNumber('deviceId', 'Device ID'),
	wholeNumber('extensionId', 'Extension ID'),
];
