import type { IDataObject, IExecuteSingleFunctions, IN8nHttpFullResponse, INodeExecutionData, PostReceiveAction } from 'n8n-workflow';

import { bodyToBuffer } from '../../shared/binary';
import type { Endpoint } from '../../shared/endpoint';
import { vendorApiError } from '../../shared/errors';
import { itemsFor } from '../../shared/items';
import { itemParameter } from '../../shared/parameters';
import { filledPath } from '../../shared/path';
import { vendorRequest } from '../../shared/request';
import { runsAsTool } from '../../shared/tool';
import { attachmentBinary, attachmentContent, attachmentMetadata } from '../helpers/attachments';
import type { JsonApiDocument, Resource } from '../helpers/jsonApi';
import { primaryResources, simplifyDocument } from '../helpers/jsonApi';
import { parseLogioCsv, parseLogioJson } from '../helpers/logio';
import { centionError, centionWhere } from './errors';
import { api, documentOf } from './index';
import { limited } from './paging';
import { errandIdsOf } from './send';

/** The endpoint with the item's ids in its path (for messages). */
function endpointOf(context: IExecuteSingleFunctions, template: Endpoint): Endpoint {
	return { method: template.method, path: filledPath(context, template.path, (value) => String(value).trim()) };
}

/** Simplify, which an AI agent always gets (it cannot use a JSON:API document). */
function simplify(context: IExecuteSingleFunctions): boolean {
	return runsAsTool(context) || itemParameter(context, 'simplify', true);
}

function successItems(context: IExecuteSingleFunctions, response: IN8nHttpFullResponse): INodeExecutionData[] {
	// 202/204 without a document: Cention accepted the request.
	return itemsFor(context, { success: true, httpCode: response.statusCode });
}

/**
 * JSON:API answers: with Simplify, one flat item per resource (`included` resolved);
 * without, the document as Cention sent it.
 */
export function receiveDocument(template: Endpoint, options: { list?: boolean } = {}): PostReceiveAction {
	return async function (this: IExecuteSingleFunctions, _items, response): Promise<INodeExecutionData[]> {
		const document = documentOf(this.getNode(), response, endpointOf(this, template), this.getItemIndex());
		if (!document) return successItems(this, response);
		if (!simplify(this)) return itemsFor(this, document as IDataObject);
		const rows = simplifyDocument(document);
		return itemsFor(this, options.list ? limited(this, rows) : rows);
	};
}

/**
 * Changed lists and Mark as Changed answer in one shape: `{id, status}`, the errand's or
 * rating's ID as text (as Get Report and Get give it) and what it is or what was done
 * (`changed`, `markedAsChanged`).
 */
function changedItems(context: IExecuteSingleFunctions, ids: unknown[], status: 'changed' | 'markedAsChanged'): INodeExecutionData[] {
	return itemsFor(context, ids.map((id) => ({ id: String(id), status })));
}

/** The changed-errand list (`attributes.errands`): one item per errand, ready for Get Report. */
export function receiveChangedErrands(template: Endpoint): PostReceiveAction {
	return async function (this: IExecuteSingleFunctions, _items, response): Promise<INodeExecutionData[]> {
		const document = documentOf(this.getNode(), response, endpointOf(this, template), this.getItemIndex());
		if (!document) return [];
		if (!simplify(this)) return itemsFor(this, document as IDataObject);
		const ids = primaryResources(document).flatMap((resource) => {
			const errands = resource.attributes?.errands;
			return Array.isArray(errands) ? errands : [];
		});
		return changedItems(this, limited(this, ids), 'changed');
	};
}

/** The changed-rating list (one resource per rating): one item per rating, ready for Get. */
export function receiveChangedRatings(template: Endpoint): PostReceiveAction {
	return async function (this: IExecuteSingleFunctions, _items, response): Promise<INodeExecutionData[]> {
		const document = documentOf(this.getNode(), response, endpointOf(this, template), this.getItemIndex());
		if (!document) return [];
		if (!simplify(this)) return itemsFor(this, document as IDataObject);
		const ids = primaryResources(document).map((resource) => resource.id);
		return changedItems(this, limited(this, ids), 'changed');
	};
}

/** Mark as Changed: Cention answers `{id: "0"}`; the items are the errands that were marked. */
export function receiveMarkedErrands(template: Endpoint): PostReceiveAction {
	return async function (this: IExecuteSingleFunctions, _items, response): Promise<INodeExecutionData[]> {
		const document = documentOf(this.getNode(), response, endpointOf(this, template), this.getItemIndex());
		if (document && !simplify(this)) return itemsFor(this, document as IDataObject);
		return changedItems(this, errandIdsOf(this), 'markedAsChanged');
	};
}

/** Export rows: `content` is one row object in the manual's sample and an array in its table. */
export function receiveExportRows(template: Endpoint): PostReceiveAction {
	return async function (this: IExecuteSingleFunctions, _items, response): Promise<INodeExecutionData[]> {
		const document = documentOf(this.getNode(), response, endpointOf(this, template), this.getItemIndex());
		if (!document) return successItems(this, response);
		if (!simplify(this)) return itemsFor(this, document as IDataObject);
		const rows = primaryResources(document).flatMap((resource) => {
			const content = resource.attributes?.content;
			if (Array.isArray(content)) return content as IDataObject[];
			return content && typeof content === 'object' ? [content as IDataObject] : [];
		});
		return itemsFor(this, rows);
	};
}

async function withContent(
	context: IExecuteSingleFunctions,
	resource: Resource,
): Promise<Resource> {
	if (attachmentContent(resource) !== undefined || !resource.id) return resource;
	// List answers may leave the bytes out: fetch the single attachment, which carries them.
	const single = await vendorRequest(
		context,
		api,
		{ method: 'GET', path: `/json/${resource.type}/${encodeURIComponent(resource.id)}` },
		{ qs: {}, itemIndex: context.getItemIndex() },
	);
	return primaryResources(single ?? {})[0] ?? resource;
}

/** Attachments and archived images: metadata as JSON, the file as binary data. */
export function receiveAttachments(template: Endpoint): PostReceiveAction {
	return async function (this: IExecuteSingleFunctions, _items, response): Promise<INodeExecutionData[]> {
		const document: JsonApiDocument = documentOf(this.getNode(), response, endpointOf(this, template), this.getItemIndex()) ?? {};
		const metadataOnly = itemParameter<boolean>(this, 'options.metadataOnly', false);
		const property = (this.getNodeParameter('binaryPropertyName', 'data') as string).trim() || 'data';
		const output: INodeExecutionData[] = [];
		for (const listed of primaryResources(document)) {
			const resource = metadataOnly ? listed : await withContent(this, listed);
			const item: INodeExecutionData = { json: attachmentMetadata(resource), pairedItem: { item: this.getItemIndex() } };
			const binary = metadataOnly ? undefined : await attachmentBinary(this.helpers, resource);
			if (binary) item.binary = { [property]: binary };
			output.push(item);
		}
		return output;
	};
}

/** The login/logout log, CSV or JSON, as one item per record. */
export function receiveLogio(template: Endpoint): PostReceiveAction {
	return async function (this: IExecuteSingleFunctions, _items, response): Promise<INodeExecutionData[]> {
		const endpoint = endpointOf(this, template);
		if (response.statusCode < 200 || response.statusCode >= 300) {
			throw centionError(this.getNode(), response, endpoint, this.getItemIndex());
		}
		const text = bodyToBuffer(response.body).toString('utf8');
		const format = itemParameter<string>(this, 'format', 'json');
		let rows;
		if (format === 'json') {
			try {
				rows = parseLogioJson(text.trim() === '' ? [] : JSON.parse(text));
			} catch {
				rows = undefined;
			}
		} else {
			rows = parseLogioCsv(text);
		}
		if (!rows) {
			throw vendorApiError(this.getNode(), {
				message: `Cention answered ${centionWhere(endpoint)} with something that is not a ${format.toUpperCase()} login log`,
				description: `Check the API address and workspace in the Cention credential. Answer: ${text.slice(0, 300)}`,
				httpCode: response.statusCode,
				itemIndex: this.getItemIndex(),
				hint: 'Check the API address and workspace in the Cention credential.',
				endpoint: centionWhere(endpoint),
			});
		}
		return itemsFor(this, limited(this, rows));
	};
}
