import type { INodeProperties } from 'n8n-workflow';

import { receiveChangedErrands, receiveDocument, receiveMarkedErrands } from '../../transport/receive';
import { ENDPOINTS } from '../../transport/endpoints';
import { route } from '../../../shared/endpoint';
import { errandIdList, requireId } from '../../transport/send';
import { returnAllFields } from '../../../shared/fields';
import { errandCloseDescription } from './close';
import { errandCreateBody, errandCreateDescription } from './create';
import { errandGetReportDescription } from './getReport';
import { errandMarkChangedDescription } from './markChanged';


export const errandDescription: INodeProperties[] = [
	{
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: { resource: ['errand'] } },
		options: [
			{
				name: 'Close',
				value: 'close',
				action: 'Close an errand with an answer',
				description:
					'Answer and close an open errand (needs the "Create Errand" claim). Returns success. The errand ID comes from Create, Get Changed Errands or the Cention Trigger.',
				routing: {
					request: route(ENDPOINTS.closeErrand, { body: { data: { type: 'c3_end_errands', attributes: {} } } }),
					output: { postReceive: [receiveDocument(ENDPOINTS.closeErrand)] },
				},
			},
			{
				name: 'Create',
				value: 'create',
				action: 'Create an errand',
				description:
					'Create an errand from a customer\'s message, with attachments; optionally closed with an answer or sent as a WhatsApp template (needs the "Create Errand" claim). Returns the new errand ID.',
				routing: {
					request: route(ENDPOINTS.createErrand, {
						body: { data: { type: 'c3_new_errands', attributes: { msg: {} } } }
					}),
					send: { preSend: errandCreateBody },
					output: { postReceive: [receiveDocument(ENDPOINTS.createErrand)] },
				},
			},
			{
				name: 'Get Changed IDs',
				value: 'getChangedIds',
				action: 'Get changed errands',
				description:
					'List the errands whose content changed since their report was last fetched (needs "Access to errand data"). Returns one item per errand with its ID and status, for Get Report.',
				routing: {
					request: route(ENDPOINTS.changedErrands),
					output: { postReceive: [receiveChangedErrands(ENDPOINTS.changedErrands)] },
				},
			},
			{
				name: 'Get Report',
				value: 'getReport',
				action: 'Get an errand report',
				description:
					'Get the full report of an errand and clear its changed flag (needs "Access to errand data"). Returns its actions, basic data, answer, tags and SLA. The errand ID comes from Get Changed Errands, Create or the Cention Trigger.',
				routing: {
					request: route(ENDPOINTS.errandReport),
					send: { preSend: [requireId('errandId', 'Errand ID')] },
					output: { postReceive: [receiveDocument(ENDPOINTS.errandReport)] },
				},
			},
			{
				name: 'Mark as Changed',
				value: 'markChanged',
				action: 'Mark errands as changed',
				description:
					'Put errands on the changed list so the next sync picks them up (needs "Access to errand data"). Returns one item per errand with its ID and status. Errand IDs come from Create or the Cention Trigger.',
				routing: {
					request: route(ENDPOINTS.markErrandsChanged, { body: { data: { type: 'c3_dirty_errand_list', attributes: {} } } }),
					send: { preSend: [errandIdList] },
					output: { postReceive: [receiveMarkedErrands(ENDPOINTS.markErrandsChanged)] },
				},
			},
		],
		default: 'create',
	},
	...errandCreateDescription,
	...errandCloseDescription,
	...errandGetReportDescription,
	...errandMarkChangedDescription,
	...returnAllFields({ resource: ['errand'], operation: ['getChangedIds'] }),
];
