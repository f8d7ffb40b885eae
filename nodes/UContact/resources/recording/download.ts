import type { IDataObject, IExecuteFunctions, INodeExecutionData, INodeProperties } from 'n8n-workflow';

import { toBinaryData } from '../../../shared/binary';
import { vendorApiError } from '../../../shared/errors';
import { binaryOutputField, optionsCollection } from '../../../shared/fields';
import { serverTimeZone, toFolder } from '../../helpers/dates';
import { nodeError } from '../../helpers/validate';
import { inputError } from '../../../shared/parameters';
import { recordingHosts } from '../../transport';
import type { RecordingFetch } from '../../helpers/recordings';
import { locateRecording } from '../../helpers/recordings';
import { recordingGuidField } from '../common';

const show = { resource: ['recording'], operation: ['download'] };

/** What to do when a recording exists only as GSM (option `gsm`). */
export const GSM_OPTION: INodeProperties = {
	displayName: 'If Only a GSM File Exists',
	name: 'gsm',
	type: 'options',
	options: [
		{
			name: 'Convert to MP3 and Download',
			value: 'convert',
			description: 'Ask uContact to convert it (Supervisor/convert), then download the MP3',
		},
		{ name: 'Download the GSM File', value: 'download', description: 'For players that read GSM audio' },
	],
	default: 'convert',
	description: 'What to do when the recording exists only as a GSM file',
};

export const downloadDescription: INodeProperties[] = [
	recordingGuidField(show),
	{
		displayName: 'Call Date',
		name: 'callDate',
		type: 'string',
		default: '={{ $json.calldate }}',
		placeholder: '2016-01-18 10:22:11',
		description: 'The calldate of the call record: recordings are kept in one folder per day. Without it only the folders without a date are searched.',
		displayOptions: { show },
	},
	optionsCollection({
		displayOptions: { show },
		options: [
			GSM_OPTION,
		],
	}),
	binaryOutputField(show, 'The recording, as an audio file'),
];

async function downloadOne(this: IExecuteFunctions, itemIndex: number): Promise<INodeExecutionData> {
	const guid = String(this.getNodeParameter('guid', itemIndex, '') ?? '').trim();
	if (!/^[A-Za-z0-9][A-Za-z0-9._-]*$/.test(guid)) {
		throw inputError(this.getNode(), itemIndex, guid === '' ? 'Recording GUID is empty' : `Recording GUID "${guid}" is not a recording ID`, 'Use the guid of a call record, e.g. 7e4e7db9-f080-494e-b04b-7c8e47711558.');
	}
	const callDate = this.getNodeParameter('callDate', itemIndex, '') as unknown;
	const hasDate = callDate !== undefined && callDate !== null && String(callDate).trim() !== '';
	const folder = hasDate ? toFolder(callDate, await serverTimeZone(this, itemIndex)) : undefined;
	if (hasDate && folder === undefined) {
		throw inputError(this.getNode(), itemIndex, `Call Date is not a date: "${String(callDate)}"`, 'Use the calldate of the record, e.g. 2016-01-18 10:22:11.');
	}
	const convert = this.getNodeParameter('options.gsm', itemIndex, 'convert') === 'convert';
	const binaryProperty = this.getNodeParameter('binaryPropertyName', itemIndex, 'data') as string;
	const hosts = recordingHosts(await this.getCredentials('uContactApi', itemIndex));
	if (!hosts.telephony) {
		throw inputError(this.getNode(), itemIndex, 'No recordings host is known', 'Set Recordings Host URL in the uContact credential (the Base URL is not a valid address to derive it from).');
	}

	const tried: RecordingFetch[] = [];
	const { found, format, converted } = await locateRecording(this, { hosts, guid, folder, convert, itemIndex }, tried);
	if (!found?.data) {
		const list = tried.map((attempt) => `- ${attempt.url} → ${attempt.outcome}`).join('\n');
		throw vendorApiError(this.getNode(), {
			message: converted
				? `uContact converted recording ${guid}, but no MP3 appeared in the documented places`
				: `Recording ${guid} was not found in any of the documented places`,
			description: `Tried:\n${list}\n${folder ? '' : 'No Call Date was given, so the day folders were not searched. '}Check the GUID and Call Date, and the recording hosts in the uContact credential.`,
			httpCode: 404,
			itemIndex,
			hint: `Check the GUID${folder ? ' and Call Date' : ' and give the Call Date'} of the call record (Recording Search returns both).`,
		});
	}
	const fileName = `${guid}.${format}`;
	const binary = await toBinaryData(this.helpers, { data: found.data, fileName, mimeType: format === 'mp3' ? 'audio/mpeg' : 'audio/x-gsm' });
	const json: IDataObject = { guid, format, fileName, location: found.url, converted, size: found.data.length };
	if (hasDate) json.calldate = String(callDate);
	return { json, binary: { [binaryProperty]: binary }, pairedItem: { item: itemIndex } };
}

/** UC-07: the recording as binary data, tried in the manual's places (mp3, then gsm). */
export async function downloadRecordings(this: IExecuteFunctions): Promise<INodeExecutionData[][]> {
	const output: INodeExecutionData[] = [];
	const items = this.getInputData();
	for (let itemIndex = 0; itemIndex < items.length; itemIndex++) {
		try {
			output.push(await downloadOne.call(this, itemIndex));
		} catch (error) {
			if (!this.continueOnFail()) throw nodeError(this.getNode(), error, itemIndex);
			output.push({ json: { error: (error as Error).message }, pairedItem: { item: itemIndex } });
		}
	}
	return [output];
}
