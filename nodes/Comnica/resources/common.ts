import type { IDisplayOptions, INodeProperties } from 'n8n-workflow';

import { optionsCollection, returnAllFields } from '../../shared/fields';

type Show = NonNullable<IDisplayOptions['show']>;

/** A project picked from the account (Filter Data → projects). */
export function projectSelect(show: Show, description: string): INodeProperties {
	return {
		displayName: 'Project Name or ID',
		name: 'project',
		type: 'options',
		typeOptions: { loadOptionsMethod: 'getProjects' },
		required: true,
		default: '',
		displayOptions: { show },
		description: `${description}. Choose from the list, or specify an ID using an <a href="https://docs.n8n.io/code/expressions/">expression</a>.`,
	};
}

const relativePeriods = [
	{ name: 'Last Month', value: 'last month' },
	{ name: 'Last Week', value: 'last week' },
	{ name: 'Last Year', value: 'last year' },
	{ name: 'This Month', value: 'this month' },
	{ name: 'This Week', value: 'this week' },
	{ name: 'This Year', value: 'this year' },
	{ name: 'Today', value: 'today' },
	{ name: 'Yesterday', value: 'yesterday' },
];

/** Relative period or absolute range; used by filters and the statistics' mandatory interval. */
export function periodFields(show?: Show): INodeProperties[] {
	const displayOptions = show ? { show } : undefined;
	return [
		{
			displayName: 'Period',
			name: 'period',
			type: 'options',
			options: [
				{ name: 'Relative (e.g. Today, Last Week)', value: 'relative' },
				{ name: 'From – To', value: 'absolute' },
			],
			default: 'relative',
			description: 'A named period relative to today, or an exact range',
			displayOptions,
		},
		{
			displayName: 'Relative Period',
			name: 'relative',
			type: 'options',
			options: relativePeriods,
			default: 'today',
			description: 'The period, counted in the Comnica server\'s time',
			displayOptions: { show: { ...(show ?? {}), period: ['relative'] } },
		},
		{
			displayName: 'From',
			name: 'from',
			type: 'dateTime',
			default: '',
			description: 'Start of the range (date and time)',
			displayOptions: { show: { ...(show ?? {}), period: ['absolute'] } },
		},
		{
			displayName: 'To',
			name: 'to',
			type: 'dateTime',
			default: '',
			description: 'End of the range (date and time)',
			displayOptions: { show: { ...(show ?? {}), period: ['absolute'] } },
		},
	];
}

const columnOption = {
	displayName: 'Column Name or ID',
	name: 'column',
	type: 'options' as const,
	typeOptions: { loadOptionsMethod: 'getRecordColumns', loadOptionsDependsOn: ['project'] },
	default: '',
	description:
		'The record column to filter on (system columns and the project\'s data fields). Choose from the list, or specify an ID using an <a href="https://docs.n8n.io/code/expressions/">expression</a>.',
};

/** Comnica's typed filters (manual: "General list queries"), any number of each kind. */
export function recordFilters(show: Show): INodeProperties {
	return {
		displayName: 'Filters',
		name: 'filters',
		type: 'fixedCollection',
		placeholder: 'Add Filter',
		typeOptions: { multipleValues: true },
		default: {},
		displayOptions: { show },
		description: 'Only records matching every filter. Filters on IDs take the IDs of terminations, users etc. (see Filter Data).',
		options: [
			{
				displayName: 'Any of These IDs (Multiselect)',
				name: 'multiselect',
				values: [
					columnOption,
					{
						displayName: 'IDs',
						name: 'ids',
						type: 'string',
						default: '',
						placeholder: '356, 458',
						description: 'Comma-separated IDs, e.g. termination IDs for terminating_code',
					},
				],
			},
			{
				displayName: 'Date / Time',
				name: 'date',
				values: [
					columnOption,
					{
						displayName: 'Column Type',
						name: 'dateType',
						type: 'options',
						options: [
							{ name: 'Date', value: 'date' },
							{ name: 'Date and Time', value: 'datetime' },
							{ name: 'Time', value: 'time' },
						],
						default: 'datetime',
						description: 'What the column holds, as Project Get Fields reports it',
					},
					...periodFields(),
				],
			},
			{
				displayName: 'Number',
				name: 'number',
				values: [
					columnOption,
					{
						displayName: 'Column Type',
						name: 'numberType',
						type: 'options',
						options: [
							{ name: 'Integer', value: 'integer' },
							{ name: 'Number', value: 'number' },
						],
						default: 'integer',
						description: 'Whether the column holds whole numbers or decimals',
					},
					{
						displayName: 'Display Format',
						name: 'displayFormat',
						type: 'options',
						options: [
							{ name: 'Percentage', value: 'percentage' },
							{ name: 'Raw', value: 'raw' },
							{ name: 'Time', value: 'time' },
						],
						default: 'raw',
						description: 'How Comnica shows the number; the filter compares raw values unless it is a percentage or a time',
					},
					{
						displayName: 'From',
						name: 'from',
						type: 'number',
						default: 0,
						description: 'Smallest value to match',
						displayOptions: { show: { match: ['range'] } },
					},
					{
						displayName: 'Match',
						name: 'match',
						type: 'options',
						options: [
							{ name: 'Between', value: 'range' },
							{ name: 'Equal To', value: 'exact' },
						],
						default: 'range',
						description: 'Whether to match a range of values or one value',
					},
					{
						displayName: 'To',
						name: 'to',
						type: 'number',
						default: 0,
						description: 'Largest value to match',
						displayOptions: { show: { match: ['range'] } },
					},
					{
						displayName: 'Value',
						name: 'value',
						type: 'number',
						default: 0,
						description: 'The value to match',
						displayOptions: { show: { match: ['exact'] } },
					},
				],
			},
			{
				displayName: 'One ID (Select)',
				name: 'select',
				values: [columnOption, { displayName: 'ID', name: 'id', type: 'number', default: 0, description: 'The ID to match, e.g. a user ID from Filter Data' }],
			},
			{
				displayName: 'Text',
				name: 'text',
				values: [columnOption, { displayName: 'Value', name: 'value', type: 'string', default: '', description: 'The text to match' }],
			},
			{
				displayName: 'Yes / No',
				name: 'boolean',
				values: [
					columnOption,
					{ displayName: 'Value', name: 'value', type: 'boolean', default: true, description: 'Whether to match records whose column is true' },
				],
			},
		],
	};
}

export function sortOrder(show: Show, column: INodeProperties): INodeProperties {
	return {
		displayName: 'Sort',
		name: 'sort',
		type: 'fixedCollection',
		placeholder: 'Add Sort Order',
		default: {},
		displayOptions: { show },
		description: 'Without a sort order Comnica returns rows in no defined order, so Limit picks arbitrary rows',
		options: [
			{
				displayName: 'Order',
				name: 'order',
				values: [
					column,
					{
						displayName: 'Direction',
						name: 'direction',
						type: 'options',
						options: [
							{ name: 'Ascending', value: 'asc' },
							{ name: 'Descending', value: 'desc' },
						],
						default: 'asc',
						description: 'Smallest or largest values first',
					},
				],
			},
		],
	};
}

/** Return All (repeats the request with larger limits), Limit (`payload.limit`) and the output shape. */
export function limitFields(show: Show): INodeProperties[] {
	return [
		...returnAllFields(show, { send: { type: 'body', property: 'payload.limit' } }),
		optionsCollection({
			displayOptions: { show: { ...show, returnAll: [false] } },
			options: [
				{
					displayName: 'Output',
					name: 'output',
					type: 'options',
					options: [
						{ name: 'One Item per Row', value: 'rows' },
						{
							name: 'One Item With Rows and Have More',
							value: 'page',
							description: 'Shows whether more rows matched than the limit (Comnica\'s have_more)',
						},
					],
					default: 'rows',
					description: 'One item per record, or one item with the rows and whether more matched',
				},
			],
		}),
	];
}
