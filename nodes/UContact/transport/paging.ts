import type { DeclarativeRestApiSettings, IExecutePaginationFunctions, INode, INodeExecutionData } from 'n8n-workflow';

import { vendorApiError } from '../../shared/errors';
import { ENDPOINTS } from './endpoints';
import { integraWhere } from './errors';

/**
 * Pages over `lastrow` (offset) and `searchLimit` (page size) until a short page. A server that
 * ignores lastrow answers the first page forever: a page that starts with a record of an
 * earlier page stops the loop with an error instead.
 */
export async function pagesByLastrow<T>(
	pageSize: number,
	fetchPage: (lastrow: number) => Promise<T[]>,
	identity: (record: T) => string,
	repeated: (lastrow: number) => Error,
): Promise<T[]> {
	const results: T[] = [];
	const firstRecords = new Set<string>();
	for (let lastrow = 0; ; lastrow += pageSize) {
		const page = await fetchPage(lastrow);
		const first = page.length > 0 ? identity(page[0]) : '';
		if (firstRecords.has(first)) throw repeated(lastrow);
		firstRecords.add(first);
		results.push(...page);
		if (page.length < pageSize) return results;
	}
}

/** Return All of the Search operation. */
export async function paginateRecords(
	this: IExecutePaginationFunctions,
	requestData: DeclarativeRestApiSettings.ResultOptions,
): Promise<INodeExecutionData[]> {
	const form = requestData.options.body as URLSearchParams;
	return await pagesByLastrow(
		Number(form.get('searchLimit')),
		async (lastrow) => {
			form.set('lastrow', String(lastrow));
			return await this.makeRoutingRequest(requestData);
		},
		(item) => JSON.stringify(item.json),
		(lastrow) => repeatedPage(this.getNode(), lastrow, this.getItemIndex()),
	);
}

export function repeatedPage(node: INode, lastrow: number, itemIndex?: number, hint = 'Turn Return All off and set a Limit.'): Error {
	return vendorApiError(node, {
		message: 'uContact answered Cdr/getrecords with records it had already sent',
		description: `The page from lastrow=${lastrow} starts with a record of an earlier page, so this uContact does not page the search. ${hint}`,
		httpCode: 200,
		itemIndex,
		hint: 'Search again without Return All, with a Limit.',
		endpoint: integraWhere(ENDPOINTS.recording.search),
	});
}
