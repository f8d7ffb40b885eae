import type { INodeProperties } from 'n8n-workflow';

import { idField, listFields, queryFilter } from '../../helpers/fields';
import { ENDPOINTS, preSend, receiveList, receiveOne } from '../../transport';
import { route } from '../../../shared/endpoint';
import { sendAs, trueOrFalse } from '../../../shared/send';

const resource = 'email';

// Filters of GET /emails: docs.dev.cc.sinch.com/cloud/api/CMI.html (includeAttachedData,
// language, case_id, cid, limit). The emails list has no offset.
const filters: INodeProperties[] = [
	queryFilter('Case ID', 'case_id', 'Only emails of this case', { placeholder: '21180' }),
	queryFilter('CID', 'cid', 'Only emails with this CID', { placeholder: 'CID44DB84A95D1A' }),
	{
		displayName: 'Include Attached Data',
		name: 'includeAttachedData',
		type: 'boolean',
		default: false,
		description: 'Whether to include the attached data of each email (attached_data)',
		routing: { send: sendAs('query', 'includeAttachedData', trueOrFalse) },
	},
	queryFilter('Language', 'language', 'Two-letter ISO 639 code the translatable values are translated to; default is the user\'s language', {
		placeholder: 'EN',
	}),
];

export const emailDescription: INodeProperties[] = [
	{
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: { resource: [resource] } },
		options: [
			{
				name: 'Get',
				value: 'get',
				action: 'Get an email',
				description:
					'Get one email. Returns its queue, status, addresses, subject and case. The email ID comes from Email Get Many or Contact Get Many.',
				routing: {
					request: route(ENDPOINTS.email.get),
					send: { preSend: [preSend.requireIds(['emailId', 'Email ID'])] },
					output: { postReceive: [receiveOne(ENDPOINTS.email.get)] },
				},
			},
			{
				name: 'Get Many',
				value: 'getAll',
				action: 'Get many emails',
				description:
					'List emails, filtered by case, CID or language. Returns one item per email with its ID, case, subject, addresses and status.',
				routing: {
					request: route(ENDPOINTS.email.getAll),
					send: { preSend: [preSend.listQuery] },
					output: { postReceive: [receiveList(ENDPOINTS.email.getAll)] },
				},
			},
		],
		default: 'getAll',
	},
	idField(resource, ['get'], 'emailId', 'Email ID', 'ID of the email (32 characters), e.g. from Get Many'),
	...listFields(resource, { filters, filterExample: 'case_id' }),
];
