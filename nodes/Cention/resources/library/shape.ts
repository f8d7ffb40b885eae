import type { INodeProperties } from 'n8n-workflow';

import { receiveDocument } from '../../transport/receive';
import { route } from '../../../shared/endpoint';
import type { Endpoint } from '../../../shared/endpoint';
import { requireId } from '../../transport/send';
import { optionsCollection, returnAllFields } from '../../../shared/fields';
import { dataUrlOption } from '../common';

interface LibraryLike {
	resource: string;
	/** JSON:API type and endpoint, e.g. c3_libraries. */
	type: string;
	/** Singular and plural as users say them. */
	one: string;
	many: string;
	idParameter: string;
	/** E.g. "Library": shown as "Library Name or ID". */
	idLabel: string;
	loadOptionsMethod: string;
	describeGet: string;
	describeGetAll: string;
}

/** Library, External Library and Category answer alike: get one by ID, or all. */
export function libraryLikeDescription(shape: LibraryLike): INodeProperties[] {
	const getAll: Endpoint = { method: 'GET', path: `/json/${shape.type}` };
	const get: Endpoint = { method: 'GET', path: `${getAll.path}/{${shape.idParameter}}` };
	const show = (operation: string[]) => ({ show: { resource: [shape.resource], operation } });
	return [
		{
			displayName: 'Operation',
			name: 'operation',
			type: 'options',
			noDataExpression: true,
			displayOptions: { show: { resource: [shape.resource] } },
			options: [
				{
					name: 'Get',
					value: 'get',
					action: `Get ${shape.one}`,
					description: shape.describeGet,
					routing: {
						request: route(get),
						send: { preSend: [requireId(shape.idParameter, `${shape.idLabel} ID`)] },
						output: { postReceive: [receiveDocument(get)] },
					},
				},
				{
					name: 'Get Many',
					value: 'getAll',
					action: `Get many ${shape.many}`,
					description: shape.describeGetAll,
					routing: {
						request: route(getAll),
						output: { postReceive: [receiveDocument(getAll, { list: true })] },
					},
				},
			],
			default: 'getAll',
		},
		{
			displayName: `${shape.idLabel} Name or ID`,
			name: shape.idParameter,
			type: 'options',
			typeOptions: { loadOptionsMethod: shape.loadOptionsMethod },
			required: true,
			default: '',
			displayOptions: show(['get']),
			description:
				'Choose from the list, or specify an ID using an <a href="https://docs.n8n.io/code/expressions/">expression</a>',
		},
		...returnAllFields({ resource: [shape.resource], operation: ['getAll'] }),
		optionsCollection({
			displayOptions: show(['get', 'getAll']),
			options: [dataUrlOption()],
		}),
	];
}
