import type { IDisplayOptions, INodeProperties } from 'n8n-workflow';

/** Where a downloaded file goes on the output item (n8n's usual "Put Output File in Field"). */
export function binaryOutputField(show: NonNullable<IDisplayOptions['show']>, description?: string): INodeProperties {
	return {
		displayName: 'Put Output File in Field',
		name: 'binaryPropertyName',
		type: 'string',
		default: 'data',
		required: true,
		displayOptions: { show },
		hint: 'The name of the output binary field to put the file in',
		description: description ?? 'The file, as binary data of the output item',
	};
}

/** Return All and Limit of a "Get Many" operation; `limitRouting` sends the limit when the API takes one. */
export function returnAllFields(show: NonNullable<IDisplayOptions['show']>, limitRouting?: INodeProperties['routing']): INodeProperties[] {
	return [
		{
			displayName: 'Return All',
			name: 'returnAll',
			type: 'boolean',
			default: false,
			displayOptions: { show },
			description: 'Whether to return all results or only up to a given limit',
		},
		{
			displayName: 'Limit',
			name: 'limit',
			type: 'number',
			typeOptions: { minValue: 1 },
			default: 50,
			displayOptions: { show: { ...show, returnAll: [false] } },
			description: 'Max number of results to return',
			...(limitRouting ? { routing: limitRouting } : {}),
		},
	];
}

/** n8n's usual "Options" collection: settings an operation rarely needs, added one by one. */
export function optionsCollection(collection: Partial<INodeProperties> & Pick<INodeProperties, 'options'>): INodeProperties {
	return { displayName: 'Options', name: 'options', type: 'collection', placeholder: 'Add Option', default: {}, ...collection };
}
