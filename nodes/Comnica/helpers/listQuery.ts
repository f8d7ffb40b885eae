import { NodeOperationError } from 'n8n-workflow';
import type { IDataObject, IExecuteSingleFunctions, IHttpRequestOptions } from 'n8n-workflow';

import { payloadOf } from '../transport';
import { toComnicaClock, toComnicaDate, toComnicaTime } from './time';

/** One filter of Comnica's list language: `{name, type, condition, …}`. */
export interface ComnicaFilter extends IDataObject {
	name: string;
	type: string;
	condition: IDataObject | IDataObject[] | string | number | boolean | number[];
}

interface FilterParameters {
	text?: Array<{ column: string; value: string }>;
	boolean?: Array<{ column: string; value: boolean }>;
	number?: Array<{
		column: string;
		numberType: string;
		displayFormat: string;
		match: string;
		value: number;
		from: number;
		to: number;
	}>;
	date?: Array<{ column: string; dateType: string; period: string; relative: string; from: string; to: string }>;
	select?: Array<{ column: string; id: number }>;
	multiselect?: Array<{ column: string; ids: string | number[] }>;
}

export interface Period {
	period: string;
	relative: string;
	from: string;
	to: string;
}

const formats: Record<string, (value: unknown) => string | undefined> = {
	date: toComnicaDate,
	datetime: toComnicaTime,
	time: toComnicaClock,
};

/** A date/datetime/time condition: a relative period or an absolute range. */
export function periodCondition(
	context: IExecuteSingleFunctions,
	field: string,
	{ period, relative, from, to }: Period,
	dateType = 'datetime',
): IDataObject {
	if (period === 'relative') return { type: 'relative', value: relative };
	const format = formats[dateType] ?? toComnicaTime;
	const range = { from: format(from), to: format(to) };
	if (!range.from || !range.to) {
		throw new NodeOperationError(context.getNode(), `"${field}" needs both From and To for an absolute period`, {
			itemIndex: context.getItemIndex(),
		});
	}
	return { type: 'absolute', value: range };
}

/** Ids typed as "1, 2, 3" or given as an array by an expression. */
export function parseIds(context: IExecuteSingleFunctions, field: string, value: unknown): number[] {
	const parts = Array.isArray(value) ? value : String(value ?? '').split(',');
	const ids = parts.map((part) => String(part).trim()).filter((part) => part !== '');
	const numbers = ids.map(Number);
	if (numbers.length === 0 || numbers.some((id) => !Number.isInteger(id))) {
		throw new NodeOperationError(context.getNode(), `"${field}" needs numeric IDs separated by commas, got "${ids.join(',')}"`, {
			itemIndex: context.getItemIndex(),
			description: 'Look the IDs up with the Filter Data resource or pick them from a dropdown.',
		});
	}
	return numbers;
}

/** Turns the node's "Filters" collection into Comnica filters, one per entry. */
export function buildFilters(context: IExecuteSingleFunctions, parameters: FilterParameters): ComnicaFilter[] {
	const filters: ComnicaFilter[] = [];
	for (const { column, value } of parameters.text ?? []) filters.push({ name: column, type: 'string', condition: value });
	for (const { column, value } of parameters.boolean ?? []) filters.push({ name: column, type: 'boolean', condition: value });
	for (const entry of parameters.number ?? []) {
		const range = entry.match === 'range';
		const low = range ? entry.from : entry.value;
		const high = range ? entry.to : entry.value;
		filters.push({
			name: entry.column,
			type: entry.numberType,
			display_format: entry.displayFormat,
			is_range: range,
			minimum: Math.min(0, low),
			maximum: Math.max(high, low),
			condition: range ? { from: entry.from, to: entry.to } : { value: entry.value },
		});
	}
	for (const entry of parameters.date ?? []) {
		filters.push({ name: entry.column, type: entry.dateType, condition: periodCondition(context, entry.column, entry, entry.dateType) });
	}
	for (const { column, id } of parameters.select ?? []) filters.push({ name: column, type: 'select', condition: Number(id) });
	for (const { column, ids } of parameters.multiselect ?? []) {
		filters.push({ name: column, type: 'multiselect', condition: parseIds(context, column, ids) });
	}
	return filters;
}

/** Columns as Comnica wants them, with `order` on the sort column (added if not selected). */
export function columnsWithOrder(columns: string[], sort: { column?: string; direction?: string } | undefined): IDataObject[] {
	const list: IDataObject[] = columns.map((name) => ({ name }));
	if (sort?.column) {
		const existing = list.find((column) => column.name === sort.column);
		if (existing) existing.order = sort.direction ?? 'asc';
		else list.push({ name: sort.column, order: sort.direction ?? 'asc' });
	}
	return list;
}

const DEFAULT_RECORD_COLUMNS = ['record_id', 'upload', 'terminated', 'terminating_code', 'phone'];

/** preSend of Record Get Many: project filter first, then the user's filters, columns and order. */
export async function recordListQuery(this: IExecuteSingleFunctions, requestOptions: IHttpRequestOptions): Promise<IHttpRequestOptions> {
	const payload = payloadOf(requestOptions);
	const columns = this.getNodeParameter('columns', []) as string[];
	const sort = this.getNodeParameter('sort.order', {}) as { column?: string; direction?: string } | undefined;
	payload.columns = columnsWithOrder(columns.length ? columns : DEFAULT_RECORD_COLUMNS, sort);
	payload.filters = recordFilters(this);
	return requestOptions;
}

/** preSend of Bulk Modify: the same record selection as a list (no columns) and the action's params. */
export async function bulkModifyQuery(this: IExecuteSingleFunctions, requestOptions: IHttpRequestOptions): Promise<IHttpRequestOptions> {
	const payload = payloadOf(requestOptions);
	payload.filters = recordFilters(this);
	payload.params = bulkParams(this, payload);
	return requestOptions;
}

/** A Comnica ID parameter (dropdowns give numbers, expressions may give text); empty or not numeric is refused. */
export function idOf(context: IExecuteSingleFunctions, parameter: string, displayName: string): number {
	const value = context.getNodeParameter(parameter, '') as unknown;
	const id = Number(value);
	if (value === '' || value === null || value === undefined || !Number.isInteger(id) || id <= 0) {
		throw new NodeOperationError(context.getNode(), `${displayName} needs a Comnica ID, got "${String(value ?? '')}"`, {
			itemIndex: context.getItemIndex(),
			description: 'Choose it from the list, or give its numeric ID (the Filter Data resource lists them).',
		});
	}
	return id;
}

/** The action and subaction are where the routing put them (reading them again would evaluate them again). */
function bulkParams(context: IExecuteSingleFunctions, payload: IDataObject): IDataObject {
	const action = payload.action as string;
	if (action === 'change_termination') return { condition: idOf(context, 'termination', 'Termination') };
	if (action === 'change_data') return { field: context.getNodeParameter('field'), value: context.getNodeParameter('value', '') };
	const subaction = payload.subaction as string;
	const params: IDataObject = {};
	if (subaction === 'change_to_manual_callback' || subaction === 'change_callback_user') {
		params.user_id = idOf(context, 'user', 'User');
	}
	if (subaction === 'change_to_manual_callback' || subaction === 'change_to_auto_callback') {
		params.next_call = toComnicaTime(context.getNodeParameter('nextCall', ''));
		if (!params.next_call) {
			throw new NodeOperationError(context.getNode(), 'Next Call is empty', {
				itemIndex: context.getItemIndex(),
				description: 'A callback needs the date and time of the call.',
			});
		}
	}
	return params;
}

function recordFilters(context: IExecuteSingleFunctions): ComnicaFilter[] {
	const project = idOf(context, 'project', 'Project');
	const parameters = context.getNodeParameter('filters', {}) as FilterParameters;
	return [{ name: 'project', type: 'select', condition: project }, ...buildFilters(context, parameters)];
}
