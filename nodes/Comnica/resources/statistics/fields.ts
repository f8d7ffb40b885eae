import type { IDisplayOptions, INodeProperties } from 'n8n-workflow';

import { binaryOutputField } from '../../../shared/fields';
import { limitFields, periodFields, sortOrder } from '../common';
import { WORKLOG_COLUMNS } from './query';

type Show = NonNullable<IDisplayOptions['show']>;

const listOperations = ['getWorklog', 'getWorklogByAgents'];
const exportOperations = ['exportWorklog', 'exportWorklogByAgents'];
const detailed = { resource: ['statistics'], operation: ['getWorklog', 'exportWorklog'] };
const byAgents = { resource: ['statistics'], operation: ['getWorklogByAgents', 'exportWorklogByAgents'] };
const all = { resource: ['statistics'] };

const multiselect = (displayName: string, name: string, loadOptionsMethod: string, description: string): INodeProperties => ({
	displayName,
	name,
	type: 'multiOptions',
	typeOptions: { loadOptionsMethod },
	default: [],
	description: `${description}. Choose from the list, or specify IDs using an <a href="https://docs.n8n.io/code/expressions/">expression</a>.`,
});

function columnSort(show: Show, options: string[]): INodeProperties {
	const column: INodeProperties = {
		displayName: 'Column',
		name: 'column',
		type: 'options',
		options: options.map((value) => ({ name: value, value })),
		default: '',
		description: 'The column to sort by',
	};
	column.default = options[0];
	return sortOrder(show, column);
}

function exportFields(show: Show): INodeProperties[] {
	return [
		{
			displayName: 'Format',
			name: 'format',
			type: 'options',
			options: [
				{ name: 'CSV', value: 'csv' },
				{ name: 'XLS (Excel)', value: 'xls' },
			],
			default: 'csv',
			description: 'The file format of the export',
			displayOptions: { show },
		},
		{
			displayName: 'All Rows',
			name: 'allRows',
			type: 'boolean',
			default: true,
			displayOptions: { show },
			description: 'Whether the file holds every matching row or only up to a given limit',
		},
		{
			displayName: 'Limit',
			name: 'limit',
			type: 'number',
			typeOptions: { minValue: 1 },
			default: 50,
			displayOptions: { show: { ...show, allRows: [false] } },
			description: 'Max number of results to return',
			routing: { send: { type: 'body', property: 'payload.limit' } },
		},
		binaryOutputField(show, 'The exported file'),
	];
}

export const statisticsFields: INodeProperties[] = [
	...periodFields(all).map((field, index) =>
		index === 0 ? { ...field, description: 'The time range of the statistics (mandatory for Comnica)' } : field,
	),
	{
		displayName: 'Columns',
		name: 'columns',
		type: 'multiOptions',
		options: WORKLOG_COLUMNS.map((value) => ({ name: value, value })),
		default: [],
		displayOptions: { show: detailed },
		description: 'Columns of the log entries to return',
	},
	{
		displayName: 'Filters',
		name: 'worklogFilters',
		type: 'collection',
		placeholder: 'Add Filter',
		default: {},
		displayOptions: { show: detailed },
		options: [
			multiselect('Agent Names or IDs', 'agents', 'getUsers', 'Only entries of these agents'),
			multiselect('Agent State Names or IDs', 'agentStates', 'getOperatorStates', 'Only entries in these agent states'),
			{
				displayName: 'Counts As Work',
				name: 'countsAsWork',
				type: 'boolean',
				default: true,
				description: 'Whether to return only entries that count as work (true) or only those that do not (false)',
			},
			{ displayName: 'Duration From (Seconds)', name: 'durationFrom', type: 'number', default: 0, description: 'Only entries lasting at least this long' },
			{ displayName: 'Duration To (Seconds)', name: 'durationTo', type: 'number', default: 3600, description: 'Only entries lasting at most this long' },
			multiselect('Project Names or IDs', 'projects', 'getProjects', 'Only entries of these projects'),
			multiselect('Queue Names or IDs', 'queues', 'getQueues', 'Only entries in these queues'),
		],
	},
	{
		displayName: 'Agent State Column Names or IDs',
		name: 'stateColumns',
		type: 'multiOptions',
		typeOptions: { loadOptionsMethod: 'getOperatorStateNames' },
		default: [],
		displayOptions: { show: byAgents },
		description:
			'Besides user and the sums, one column (seconds) per agent state. Choose from the list, or specify IDs using an <a href="https://docs.n8n.io/code/expressions/">expression</a>.',
	},
	columnSort({ resource: ['statistics'], operation: ['getWorklog', 'exportWorklog'] }, WORKLOG_COLUMNS),
	columnSort(byAgents, ['user', 'sum_all', 'sum_counts_as_work']),
	...limitFields({ resource: ['statistics'], operation: listOperations }),
	...exportFields({ resource: ['statistics'], operation: exportOperations }),
];
