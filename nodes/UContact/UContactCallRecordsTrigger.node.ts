import { NodeConnectionTypes } from 'n8n-workflow';
import type { INodeExecutionData, INodeType, INodeTypeDescription, IPollFunctions } from 'n8n-workflow';

import { binaryOutputField, optionsCollection } from '../shared/fields';
import { pollingTrigger, setupNotice } from '../shared/triggerDescription';
import { pollCallRecords } from './helpers/callRecords';
import { getCampaignsOrAll } from './methods/loadOptions';
import { GSM_OPTION } from './resources/recording/download';

export class UContactCallRecordsTrigger implements INodeType {
	description: INodeTypeDescription = {
		displayName: 'uContact Call Records Trigger',
		name: 'uContactCallRecordsTrigger',
		icon: { light: 'file:ucontact.svg', dark: 'file:ucontact.dark.svg' },
		...pollingTrigger(),
		subtitle: '={{ $parameter["downloadRecording"] ? "New call records with recordings" : "New call records" }}',
		description: "Starts the workflow when calls end in uContact, by polling its call records (Cdr/getrecords), optionally with each call's recording",
		defaults: { name: 'uContact Call Records Trigger' },
		inputs: [],
		outputs: [NodeConnectionTypes.Main],
		credentials: [{ name: 'uContactApi', required: true }],
		properties: [
			setupNotice(
				"Polls uContact's call records and starts the workflow with the calls that ended since the last poll. Unlike the uContact Trigger (webhook notifications set up in the portal), it needs no portal setup and can bring each call's recording. The first poll only notes the calls already there.",
				'pollingNotice',
			),
			{
				displayName: 'Campaign Name or ID',
				name: 'campaign',
				type: 'options',
				typeOptions: { loadOptionsMethod: 'getCampaignsOrAll' },
				default: '*',
				description:
					'Only calls of this campaign. Choose from the list, or specify an ID using an <a href="https://docs.n8n.io/code/expressions/">expression</a>.',
			},
			{
				displayName: 'Download Recording',
				name: 'downloadRecording',
				type: 'boolean',
				default: false,
				description:
					"Whether to add each call's recording as binary data, looked up in the four places the uContact manual lists (mp3, then gsm). A call without a recording gets recording: null.",
			},
			binaryOutputField({ downloadRecording: [true] }, 'The recording, as an audio file'),
			optionsCollection({
				options: [
					{ ...GSM_OPTION, displayOptions: { show: { '/downloadRecording': [true] } } },
					{
						displayName: 'Longest Call (Minutes)',
						name: 'longestCall',
						type: 'number',
						typeOptions: { minValue: 1 },
						default: 120,
						description:
							'A call record is added when the call ends but dated when the call started: each poll looks this far back from the newest record. A call longer than this may be missed.',
					},
					{
						displayName: 'Records per Request',
						name: 'pageSize',
						type: 'number',
						typeOptions: { minValue: 1 },
						default: 100,
						description: 'Page size of the search (searchLimit); the pages are read until a short one',
					},
				],
			}),
		],
	};

	methods = {
		loadOptions: { getCampaignsOrAll },
	};

	async poll(this: IPollFunctions): Promise<INodeExecutionData[][] | null> {
		return await pollCallRecords(this);
	}
}
