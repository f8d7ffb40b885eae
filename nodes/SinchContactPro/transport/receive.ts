import type { IDataObject, IExecuteSingleFunctions, IN8nHttpFullResponse, INodeExecutionData, PostReceiveAction } from 'n8n-workflow';

import { bodyToBuffer } from '../../shared/binary';
import { parseJsonBody } from '../../shared/errors';
import { asObject, itemsFor } from '../../shared/items';
import { itemParameter } from '../../shared/parameters';
import type { SinchEndpoint } from './endpoints';
import { sinchError } from './errors';

function failIfError(context: IExecuteSingleFunctions, response: IN8nHttpFullResponse, endpoint: SinchEndpoint): void {
	if (response.statusCode >= 200 && response.statusCode < 300) return;
	const id = endpoint.id?.(context);
	throw sinchError(context.getNode(), response, endpoint, id, context.getItemIndex());
}

/** Lists: one item per element; Limit is applied here too, in case the server ignores `limit`. */
export function receiveList(endpoint: SinchEndpoint): PostReceiveAction {
	return async function (this: IExecuteSingleFunctions, _items, response): Promise<INodeExecutionData[]> {
		failIfError(this, response, endpoint);
		const body = parseJsonBody(response.body);
		let rows = Array.isArray(body) ? body : body === undefined || body === null ? [] : [body];
		if (!itemParameter(this, 'returnAll', true)) rows = rows.slice(0, itemParameter(this, 'limit', 50));
		return itemsFor(this, rows.map((row) => asObject(row)));
	};
}

/** Single objects (and sub-resources such as remarks): one item; a list answer becomes items. */
export function receiveOne(endpoint: SinchEndpoint): PostReceiveAction {
	return async function (this: IExecuteSingleFunctions, _items, response): Promise<INodeExecutionData[]> {
		failIfError(this, response, endpoint);
		const text = bodyToBuffer(response.body).toString('utf8').trim();
		const body = parseJsonBody(response.body) ?? (text === '' ? {} : text);
		if (Array.isArray(body)) return itemsFor(this, body.map((row) => asObject(row)));
		return itemsFor(this, asObject(body, 'data'));
	};
}

function header(response: IN8nHttpFullResponse, name: string): string {
	const value = (response.headers as Record<string, string | string[] | undefined>)[name];
	return (Array.isArray(value) ? value[0] : value) ?? '';
}

/**
 * Writes. POST answers 201 with the new id as text and a Location header -> {id, location};
 * PUT and DELETE answer 204 without a body -> {success: true, id} with the id acted on
 * (CMI reference, "Request Header Data Requirements"). A JSON answer is passed on as it is.
 */
export function receiveWrite(endpoint: SinchEndpoint): PostReceiveAction {
	return async function (this: IExecuteSingleFunctions, _items, response): Promise<INodeExecutionData[]> {
		failIfError(this, response, endpoint);
		const location = header(response, 'location');
		const text = bodyToBuffer(response.body).toString('utf8').trim();
		if (/json/i.test(header(response, 'content-type')) && text !== '') {
			const parsed = parseJsonBody(text);
			if (parsed !== null && typeof parsed === 'object' && !Array.isArray(parsed)) {
				return itemsFor(this, location ? { ...(parsed as IDataObject), location } : (parsed as IDataObject));
			}
			if (Array.isArray(parsed)) return itemsFor(this, parsed.map((row) => asObject(row)));
		}
		if (response.statusCode === 204 || (text === '' && !location)) {
			const id = endpoint.id?.(this);
			return itemsFor(this, id ? { success: true, id } : { success: true });
		}
		const id = text.replace(/^"|"$/g, '') || decodeURIComponent(location.split('/').filter(Boolean).pop() ?? '');
		return itemsFor(this, { id, location });
	};
}
