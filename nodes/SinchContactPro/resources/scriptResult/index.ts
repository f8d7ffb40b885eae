import type { INodeProperties } from 'n8n-workflow';

import { idField, listFields } from '../../helpers/fields';
import { ENDPOINTS, POST_REQUEST, preSend, receiveList, receiveOne, receiveWrite } from '../../transport';
import { route } from '../../../shared/endpoint';
import { scriptResultUpsertDescription } from './upsert';

const resource = 'scriptResult';

export const scriptResultDescription: INodeProperties[] = [
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
				action: 'Add or update script results',
				description: 'Create a new record, or update the current one if it already exists (upsert)',
				routing: {
					request: route(ENDPOINTS.scriptResult.upsert, POST_REQUEST),
					send: { preSend: [preSend.scriptResults, preSend.jsonBody] },
					output: { postReceive: [receiveWrite(ENDPOINTS.scriptResult.upsert)] },
				},
			},
			{
				name: 'Get',
				value: 'get',
				action: 'Get a script result',
				description:
					'Get one script result. Returns its contact, script, question and answer. The script result ID comes from Script Result Get Many.',
				routing: {
					request: route(ENDPOINTS.scriptResult.get),
					send: { preSend: [preSend.requireIds(['scriptResultId', 'Script Result ID'])] },
					output: { postReceive: [receiveOne(ENDPOINTS.scriptResult.get)] },
				},
			},
			{
				name: 'Get Many',
				value: 'getAll',
				action: 'Get many script results',
				description:
					'List script results, optionally filtered (e.g. by contact). Returns one item per answer with its contact, script, question and answer.',
				routing: {
					request: route(ENDPOINTS.scriptResult.getAll),
					send: { preSend: [preSend.listQuery] },
					output: { postReceive: [receiveList(ENDPOINTS.scriptResult.getAll)] },
				},
			},
		],
		default: 'getAll',
	},
	idField(resource, ['get'], 'scriptResultId', 'Script Result ID', 'ID of the script result (32 characters)'),
	...listFields(resource, { filterExample: 'contact_id' }),
	...scriptResultUpsertDescription,
];
