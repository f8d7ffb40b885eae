import type { INodePropertyOptions, INodeProperties } from 'n8n-workflow';

import { optionsCollection } from '../../../shared/fields';
import { listOrNothing, sendAs } from '../../../shared/send';

const getReport = { resource: ['errand'], operation: ['getReport'] };

/** The parts of an errand report (attributes of c3_errand_reports), for sparse fields. */
export const REPORT_FIELDS: INodePropertyOptions[] = [
	{ name: 'Actions', value: 'actions', description: 'What happened to the errand, with times and agents' },
	{ name: 'Basic', value: 'basic', description: 'Status, channel, area, agent, addresses, subject, body, dates' },
	{ name: 'Changed', value: 'changed', description: 'Whether the errand was on the changed list' },
	{ name: 'Database ID', value: 'c3_id' },
	{ name: 'Extended', value: 'extended', description: 'Answer, tags and feedback' },
	{ name: 'SLA', value: 'sla', description: 'Response and handling times, expiry, within SLA' },
];

export const errandGetReportDescription: INodeProperties[] = [
	{
		displayName: 'Errand ID',
		name: 'errandId',
		type: 'string',
		required: true,
		default: '',
		placeholder: '101',
		displayOptions: { show: getReport },
		description: 'Database ID of the errand (e.g. from Get Changed IDs)',
	},
	optionsCollection({
		displayOptions: { show: getReport },
		options: [
			{
				displayName: 'Fields',
				name: 'fields',
				type: 'multiOptions',
				options: REPORT_FIELDS,
				default: [],
				description: 'Only fetch these parts of the report (JSON:API sparse fields). Leave empty for all.',
				routing: { send: sendAs('query', 'fields[c3_errand_reports]', listOrNothing, false) },
			},
		],
	}),
];
