import type { INodeProperties } from 'n8n-workflow';

import { idField, listFields, queryFilter } from '../../helpers/fields';
import { ENDPOINTS, preSend, receiveList, receiveOne } from '../../transport';
import { route } from '../../../shared/endpoint';

const resource = 'script';

// Scripts belong to the configuration interface (RCI, /RI/rci). RCI lists take any field as a
// filter with * and ? wildcards, sort ("-" = descending), offset and limit (default 100):
// docs.cc.sinch.com/onpremise/fp18/api/RCI.html.
const filters: INodeProperties[] = [
	queryFilter('Name', 'name', 'Script name; * and ? are wildcards', { placeholder: 'Customer*' }),
	queryFilter('Sort', 'sort', 'Field(s) to sort by; a "-" in front sorts descending', { placeholder: '-name' }),
];

export const scriptDescription: INodeProperties[] = [
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
				action: 'Get a script',
				description:
					'Get one script. Returns its questions and answers with their IDs (what Script Result Add or Update needs). The script ID comes from Script Get Many.',
				routing: {
					request: route(ENDPOINTS.script.get),
					send: { preSend: [preSend.requireIds(['scriptId', 'Script ID'])] },
					output: { postReceive: [receiveOne(ENDPOINTS.script.get)] },
				},
			},
			{
				name: 'Get Many',
				value: 'getAll',
				action: 'Get many scripts',
				description:
					'List the scripts. Returns one item per script with its ID and name (Script Get gives its questions and answers).',
				routing: {
					request: route(ENDPOINTS.script.getAll),
					send: { preSend: [preSend.listQuery] },
					output: { postReceive: [receiveList(ENDPOINTS.script.getAll)] },
				},
			},
		],
		default: 'getAll',
	},
	{
		...idField(resource, ['get'], 'scriptId', 'Script Name or ID', ''),
		type: 'options',
		typeOptions: { loadOptionsMethod: 'getScripts' },
		description:
			'The script. Choose from the list, or specify an ID using an <a href="https://docs.n8n.io/code/expressions/">expression</a>.',
	},
	...listFields(resource, { filters, filterExample: 'description' }),
];
