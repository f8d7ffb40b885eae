import type { IDataObject, IExecuteSingleFunctions, INodeExecutionData } from 'n8n-workflow';

/** Output items of one input item, each linked back to it (pairedItem). */
export function itemsFor(
	context: IExecuteSingleFunctions,
	data: IDataObject | IDataObject[],
): INodeExecutionData[] {
	const item = context.getItemIndex();
	const list = Array.isArray(data) ? data : [data];
	return list.map((json) => ({ json, pairedItem: { item } }));
}

/** Makes a plain object out of any JSON value so it can be an item's `json`. */
export function asObject(value: unknown, key = 'value'): IDataObject {
	if (value !== null && typeof value === 'object' && !Array.isArray(value)) return value as IDataObject;
	return { [key]: value as IDataObject[string] };
}
