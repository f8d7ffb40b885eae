import type { INodeProperties } from 'n8n-workflow';

import { ENDPOINTS, integraRoute } from '../../transport';
import { buildConvert, convertDescription } from './convert';
import { downloadDescription } from './download';
import { buildSearch, recordItems, searchDescription } from './search';
import { tagDescription } from './tag';

export { downloadRecordings } from './download';

export const recordingDescription: INodeProperties[] = [
	{
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: { resource: ['recording'] } },
		options: [
			{
				name: 'Convert GSM to MP3',
				value: 'convert',
				action: 'Convert a GSM recording to MP3',
				description:
					'Have uContact convert a recording kept as GSM into MP3. Returns success. The GUID and call date come from Recording Search.',
				routing: integraRoute({
					endpoint: ENDPOINTS.recording.convert,
					answer: 'ok',
					required: { guid: 'Recording GUID' },
					build: buildConvert,
					echo: ['guid', 'folder'],
				}),
			},
			{
				name: 'Download',
				value: 'download',
				action: 'Download a recording',
				description:
					'Get the audio file of a call, looking in every documented place (MP3 first, then GSM). Returns the file (name, type, size) as binary data. The GUID and call date come from Recording Search.',
			},
			{
				name: 'Search',
				value: 'search',
				action: 'Search call recordings',
				description:
					'Find call records by date range and filters (agent, campaign, numbers, duration, tag). Returns one item per call with its GUID, call date, agent, campaign, numbers and duration; the GUID and call date are what Download, Tag and Set Disposition need.',
				routing: integraRoute({
					endpoint: ENDPOINTS.recording.search,
					answer: 'json',
					constant: { Random: 1 },
					build: buildSearch,
					items: recordItems,
				}),
			},
			{
				name: 'Tag',
				value: 'tag',
				action: 'Tag a recording',
				description:
					'Attach a text to a recording; uContact stores it asynchronously. Returns success. The GUID comes from Recording Search or Originate.',
				routing: integraRoute({
					endpoint: ENDPOINTS.recording.tag,
					answer: 'okOrEmpty',
					required: { guid: 'Recording GUID', phone: 'Destination Phone', data: 'Tag' },
					echo: ['guid', 'phone', 'data'],
				}),
			},
		],
		default: 'search',
	},
	...searchDescription,
	...downloadDescription,
	...convertDescription,
	...tagDescription,
];
