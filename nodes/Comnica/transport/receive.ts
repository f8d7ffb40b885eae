import type { IDataObject, IExecuteSingleFunctions, IN8nHttpFullResponse, INode, INodeExecutionData, PostReceiveAction } from 'n8n-workflow';

import { bodyToBuffer, fileNameFromDisposition, toBinaryData } from '../../shared/binary';
import type { Endpoint } from '../../shared/endpoint';
import { bodyText, parseJsonBody, vendorApiError } from '../../shared/errors';
import { asObject, itemsFor } from '../../shared/items';
import { itemParameter } from '../../shared/parameters';
import { comnicaError, comnicaWhere } from './errors';

/** The payload of a successful answer; throws the mapped error for anything else. */
export function unwrapPayload(node: INode, response: IN8nHttpFullResponse, endpoint: Endpoint, itemIndex?: number): unknown {
	if (response.statusCode < 200 || response.statusCode >= 300) throw comnicaError(node, response, endpoint, itemIndex);
	const body = parseJsonBody(response.body) as { payload?: unknown } | undefined;
	if (!body || typeof body !== 'object' || !('payload' in body)) {
		throw vendorApiError(node, {
			message: `Comnica answered ${comnicaWhere(endpoint)} without its usual envelope`,
			description: `Check that the Base URL points at the Comnica API. Answer: ${bodyText(response.body)}`,
			httpCode: response.statusCode,
			itemIndex,
			hint: 'Check that the Base URL of the Comnica credential points at the Comnica API.',
			endpoint: comnicaWhere(endpoint),
		});
	}
	return body.payload;
}

export type Shape = 'object' | 'array' | 'rows';

/** postReceive: unwraps the envelope and returns one item per object, linked to its input. */
export function receive(endpoint: Endpoint, shape: Shape = 'object'): PostReceiveAction {
	return async function (this: IExecuteSingleFunctions, _items, response): Promise<INodeExecutionData[]> {
		const payload = unwrapPayload(this.getNode(), response, endpoint, this.getItemIndex());
		if (shape === 'array') return itemsFor(this, (Array.isArray(payload) ? payload : [payload]).map((entry) => asObject(entry)));
		if (shape === 'rows') return rowItems(this, payload as { data?: IDataObject[]; config?: { have_more?: boolean } });
		return itemsFor(this, asObject(payload));
	};
}

function rowItems(
	context: IExecuteSingleFunctions,
	payload: { data?: IDataObject[]; config?: { have_more?: boolean } },
): INodeExecutionData[] {
	const rows = payload.data ?? [];
	const output = itemParameter<string>(context, 'options.output', 'rows');
	if (output === 'page') return itemsFor(context, { data: rows, have_more: payload.config?.have_more ?? false });
	return itemsFor(context, rows);
}


/** What a file is called and is when Comnica's answer does not say (no Content-Disposition, a generic type). */
export interface FileDefaults {
	fileName: string;
	mimeType?: string;
}

/** postReceive for file answers (exports, recordings): bytes become binary data of one item. */
export function receiveFile(endpoint: Endpoint, defaults: (context: IExecuteSingleFunctions) => FileDefaults): PostReceiveAction {
	return async function (this: IExecuteSingleFunctions, _items, response): Promise<INodeExecutionData[]> {
		if (response.statusCode < 200 || response.statusCode >= 300) {
			throw comnicaError(this.getNode(), response, endpoint, this.getItemIndex());
		}
		const headers = response.headers as Record<string, string | undefined>;
		const fallback = defaults(this);
		const declared = headers['content-type'];
		const generic = !declared || /^application\/octet-stream/i.test(declared);
		const binary = await toBinaryData(this.helpers, {
			data: bodyToBuffer(response.body),
			fileName: fileNameFromDisposition(headers['content-disposition']) ?? fallback.fileName,
			mimeType: generic ? (fallback.mimeType ?? declared) : declared,
		});
		const property = this.getNodeParameter('binaryPropertyName', 'data') as string;
		return [
			{
				json: { fileName: binary.fileName, mimeType: binary.mimeType, fileSize: binary.fileSize },
				binary: { [property]: binary },
				pairedItem: { item: this.getItemIndex() },
			},
		];
	};
}
