import type { INodeProperties } from 'n8n-workflow';

import { receiveChangedRatings, receiveDocument } from '../../transport/receive';
import { ENDPOINTS } from '../../transport/endpoints';
import { route } from '../../../shared/endpoint';
import { requireId } from '../../transport/send';
import { returnAllFields } from '../../../shared/fields';


export const facebookRatingDescription: INodeProperties[] = [
	{
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: { resource: ['facebookRating'] } },
		options: [
			{
				name: 'Get',
				value: 'get',
				action: 'Get a rating',
				description:
					'Get a Facebook page rating and clear its changed flag (needs "Access to errand data"). Returns its message and reviewer. The rating ID comes from Get Changed Ratings.',
				routing: {
					request: route(ENDPOINTS.facebookRating),
					send: { preSend: [requireId('ratingId', 'Rating ID')] },
					output: { postReceive: [receiveDocument(ENDPOINTS.facebookRating)] },
				},
			},
			{
				name: 'Get Changed IDs',
				value: 'getChangedIds',
				action: 'Get changed ratings',
				description:
					'List the Facebook ratings that changed since they were last fetched (needs "Access to errand data"). Returns one item per rating with its ID and status, for Get.',
				routing: {
					request: route(ENDPOINTS.changedRatings),
					output: { postReceive: [receiveChangedRatings(ENDPOINTS.changedRatings)] },
				},
			},
		],
		default: 'getChangedIds',
	},
	{
		displayName: 'Rating ID',
		name: 'ratingId',
		type: 'string',
		required: true,
		default: '',
		placeholder: '3',
		displayOptions: { show: { resource: ['facebookRating'], operation: ['get'] } },
		description: 'Database ID of the rating (e.g. from Get Changed IDs)',
	},
	...returnAllFields({ resource: ['facebookRating'], operation: ['getChangedIds'] }),
];
