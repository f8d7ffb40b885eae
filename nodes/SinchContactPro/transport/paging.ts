import { NodeApiError, NodeOperationError } from 'n8n-workflow';
import type { DeclarativeRestApiSettings, IDataObject, IExecutePaginationFunctions, INodeExecutionData, JsonObject } from 'n8n-workflow';

import { RCI_PATH } from './baseUrl';

type Send = (this: IExecutePaginationFunctions, requestData: DeclarativeRestApiSettings.ResultOptions) => Promise<INodeExecutionData[]>;

/**
 * A CMI POST takes one entity. When an operation builds several for one input item (Script
 * Result: one per answer), its preSend leaves them as an array body; they are sent here one
 * per request, in order, and each becomes an output item of that input item (`noun` names
 * them in errors; today only Script Result builds several). A failed
 * request stops the item: the answers before it are saved, the error says which one failed.
 */
export function onePerRequest(send: Send, noun = 'Answer'): Send {
	return async function (this: IExecutePaginationFunctions, requestData) {
		const entities = requestData.options.body;
		if (!Array.isArray(entities)) return await send.call(this, requestData);
		const items: INodeExecutionData[] = [];
		for (const [index, entity] of entities.entries()) {
			try {
				items.push(...(await send.call(this, { ...requestData, options: { ...requestData.options, body: entity } })));
			} catch (error) {
				const failed =
					error instanceof NodeApiError || error instanceof NodeOperationError ? error : new NodeApiError(this.getNode(), error as JsonObject);
				if (entities.length > 1) {
					const saved = index === 0 ? 'none was saved' : `the ${index} before it ${index === 1 ? 'was' : 'were'} saved`;
					const note = `${noun} ${index + 1} of ${entities.length} failed; ${saved}.`;
					failed.description = failed.description ? `${note}\n${failed.description}` : note;
				}
				throw failed;
			}
		}
		return items;
	};
}

const PAGE_SIZE = 100;

/**
 * Return All. The configuration interface (RCI, /RI/rci) pages with offset and limit (default
 * limit 100); the CMI lists have no paging and answer everything in one request.
 */
export async function offsetPages(
	this: IExecutePaginationFunctions,
	requestData: DeclarativeRestApiSettings.ResultOptions,
): Promise<INodeExecutionData[]> {
	if (!String(requestData.options.baseURL ?? '').includes(RCI_PATH)) return await this.makeRoutingRequest(requestData);
	const items: INodeExecutionData[] = [];
	for (let offset = 0; ; offset += PAGE_SIZE) {
		requestData.options.qs = { ...(requestData.options.qs as IDataObject), limit: PAGE_SIZE, offset };
		const page = await this.makeRoutingRequest(requestData);
		items.push(...page);
		if (page.length < PAGE_SIZE) return items;
	}
}
