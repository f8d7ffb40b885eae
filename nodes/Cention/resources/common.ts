import type { INodeProperties } from 'n8n-workflow';

/** Return All / Limit for operations whose answer is one complete list. */
export function listProperties(resource: string, operations: string[]): INodeProperties[] {
	return [
		{
			displayName: 'Return All',
			name: 'returnAll',
			type: 'boolean',
			default: false,
			displayOptions: { show: { resource: [resource], operation: operations } },
			description: 'Whether to return all results or only up to a given limit',
		},
		{
			displayName: 'Limit',
			name: 'limit',
			type: 'number',
			typeOptions: { minValue: 1 },
			default: 50,
			displayOptions: { show: { resource: [resource], operation: operations, returnAll: [false] } },
			description: 'Max number of results to return',
		},
	];
}

/** Where downloaded files go on the output item. */
export function binaryPropertyProperty(resource: string, operations: string[]): INodeProperties {
	return {
		displayName: 'Put Output File in Field',
		name: 'binaryPropertyName',
		type: 'string',
		default: 'data',
		required: true,
		displayOptions: { show: { resource: [resource], operation: operations } },
		hint: 'The name of the output binary field to put the file in',
	};
}

/** The "inline images as data URLs" switch of the library endpoints (`data_url`). */
export function dataUrlOption(): INodeProperties {
	return {
		displayName: 'Embed Images as Data URLs',
		name: 'dataUrl',
		type: 'boolean',
		default: false,
		description:
			'Whether Cention should put images inlined in library questions into the text as data URLs (base64), so no separate download is needed',
		routing: { send: { type: 'query', property: 'data_url', value: '={{ $value ? "true" : undefined }}' } },
	};
}
