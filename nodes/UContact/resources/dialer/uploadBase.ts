import type { IDataObject, IExecuteFunctions, INodeExecutionData, INodeProperties } from 'n8n-workflow';

import { optionsCollection } from '../../../shared/fields';
import { alternativesText, baseFileRows, baseLine, dataText, pairsOf } from '../../helpers/dialer';
import { nodeError } from '../../helpers/validate';
import { inputError } from '../../../shared/parameters';
import { vendorRequest } from '../../../shared/request';
import { api, ENDPOINTS, textResult } from '../../transport';
import { alternativesField, campaignField, dataField } from '../common';

const show = { resource: ['dialer'], operation: ['uploadBase'] };
const fromItems = { ...show, baseSource: ['items'] };
const fileShow = { ...show, baseSource: ['binary'] };

export const uploadBaseDescription: INodeProperties[] = [
	campaignField(show, undefined, {
		description:
			'Choose from the list, or specify an ID using an <a href="https://docs.n8n.io/code/expressions/">expression</a>',
		hint: 'Dialer campaign the list is for. Input items with different campaigns are uploaded as one list per campaign.',
	}),
	{
		displayName: 'Source',
		name: 'baseSource',
		type: 'options',
		options: [
			{ name: 'File in a Binary Field', value: 'binary', description: 'One upload per input item, from a file already in uContact\'s format' },
			{ name: 'Input Items', value: 'items', description: 'One row per input item, all uploaded together' },
		],
		default: 'items',
		description: 'Build the list from the input items, or upload a prepared file',
		displayOptions: { show },
	},
	{
		displayName: 'Phone',
		name: 'rowPhone',
		type: 'string',
		required: true,
		default: '={{ $json.phone }}',
		description: 'Main number of the row',
		displayOptions: { show: fromItems },
	},
	alternativesField(fromItems),
	dataField(fromItems),
	{
		displayName: 'Priority',
		name: 'rowPriority',
		type: 'string',
		default: '',
		placeholder: '9999',
		description: 'Optional order of the row in the dialer',
		displayOptions: { show: fromItems },
	},
	{
		displayName: 'Agent Phone',
		name: 'agentPhone',
		type: 'string',
		default: '',
		placeholder: '1001',
		description: 'Optional: for progressive dialers, the phone of the agent who gets the call',
		displayOptions: { show: fromItems },
	},
	{
		displayName: 'Input Binary Field',
		name: 'binaryPropertyName',
		type: 'string',
		required: true,
		default: 'data',
		description: 'The input binary field holding the list file',
		hint: 'The name of the input binary field containing the file. Lines: campaign;phone;k=v:k2=v2;alt1:alt2;priority;agentphone.',
		displayOptions: { show: fileShow },
	},
	{
		displayName: 'Time Zone',
		name: 'timeZone',
		type: 'string',
		default: '',
		placeholder: 'America/Montevideo',
		description:
			'Time zone of the contacts, as in uContact\'s time zone list. Leave empty to upload without one (Dialers/uploadbase); set it to use Dialers/uploadbasewithtimezone.',
		displayOptions: { show },
	},
	optionsCollection({
		displayOptions: { show },
		options: [
			{
				displayName: 'File Name',
				name: 'fileName',
				type: 'string',
				default: '',
				description: 'Name the list gets in uContact. Defaults to the binary file\'s name, or n8n-CAMPAIGN-DATE.txt.',
			},
			{
				displayName: 'Uploaded By',
				name: 'uploadedBy',
				type: 'string',
				default: '',
				description: 'The uContact user recorded as uploading the list. Defaults to the credential user.',
			},
		],
	}),
];

interface Upload {
	itemIndexes: number[];
	campaign: string;
	content: Buffer;
	rows: number;
	fileName: string;
}

async function uploader(context: IExecuteFunctions, itemIndex: number): Promise<string> {
	const given = String(context.getNodeParameter('options.uploadedBy', itemIndex, '') ?? '').trim();
	if (given) return given;
	const credentials = await context.getCredentials<{ authentication?: string; username?: string }>('uContactApi', itemIndex);
	if (credentials.authentication !== 'apiToken' && credentials.username) return credentials.username;
	throw inputError(context.getNode(), itemIndex, 'Uploaded By is empty', 'With an API token uContact cannot tell who uploads: set Options → Uploaded By to a uContact user.');
}

function campaignOf(context: IExecuteFunctions, itemIndex: number): string {
	const campaign = String(context.getNodeParameter('campaign', itemIndex, '') ?? '').trim();
	if (!campaign) throw inputError(context.getNode(), itemIndex, 'Campaign is empty', 'uContact needs the campaign the list is for.');
	return campaign;
}

function rowOf(context: IExecuteFunctions, itemIndex: number, campaign: string): string {
	const value = (name: string) => String(context.getNodeParameter(name, itemIndex, '') ?? '').trim();
	try {
		return baseLine({
			campaign,
			phone: value('rowPhone'),
			data: dataText(pairsOf(context.getNodeParameter('dialerData', itemIndex, {}))),
			alternatives: alternativesText(context.getNodeParameter('alternatives', itemIndex, '')),
			priority: value('rowPriority'),
			agentPhone: value('agentPhone'),
		});
	} catch (error) {
		throw inputError(context.getNode(), itemIndex, `Row of item ${itemIndex + 1}: ${(error as Error).message}`, 'Each row becomes campaign;phone;k=v:k2=v2;alt1:alt2;priority;agentphone, so values cannot contain ; (and data values no :).');
	}
}

function defaultName(campaign: string): string {
	const day = new Date().toISOString().slice(0, 10);
	return `n8n-${campaign.replace(/[^A-Za-z0-9_]+/g, '')}-${day}.txt`;
}

async function send(context: IExecuteFunctions, upload: Upload): Promise<IDataObject> {
	const itemIndex = upload.itemIndexes[0];
	const timeZone = String(context.getNodeParameter('timeZone', itemIndex, '') ?? '').trim();
	const fileName = String(context.getNodeParameter('options.fileName', itemIndex, '') ?? '').trim() || upload.fileName;
	const endpoint = timeZone ? ENDPOINTS.dialer.uploadBaseWithTimeZone : ENDPOINTS.dialer.uploadBase;
	const fields: IDataObject = {
		filename: fileName,
		campaign: upload.campaign,
		cant: upload.rows,
		username: await uploader(context, itemIndex),
		...(timeZone ? { timezone: timeZone } : {}),
		fileb64: upload.content.toString('base64'),
	};
	const { text } = await vendorRequest(context, api, endpoint, { body: fields, itemIndex });
	const result = textResult(context.getNode(), text, { endpoint, sent: fields, itemIndex }, 'ok');
	return { ...result, campaign: upload.campaign, fileName, rows: upload.rows, ...(timeZone ? { timeZone } : {}) };
}

function fromInputItems(context: IExecuteFunctions, failed: INodeExecutionData[]): Upload[] {
	const byCampaign = new Map<string, { itemIndexes: number[]; lines: string[] }>();
	context.getInputData().forEach((_item, itemIndex) => {
		try {
			const campaign = campaignOf(context, itemIndex);
			const line = rowOf(context, itemIndex, campaign);
			const group = byCampaign.get(campaign) ?? { itemIndexes: [], lines: [] };
			group.itemIndexes.push(itemIndex);
			group.lines.push(line);
			byCampaign.set(campaign, group);
		} catch (error) {
			if (!context.continueOnFail()) throw nodeError(context.getNode(), error, itemIndex);
			failed.push({ json: { error: (error as Error).message }, pairedItem: { item: itemIndex } });
		}
	});
	return [...byCampaign.entries()].map(([campaign, group]) => ({
		itemIndexes: group.itemIndexes,
		campaign,
		content: Buffer.from(`${group.lines.join('\n')}\n`, 'utf8'),
		rows: group.lines.length,
		fileName: defaultName(campaign),
	}));
}

async function fromFile(context: IExecuteFunctions, itemIndex: number): Promise<Upload> {
	const campaign = campaignOf(context, itemIndex);
	const property = context.getNodeParameter('binaryPropertyName', itemIndex, 'data') as string;
	const binary = context.helpers.assertBinaryData(itemIndex, property);
	const content = await context.helpers.getBinaryDataBuffer(itemIndex, property);
	const { lines, problem } = baseFileRows(content.toString('utf8'));
	if (problem) throw inputError(context.getNode(), itemIndex, `The file in "${property}" is not a uContact base: ${problem}`, 'Lines: campaign;phone;k=v:k2=v2;alt1:alt2;priority;agentphone.');
	if (lines.length === 0) throw inputError(context.getNode(), itemIndex, `The file in "${property}" has no rows`);
	return { itemIndexes: [itemIndex], campaign, content, rows: lines.length, fileName: binary.fileName ?? defaultName(campaign) };
}

/** UC-15 / UC-16: a dialer list uploaded as base64 text, with or without a time zone. */
export async function uploadBases(this: IExecuteFunctions): Promise<INodeExecutionData[][]> {
	const output: INodeExecutionData[] = [];
	const attempt = async (itemIndexes: number[], work: () => Promise<IDataObject>) => {
		const pairedItem = itemIndexes.map((item) => ({ item }));
		try {
			output.push({ json: await work(), pairedItem });
		} catch (error) {
			if (!this.continueOnFail()) throw nodeError(this.getNode(), error, itemIndexes[0]);
			output.push({ json: { error: (error as Error).message }, pairedItem });
		}
	};
	if (this.getNodeParameter('baseSource', 0, 'items') === 'binary') {
		for (let itemIndex = 0; itemIndex < this.getInputData().length; itemIndex++) {
			await attempt([itemIndex], async () => await send(this, await fromFile(this, itemIndex)));
		}
		return [output];
	}
	for (const upload of fromInputItems(this, output)) {
		await attempt(upload.itemIndexes, async () => await send(this, upload));
	}
	return [output];
}
