import type { IDataObject, IExecuteSingleFunctions, IHttpRequestOptions, PreSendAction } from 'n8n-workflow';

import { parseJsonBody } from '../../shared/errors';
import { bodyObject, fail, itemParameter, requireText } from '../../shared/parameters';
import { pairsOf, pairsToObject } from '../helpers/keyValue';
import { callbackUpdateBody, scriptResultEntities } from '../helpers/validate';
import type { ScriptAnswer } from '../helpers/validate';

type PreSend = PreSendAction;

/** The JSON body as an object (a body already written as text is read back; an entity list is not kept). */
function bodyOf(requestOptions: IHttpRequestOptions): IDataObject {
	if (typeof requestOptions.body === 'string') requestOptions.body = parseJsonBody(requestOptions.body) as IDataObject;
	if (Array.isArray(requestOptions.body)) requestOptions.body = {};
	return bodyObject(requestOptions);
}

/**
 * POST and PUT carry JSON (Content-Type application/json, CMI reference). n8n drops an
 * empty object body, so an empty body is sent as the text "{}".
 */
function finishJson(requestOptions: IHttpRequestOptions): IHttpRequestOptions {
	requestOptions.headers = { ...requestOptions.headers, 'Content-Type': 'application/json' };
	const body = requestOptions.body;
	const empty = body === undefined || body === null || (typeof body === 'object' && !Array.isArray(body) && Object.keys(body).length === 0);
	if (empty) requestOptions.body = '{}';
	return requestOptions;
}

function requireValue(context: IExecuteSingleFunctions, value: unknown, label: string): void {
	requireText(context, value, `"${label}"`, `Give the ${label} (for example from an earlier node's output).`);
}

/** Ids that go into the path must not be empty: GET /callbacks/ would list instead of get. */
export function requireIds(...parameters: Array<[name: string, label: string]>): PreSend {
	return async function (this: IExecuteSingleFunctions, requestOptions) {
		for (const [name, label] of parameters) requireValue(this, itemParameter(this, name, ''), label);
		return requestOptions;
	};
}

/** The same check for ids the routing already put into the body (read there, not again). */
export function requireBodyIds(...fields: Array<[name: string, label: string]>): PreSend {
	return async function (this: IExecuteSingleFunctions, requestOptions) {
		for (const [name, label] of fields) requireValue(this, (requestOptions.body as IDataObject | undefined)?.[name], label);
		return requestOptions;
	};
}

/** Runs with the operation; body preSends of later fields call finishJson again. */
export async function jsonBody(this: IExecuteSingleFunctions, requestOptions: IHttpRequestOptions) {
	return finishJson(requestOptions);
}

/**
 * Get Many: Limit (unless Return All) first, then the documented filters the routing placed,
 * then the free filters (`additionalFilters`).
 */
export async function listQuery(this: IExecuteSingleFunctions, requestOptions: IHttpRequestOptions) {
	const limit = itemParameter(this, 'returnAll', true) ? {} : { limit: itemParameter(this, 'limit', 50) };
	const filters = pairsToObject(pairsOf(itemParameter(this, 'additionalFilters', {}), 'filter'), false);
	requestOptions.qs = { ...limit, ...requestOptions.qs, ...filters };
	return requestOptions;
}

/** Name/value pairs as an object of typed values; a value that does not fit its Type stops the item. */
function typedPairs(context: IExecuteSingleFunctions, parameter: string, nested: boolean): IDataObject {
	try {
		return pairsToObject(pairsOf(itemParameter(context, parameter, {}), 'field'), nested);
	} catch (error) {
		fail(context, (error as Error).message, 'Change the value, or the Type of the pair (Text, Number, Boolean or JSON).');
	}
}

/** Name/value fields (`parameter.field[]`) merged into the JSON body, each of its Type. */
export function bodyFields(parameter = 'fields'): PreSend {
	return async function (this: IExecuteSingleFunctions, requestOptions) {
		Object.assign(bodyOf(requestOptions), typedPairs(this, parameter, true));
		return finishJson(requestOptions);
	};
}

export async function callbackUpdate(this: IExecuteSingleFunctions, requestOptions: IHttpRequestOptions) {
	const fields = this.getNodeParameter('updateFields', {}) as IDataObject;
	requestOptions.body = callbackUpdateBody(this.getNode(), this.getItemIndex(), fields);
	return requestOptions;
}

/** One entity per answer; the array is sent one entity per request (transport/paging.ts). */
export async function scriptResults(this: IExecuteSingleFunctions, requestOptions: IHttpRequestOptions) {
	const answers = (this.getNodeParameter('answers', {}) as { answer?: ScriptAnswer[] }).answer ?? [];
	requestOptions.body = scriptResultEntities(
		this.getNode(),
		this.getItemIndex(),
		String(itemParameter(this, 'contactId', '') ?? '').trim(),
		String(this.getNodeParameter('scriptId', '') ?? '').trim(),
		answers,
	) as unknown as IDataObject;
	return requestOptions;
}

/**
 * POST /contactData: {id, attachedData}. The manual calls attachedData "CAD in JSON format,
 * for example: {"x":0}" and shows an object; it is sent as an object unless the user picks
 * JSON text (Options → Attached Data Format).
 */
export async function contactData(this: IExecuteSingleFunctions, requestOptions: IHttpRequestOptions) {
	const attached = typedPairs(this, 'attachedData', false);
	if (Object.keys(attached).length === 0) {
		fail(this, '"Attached Data" is empty', 'Add at least one key and value. Keys must be allowed by the channel\'s "Extra Data Included in Statistics" setting.');
	}
	const format = this.getNodeParameter('options.attachedDataFormat', 'object') as string;
	requestOptions.body = {
		id: String(itemParameter(this, 'contactId', '') ?? '').trim(),
		attachedData: format === 'text' ? JSON.stringify(attached) : attached,
	};
	return requestOptions;
}
