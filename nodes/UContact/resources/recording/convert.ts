import type { IDataObject, IExecuteSingleFunctions, INodeProperties } from 'n8n-workflow';

import { serverTimeZone, toFolder } from '../../helpers/dates';
import { inputError } from '../../../shared/parameters';
import { recordingGuidField } from '../common';

const show = { resource: ['recording'], operation: ['convert'] };

export const convertDescription: INodeProperties[] = [
	recordingGuidField(show, 'guid'),
	{
		displayName: 'Call Date or Folder',
		name: 'callDate',
		type: 'string',
		default: '={{ $json.calldate }}',
		placeholder: '2016-01-18 10:22:11',
		description: 'The call date of the record, or its day folder (20160118). Leave empty when the recording is not in a day folder.',
		displayOptions: { show },
	},
];

export async function buildConvert(this: IExecuteSingleFunctions, body: IDataObject): Promise<void> {
	const value = this.getNodeParameter('callDate', '') as unknown;
	const empty = value === undefined || value === null || String(value).trim() === '';
	const folder = empty ? '' : toFolder(value, await serverTimeZone(this, this.getItemIndex()));
	if (folder === undefined) {
		throw inputError(this.getNode(), this.getItemIndex(), `Call Date or Folder is not a date: "${String(value)}"`, 'Use the calldate of the record (2016-01-18 10:22:11) or a folder such as 20160118.');
	}
	body.folder = folder;
}
