import type { IExecuteSingleFunctions, IHttpRequestOptions, PreSendAction } from 'n8n-workflow';

import { itemParameter } from './parameters';

const PLACEHOLDER = /\{(\w+)\}/g;

/** A routing url with its `{parameter}` parts replaced by the item's parameters, written by `format`. */
export function filledPath(context: IExecuteSingleFunctions, path: string, format: (value: unknown) => string): string {
	return path.replace(PLACEHOLDER, (_match, name: string) => format(itemParameter(context, name, '')));
}

/**
 * preSend of every request of a node: a `{parameter}` in the routing's url is replaced by
 * that parameter of the item, written by `format` (e.g. trimmed and URL-encoded). Urls stay
 * data (`/callbacks/{callbackId}`) without an expression n8n would evaluate for each item.
 */
export function pathParameters(format: (value: unknown) => string): PreSendAction {
	return async function (this: IExecuteSingleFunctions, requestOptions: IHttpRequestOptions) {
		if (requestOptions.url.includes('{')) requestOptions.url = filledPath(this, requestOptions.url, format);
		return requestOptions;
	};
}
