import type { DeclarativeRestApiSettings, IExecutePaginationFunctions, IHttpRequestOptions, INodeExecutionData } from 'n8n-workflow';

import { payloadOf } from './send';

/**
 * Return All for Comnica lists. The list API has no paging, only `limit` and `have_more`, and
 * answers the first N rows: ask for more rows until fewer than asked come back.
 */
export async function allRows(
	this: IExecutePaginationFunctions,
	requestData: DeclarativeRestApiSettings.ResultOptions,
): Promise<INodeExecutionData[]> {
	let limit = 1000;
	for (;;) {
		payloadOf(requestData.options as IHttpRequestOptions).limit = limit;
		const items = await this.makeRoutingRequest(requestData);
		if (items.length < limit || limit >= MAX_ROWS) return items;
		limit = Math.min(limit * 4, MAX_ROWS);
	}
}

const MAX_ROWS = 1_024_000;
