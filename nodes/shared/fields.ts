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
		...(description ? { description } : {}),
	};
}
