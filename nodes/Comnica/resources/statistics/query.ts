import type { IDataObject, IExecuteSingleFunctions, IHttpRequestOptions } from 'n8n-workflow';

import { columnsWithOrder, periodCondition } from '../../helpers/listQuery';
import type { ComnicaFilter, Period } from '../../helpers/listQuery';
import { payloadOf } from '../../transport';

export const WORKLOG_COLUMNS = [
	'user_name',
	'description',
	'counts_as_work',
	'status_begin',
	'status_end',
	'duration',
	'project_name',
	'queue_name',
];

function interval(context: IExecuteSingleFunctions): ComnicaFilter {
	const period = {
		period: context.getNodeParameter('period') as string,
		relative: context.getNodeParameter('relative', 'today') as string,
		from: context.getNodeParameter('from', '') as string,
		to: context.getNodeParameter('to', '') as string,
	} satisfies Period;
	return { name: 'interval', type: 'datetime', condition: periodCondition(context, 'Period', period) };
}

function sort(context: IExecuteSingleFunctions) {
	return context.getNodeParameter('sort.order', {}) as { column?: string; direction?: string } | undefined;
}

/** preSend of the detailed worklog (list and export): mandatory interval plus the chosen filters. */
export async function worklogQuery(this: IExecuteSingleFunctions, requestOptions: IHttpRequestOptions): Promise<IHttpRequestOptions> {
	const payload = payloadOf(requestOptions);
	const columns = this.getNodeParameter('columns', WORKLOG_COLUMNS) as string[];
	payload.columns = columnsWithOrder(columns.length ? columns : WORKLOG_COLUMNS, sort(this));
	const given = this.getNodeParameter('worklogFilters', {}) as IDataObject;
	const filters: ComnicaFilter[] = [interval(this)];
	const multiselect: Array<[string, string]> = [
		['agents', 'user_name'],
		['agentStates', 'description'],
		['projects', 'project_name'],
		['queues', 'queue_name'],
	];
	for (const [parameter, column] of multiselect) {
		const ids = (given[parameter] as Array<string | number> | undefined) ?? [];
		if (ids.length > 0) filters.push({ name: column, type: 'multiselect', condition: ids.map(Number) });
	}
	if (typeof given.countsAsWork === 'boolean') filters.push({ name: 'counts_as_work', type: 'boolean', condition: given.countsAsWork });
	if (given.durationFrom !== undefined || given.durationTo !== undefined) {
		const from = Number(given.durationFrom ?? 0);
		const to = Number(given.durationTo ?? Math.max(from, 86400));
		filters.push({
			name: 'duration',
			type: 'integer',
			display_format: 'time',
			is_range: true,
			minimum: 0,
			maximum: Math.max(to, from),
			condition: { from, to },
		});
	}
	payload.filters = filters;
	return requestOptions;
}

/** preSend of worklog by agents: user and sums, plus one column per chosen agent state. */
export async function worklogByAgentsQuery(this: IExecuteSingleFunctions, requestOptions: IHttpRequestOptions): Promise<IHttpRequestOptions> {
	const payload = payloadOf(requestOptions);
	const states = this.getNodeParameter('stateColumns', []) as string[];
	payload.columns = columnsWithOrder(['user', 'sum_all', 'sum_counts_as_work', ...states], sort(this));
	payload.filters = [interval(this)];
	return requestOptions;
}
