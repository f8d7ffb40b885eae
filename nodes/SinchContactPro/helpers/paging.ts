import type { DeclarativeRestApiSettings, IDataObject, IExecutePaginationFunctions, INodeExecutionData } from 'n8n-workflow';

const PAGE_SIZE = 100;

/**
 * Return All. The configuration interface (RCI, /RI/rci) pages with offset and limit (default
 * limit 100); the CMI lists have no paging and answer everything in one request.
 */
export async function offsetPages(
	this: IExecutePaginationFunctions,
	requestData: DeclarativeRestApiSettings.ResultOptions,
): Promise<INodeExecutionData[]> {
	if (!String(requestData.options.baseURL ?? '').includes('/RI/rci')) return await this.makeRoutingRequest(requestData);
	const items: INodeExecutionData[] = [];
	for (let offset = 0; ; offset += PAGE_SIZE) {
		requestData.options.qs = { ...(requestData.options.qs as IDataObject), limit: PAGE_SIZE, offset };
		const page = await this.makeRoutingRequest(requestData);
		items.push(...page);
		if (page.length < PAGE_SIZE) return items;
	}
}
