import type { INodeProperties } from 'n8n-workflow';

import { optionsCollection } from '../../shared/fields';
import { setupNotice } from '../../shared/triggerDescription';

const dataQuery = { show: { event: ['dataQuery'] } };
const endOfCall = { show: { event: ['endOfCall'] } };
/** Inside a collection, root parameters are addressed with a leading slash. */
const endOfCallOption = { show: { '/event': ['endOfCall'] } };

/** The trigger's parameters: one Event choice, then what that event needs. */
export const triggerProperties: INodeProperties[] = [
	setupNotice(
		'In the VIPeX admin, create an API client connection of the kind chosen under Event and paste the Production URL above as its URL. Data Query and Incoming Call Notification may use GET or POST; End of Call uses POST. Set the same Basic auth or API key as in the credential.',
	),
	{
		displayName: 'Event',
		name: 'event',
		type: 'options',
		noDataExpression: true,
		options: [
			{
				name: 'Data Query',
				value: 'dataQuery',
				description:
					'The call flow asks for data to route the call (Adatlekérdezés); the workflow builds the answer while the caller waits',
			},
			{
				name: 'End of Call',
				value: 'endOfCall',
				description:
					'Details of every finished external call with its recordings, about 8–10 s after hang-up (Hívás végi adatküldés)',
			},
			{
				name: 'Incoming Call Notification',
				value: 'incomingCall',
				description:
					'A call arrived, reached a call-flow point, or an extension rings or answers (Bejövő hívás értesítő)',
			},
		],
		default: 'endOfCall',
	},
	{
		displayName:
			"The PBX waits for this answer while the caller is in the call flow: keep the workflow short (a few seconds). The trigger answers with the last node's output, shaped under Answer; no Respond to Webhook node is needed (n8n's answers only behind its own Webhook node).",
		name: 'dataQueryNotice',
		type: 'notice',
		default: '',
		displayOptions: dataQuery,
	},
	{
		displayName: 'Answer',
		name: 'answerOptions',
		type: 'collection',
		placeholder: 'Add option',
		default: {},
		description: "What the PBX gets back when the workflow finishes: by default the last node's first item as JSON",
		displayOptions: dataQuery,
		options: [
			{
				displayName: 'Content Type',
				name: 'responseContentType',
				type: 'string',
				default: '',
				placeholder: 'text/plain',
				description: 'Content-Type header of the answer, e.g. text/plain when only one field is sent',
			},
			{
				displayName: 'Property Name',
				name: 'responsePropertyName',
				type: 'string',
				default: '',
				placeholder: 'extension',
				description: "Send only this field of the last node's first item instead of the whole item (dots for nested fields)",
			},
			{
				displayName: 'Respond With',
				name: 'responseData',
				type: 'options',
				options: [
					{ name: 'All Items', value: 'allEntries', description: "Every item of the last node, as a JSON array" },
					{ name: 'First Item', value: 'firstEntryJson', description: "The last node's first item as JSON (or one field of it, see Property Name)" },
					{ name: 'No Body', value: 'noData', description: 'Only the status code and headers' },
				],
				default: 'firstEntryJson',
			},
			{
				displayName: 'Response Code',
				name: 'responseCode',
				type: 'number',
				typeOptions: { minValue: 100, maxValue: 599 },
				default: 200,
				description: 'HTTP status code of the answer',
			},
			{
				displayName: 'Response Headers',
				name: 'responseHeaders',
				type: 'fixedCollection',
				typeOptions: { multipleValues: true },
				placeholder: 'Add Header',
				default: {},
				description: 'Headers to add to the answer',
				options: [
					{
						displayName: 'Header',
						name: 'entries',
						values: [
							{ displayName: 'Name', name: 'name', type: 'string', default: '' },
							{ displayName: 'Value', name: 'value', type: 'string', default: '' },
						],
					},
				],
			},
		],
	},
	{
		displayName: 'Notifications',
		name: 'moments',
		type: 'options',
		options: [
			{ name: 'All Notifications', value: 'all' },
			{
				name: 'Only Call Arrived or Call-Flow Point',
				value: 'callArrivedOrCallFlow',
				description: 'Notifications without an extension',
			},
			{
				name: 'Only Extension Ringing or Answered',
				value: 'extensionRingingOrAnswered',
				description: 'Notifications that carry the extension (exten)',
			},
		],
		default: 'all',
		description: 'Which notifications start the workflow; the others are acknowledged and ignored',
		displayOptions: { show: { event: ['incomingCall'] } },
	},
	{
		displayName: 'Ignore Repeats Within (Minutes)',
		name: 'duplicateWindow',
		type: 'number',
		typeOptions: { minValue: 0 },
		default: 60,
		description:
			'The PBX resends a call when its timeout passes; a call ID seen within this many minutes (also across n8n restarts) is acknowledged without starting the workflow again. 0 turns this off.',
		hint: 'One execution per call, also in queue mode when the same call reaches several webhook processors: one n8n process decides for this trigger (elected within the Settle Time), the others ask it through this webhook. The PBX gets its 200 once the execution is queued. Exact guarantee: SECURITY.md of the package.',
		displayOptions: endOfCall,
	},
	optionsCollection({
		options: [
			{
				displayName: 'Call ID Field',
				name: 'callIdField',
				type: 'string',
				default: 'id',
				description:
					'Field that identifies a call for Ignore Repeats, when a custom body template renames it (dots for nested fields)',
				displayOptions: endOfCallOption,
			},
			{
				displayName: 'Keep Base64 Recordings in JSON',
				name: 'keepBase64',
				type: 'boolean',
				default: false,
				description:
					'Whether to keep monitor_file (base64) in the JSON as well as in the binary data. Large recordings make items heavy.',
				displayOptions: endOfCallOption,
			},
			{
				displayName: 'PBX Time Zone Name or ID',
				name: 'timeZone',
				type: 'options',
				typeOptions: { loadOptionsMethod: 'getTimeZones' },
				default: 'Europe/Budapest',
				description:
					'Time zone the PBX writes its times in; the ISO 8601 copies (start_time_iso, …) carry its offset. Choose from the list, or specify an ID using an <a href="https://docs.n8n.io/code/expressions/">expression</a>.',
			},
			{
				displayName: 'Put Recordings in Field',
				name: 'binaryPropertyName',
				type: 'string',
				default: 'recording',
				description:
					'Binary property of the call recording; sub-CDR recordings get this name plus _sub_ and their index (recording_sub_0, …), and each record names its own in monitor_file_binary',
				displayOptions: endOfCallOption,
			},
			{
				displayName: 'Settle Time (Ms)',
				name: 'settleMs',
				type: 'number',
				typeOptions: { minValue: 0 },
				default: 1000,
				description:
					'How long a delivery waits before it compares its claim on a call with those of other n8n processes (queue mode: webhook processors). It grows by itself when n8n answers slowly. 0 when a single n8n process receives this workflow\'s webhooks: repeats are then caught in memory.',
				displayOptions: endOfCallOption,
			},
		],
	}),
];
