import type { INodeProperties } from 'n8n-workflow';

import { bodyFieldsField, listFields, showFor } from '../../helpers/fields';
import { ENDPOINTS, POST_REQUEST, preSend, receiveList, receiveOne, receiveWrite } from '../../transport';
import { route } from '../../../shared/endpoint';
import { sendAs, trimmed } from '../../../shared/send';

const resource = 'customerConsent';
// A consent is addressed as {usage}_{address}, e.g. RECORDING_+358401234567 (CMI reference).
const requireKey = preSend.requireIds(['usage', 'Usage'], ['address', 'Address']);

/** Usage and address; on Create or Update they also go into the body. */
function consentKey(operations: string[], inBody: boolean): INodeProperties[] {
	const body = (property: string) => (inBody ? { routing: { send: sendAs('body', property, trimmed) } } : {});
	return [
		{
			displayName: 'Usage',
			name: 'usage',
			type: 'string',
			required: true,
			default: '',
			placeholder: 'RECORDING',
			displayOptions: showFor(resource, operations),
			description: 'What the consent is for; with the address it forms the consent ID {usage}_{address}',
			...body('usage'),
		},
		{
			displayName: 'Address',
			name: 'address',
			type: 'string',
			required: true,
			default: '',
			placeholder: '+358401234567',
			displayOptions: showFor(resource, operations),
			description: 'Phone number or email address the consent applies to',
			...body('address'),
		},
	];
}

export const customerConsentDescription: INodeProperties[] = [
	{
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: { resource: [resource] } },
		options: [
			{
				name: 'Create or Update',
				value: 'upsert',
				action: 'Add or update a customer consent',
				description: 'Create a new record, or update the current one if it already exists (upsert)',
				routing: {
					request: route(ENDPOINTS.customerConsent.upsert, POST_REQUEST),
					send: { preSend: [preSend.requireBodyIds(['usage', 'Usage'], ['address', 'Address']), preSend.bodyFields()] },
					output: { postReceive: [receiveWrite(ENDPOINTS.customerConsent.upsert)] },
				},
			},
			{
				name: 'Delete',
				value: 'delete',
				action: 'Delete a customer consent',
				description:
					'Delete the consent of an address for a usage. Returns success. Usage and address come from Customer Consent Get Many.',
				routing: {
					request: route(ENDPOINTS.customerConsent.delete),
					send: { preSend: [requireKey] },
					output: { postReceive: [receiveWrite(ENDPOINTS.customerConsent.delete)] },
				},
			},
			{
				name: 'Get',
				value: 'get',
				action: 'Get a customer consent',
				description:
					'Get the consent of an address for a usage. Returns whether it is given and when it was updated. Usage and address come from Customer Consent Get Many.',
				routing: {
					request: route(ENDPOINTS.customerConsent.get),
					send: { preSend: [requireKey] },
					output: { postReceive: [receiveOne(ENDPOINTS.customerConsent.get)] },
				},
			},
			{
				name: 'Get Many',
				value: 'getAll',
				action: 'Get many customer consents',
				description:
					'List customer consents, optionally filtered. Returns one item per consent with its usage, address and whether it is given.',
				routing: {
					request: route(ENDPOINTS.customerConsent.getAll),
					send: { preSend: [preSend.listQuery] },
					output: { postReceive: [receiveList(ENDPOINTS.customerConsent.getAll)] },
				},
			},
		],
		default: 'get',
	},
	...consentKey(['delete', 'get'], false),
	...consentKey(['upsert'], true),
	{
		displayName: 'Consent Given',
		name: 'consent',
		type: 'boolean',
		default: false,
		displayOptions: showFor(resource, ['upsert']),
		description: 'Whether the customer gave this consent; sent as the boolean consent (true or false)',
		routing: { send: { type: 'body', property: 'consent' } },
	},
	bodyFieldsField(
		resource,
		['upsert'],
		'Consent Fields',
		'Further fields of the consent as named in the CMI reference (customerConsents entity)',
	),
	...listFields(resource, { filterExample: 'usage' }),
];
