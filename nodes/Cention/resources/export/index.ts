import type { INodeProperties } from 'n8n-workflow';

import { receiveExportRows } from '../../transport/receive';
import { ENDPOINTS } from '../../transport/endpoints';
import { route } from '../../../shared/endpoint';
import { exportDates, exportPresets } from '../../transport/send';

const trigger = { resource: ['export'], operation: ['trigger'] };

export const exportDescription: INodeProperties[] = [
	{
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: { resource: ['export'] } },
		options: [
			{
				name: 'Trigger',
				value: 'trigger',
				action: 'Run a preset export',
				description:
					'Generate a preset export of the errands of a period and get its rows (needs the "Access to export API" claim). Returns one item per errand. The export ID comes from Cention: the number of a preset export under Export.',
				routing: {
					request: route(ENDPOINTS.runExport, {
						body: { data: { type: 'c3_trigger_exports', attributes: {} } }
					}),
					send: { preSend: [exportPresets, exportDates] },
					output: { postReceive: [receiveExportRows(ENDPOINTS.runExport)] },
				},
			},
		],
		default: 'trigger',
	},
	{
		displayName: 'Export IDs',
		name: 'exportId',
		type: 'string',
		required: true,
		default: '',
		placeholder: '316, 317',
		displayOptions: { show: trigger },
		description:
			"ID of the export preset in Cention (Statistics → Export; it's in the preset's address). Several presets: separate their IDs with commas. Sent as an array of c3_exports identifiers.",
	},
	{
		displayName: 'Date Basis',
		name: 'useClosureDate',
		type: 'options',
		options: [
			{ name: 'Arrival Date', value: false, description: 'Errands that arrived in the period' },
			{ name: 'Closure Date', value: true, description: 'Errands that were closed in the period' },
		],
		default: false,
		description: 'Whether the period selects errands by arrival or by closure',
		displayOptions: { show: trigger },
		routing: { send: { type: 'body', property: 'data.attributes.use_closure_date' } },
	},
	{
		displayName: 'From Date',
		name: 'errandFromDate',
		type: 'dateTime',
		default: '',
		displayOptions: { show: trigger },
		description: 'First day of the period, sent as YYYY/MM/DD (a date with an offset counts as its day in the workflow\'s time zone). Leave empty to use the preset\'s own range.',
	},
	{
		displayName: 'To Date',
		name: 'errandToDate',
		type: 'dateTime',
		default: '',
		displayOptions: { show: trigger },
		description: 'Last day of the period, sent as YYYY/MM/DD. Leave empty to use the preset\'s own range.',
	},
];
