import { NodeOperationError } from 'n8n-workflow';
import type { IDataObject, IExecuteSingleFunctions, IHttpRequestOptions, ResourceMapperValue } from 'n8n-workflow';

import { payloadOf } from '../transport';
import { idOf } from './listQuery';
import { toComnicaTime } from './time';

/**
 * Values of a resource-mapper field, typed the way Comnica expects them: choice values always
 * as arrays (manual: "a choice type of field and its values are always given in an array"),
 * numbers as numbers, date-times in Comnica's format.
 */
export function mappedValues(context: IExecuteSingleFunctions, parameter: string, choicesAsArrays: boolean): IDataObject {
	const mapper = context.getNodeParameter(parameter, {}) as Partial<ResourceMapperValue>;
	const schema = (mapper.schema ?? []).filter((field) => !field.removed);
	let values: IDataObject = {};
	if (mapper.mappingMode === 'autoMapInputData') {
		const input = context.getInputData().json;
		for (const field of schema) if (field.id in input) values[field.id] = input[field.id];
	} else {
		values = { ...(mapper.value ?? {}) };
	}
	for (const [name, value] of Object.entries(values)) {
		if (value === null || value === undefined || value === '') {
			delete values[name];
			continue;
		}
		const type = schema.find((field) => field.id === name)?.type;
		if (type === 'array') values[name] = toList(value);
		else if (type === 'options' && choicesAsArrays) values[name] = [value];
		else if (type === 'number') values[name] = toNumber(context, name, value);
		else if (type === 'dateTime') values[name] = toComnicaTime(value) ?? null;
	}
	return values;
}

function toList(value: unknown): unknown[] {
	if (Array.isArray(value)) return value;
	if (typeof value === 'string' && value.trim().startsWith('[')) {
		try {
			return JSON.parse(value) as unknown[];
		} catch {
			// not JSON: treat as a comma-separated list below
		}
	}
	return String(value)
		.split(',')
		.map((part) => part.trim())
		.filter((part) => part !== '');
}

function toNumber(context: IExecuteSingleFunctions, name: string, value: unknown): number {
	const number = typeof value === 'number' ? value : Number(String(value).replace(',', '.'));
	if (Number.isNaN(number)) {
		throw new NodeOperationError(context.getNode(), `Field "${name}" needs a number, got "${String(value)}"`, {
			itemIndex: context.getItemIndex(),
		});
	}
	return number;
}

/** preSend: the record's custom data from the "Custom Data" mapper. */
export async function customDataBody(this: IExecuteSingleFunctions, requestOptions: IHttpRequestOptions): Promise<IHttpRequestOptions> {
	const values = mappedValues(this, 'customData', true);
	if (Object.keys(values).length > 0) payloadOf(requestOptions).custom_data = values;
	return requestOptions;
}

/** preSend: the video record's data from the "Data" mapper. */
export async function videoDataBody(this: IExecuteSingleFunctions, requestOptions: IHttpRequestOptions): Promise<IHttpRequestOptions> {
	payloadOf(requestOptions).data = mappedValues(this, 'videoData', false);
	return requestOptions;
}

interface ContactParameters {
	contact?: Array<{ contact: string; type: string; name: string; priority: number; preferred: boolean; active: boolean; sourceColumn: string }>;
}

/** preSend of Record Create: contacts, comments, system columns and the duplicate check. */
export async function recordCreateBody(this: IExecuteSingleFunctions, requestOptions: IHttpRequestOptions): Promise<IHttpRequestOptions> {
	const payload = payloadOf(requestOptions);
	const contacts = (this.getNodeParameter('contacts', {}) as ContactParameters).contact ?? [];
	if (contacts.length > 0) {
		payload.contacts = contacts.map((contact) => ({
			contact: contact.contact,
			type: contact.type,
			name: contact.name ?? '',
			priority: contact.priority,
			preferred: contact.preferred,
			active: contact.active,
			...(contact.sourceColumn ? { source_column: contact.sourceColumn } : {}),
		}));
	}
	const comments = (this.getNodeParameter('comments', {}) as { comment?: Array<{ comment: string; createdAt: string }> }).comment ?? [];
	if (comments.length > 0) {
		payload.comments = comments.map((entry) => ({
			comment: entry.comment,
			created_at: toComnicaTime(entry.createdAt) ?? toComnicaTime(new Date().toISOString()),
		}));
	}
	payload.system_columns = { ...systemColumns(this), project_id: idOf(this, 'project', 'Project') };
	const duplicateCheck = this.getNodeParameter('duplicateCheck', 'none') as string;
	if (duplicateCheck !== 'none') payload.options = { check_duplicates: duplicateCheck };
	return requestOptions;
}

/** preSend of Record Update: the system columns to change. */
export async function recordUpdateBody(this: IExecuteSingleFunctions, requestOptions: IHttpRequestOptions): Promise<IHttpRequestOptions> {
	const columns = systemColumns(this);
	if (Object.keys(columns).length > 0) payloadOf(requestOptions).system_columns = columns;
	return requestOptions;
}

function systemColumns(context: IExecuteSingleFunctions): IDataObject {
	const given = context.getNodeParameter('systemColumns', {}) as IDataObject;
	const columns: IDataObject = {};
	if (given.priority !== undefined) columns.priority = given.priority;
	if (given.nextCall) columns.next_call = toComnicaTime(given.nextCall);
	if (given.clearNextCall === true) columns.next_call = null;
	if (given.dialFrom) columns.dial_from = given.dialFrom;
	if (given.dialTo) columns.dial_to = given.dialTo;
	if (given.callbackToUser !== undefined && given.callbackToUser !== '') {
		columns.callback_to_user_id = idOf(context, 'systemColumns.callbackToUser', 'Callback To User');
	}
	if (given.manualRedial !== undefined) columns.manual_redial = given.manualRedial;
	if (given.termination !== undefined && given.termination !== '') columns.termination_id = idOf(context, 'systemColumns.termination', 'Termination');
	return columns;
}
