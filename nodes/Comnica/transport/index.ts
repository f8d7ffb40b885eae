import type {
	DeclarativeRestApiSettings,
	IDataObject,
	IExecuteFunctions,
	IExecutePaginationFunctions,
	IExecuteSingleFunctions,
	IHookFunctions,
	IHttpRequestOptions,
	ILoadOptionsFunctions,
	IN8nHttpFullResponse,
	INode,
	INodeExecutionData,
	IWebhookFunctions,
	NodeApiError,
	PostReceiveAction,
} from 'n8n-workflow';

import { bodyToBuffer, fileNameFromDisposition, toBinaryData } from '../../shared/binary';
import { bodyText, parseJsonBody, vendorApiError } from '../../shared/errors';
import { retryTakenSessions } from '../../shared/sessionGate';
import type { SessionGate } from '../../shared/sessionGate';
import { itemsFor, asObject } from '../../shared/items';
import { transportError } from '../../shared/requestGuard';
import { itemParameter } from '../../shared/parameters';
import { pathParameters } from '../../shared/path';
import { comnicaBaseUrl, comnicaTimestamp, envelope } from './baseUrl';

export { comnicaBaseUrl, envelope } from './baseUrl';

interface ComnicaErrorEntry {
	code?: string;
	parameters?: IDataObject | null;
	field_name?: string | null;
	global?: boolean;
}

function describeError(entry: ComnicaErrorEntry): string {
	const parameters = Object.entries(entry.parameters ?? {})
		.map(([key, value]) => `${key}=${typeof value === 'object' ? JSON.stringify(value) : String(value)}`)
		.join(', ');
	const field = entry.field_name ? ` on field "${entry.field_name}"` : '';
	return `${entry.code ?? 'ERROR'}${field}${parameters ? ` (${parameters})` : ''}`;
}

/** Turns a Comnica error answer into an error that says what failed and what to do. */
export function comnicaError(
	node: INode,
	response: IN8nHttpFullResponse,
	endpoint: string,
	itemIndex?: number,
): NodeApiError {
	const status = response.statusCode;
	const body = parseJsonBody(response.body) as { payload?: { errors?: ComnicaErrorEntry[] } } | undefined;
	const errors = body?.payload?.errors;
	if (status === 400 && Array.isArray(errors) && errors.length > 0) {
		const notFound = errors.some((entry) => entry.code === 'NOT_FOUND');
		return vendorApiError(node, {
			message: `Comnica refused the request: ${errors.map(describeError).join('; ')}`,
			description: `${endpoint} answered 400 Bad Request.\n${errors
				.map((entry) => `- ${describeError(entry)}${entry.global ? ' (concerns the whole request)' : ''}`)
				.join('\n')}\nCorrect the named fields and run the node again.`,
			httpCode: status,
			itemIndex,
			response: body,
			hint: notFound
				? 'Check the IDs it names: Get Many records lists the records of a project, Filter Data the projects, users and terminations.'
				: 'Correct the named fields and try again.',
		});
	}
	const detail = bodyText(response.body);
	const known: Record<number, [string, string]> = {
		401: [
			'Comnica did not accept the login (401)',
			'A new session could not be opened. Check the username and password in the Comnica credential.',
		],
		403: [
			`The Comnica user may not use ${endpoint} (403 Permission denied)`,
			'Ask a Comnica administrator to grant this user the permission for this function.',
		],
		404: [
			`Comnica has nothing at ${endpoint} (404 Not found)`,
			'Check the company name or Base URL in the credential (the API address ends in /api) and the ID you asked for.',
		],
	};
	const [message, hint] =
		known[status] ??
		(status >= 500
			? [`Comnica failed to process ${endpoint} (HTTP ${status})`, 'The Comnica server had a problem. Try again later.']
			: [`Comnica answered HTTP ${status} to ${endpoint}`, 'Check the node parameters.']);
	return vendorApiError(node, {
		message,
		description: detail ? `${hint}\nComnica said: ${detail}` : hint,
		httpCode: status,
		itemIndex,
		hint,
		endpoint,
	});
}

/** The payload of a successful answer; throws the mapped error for anything else. */
export function unwrapPayload(node: INode, response: IN8nHttpFullResponse, endpoint: string, itemIndex?: number): unknown {
	if (response.statusCode < 200 || response.statusCode >= 300) throw comnicaError(node, response, endpoint, itemIndex);
	const body = parseJsonBody(response.body) as { payload?: unknown } | undefined;
	if (!body || typeof body !== 'object' || !('payload' in body)) {
		throw vendorApiError(node, {
			message: `Comnica answered ${endpoint} without its usual envelope`,
			description: `Check that the Base URL points at the Comnica API. Answer: ${bodyText(response.body)}`,
			httpCode: response.statusCode,
			itemIndex,
			hint: 'Check that the Base URL of the Comnica credential points at the Comnica API.',
			endpoint,
		});
	}
	return body.payload;
}

type Context = IExecuteFunctions | ILoadOptionsFunctions | IHookFunctions | IWebhookFunctions | IExecuteSingleFunctions;

/** Where the credential keeps Comnica's session key (see nodes/shared/sessionGate.ts). */
export const COMNICA_SESSION: SessionGate = {
	credentialType: 'comnicaApi',
	needsLogin: (credentials) => !credentials.sessionKey,
	storedKey: (credentials) => String(credentials.sessionKey ?? ''),
};

/** The one request function for code paths (dropdowns, the trigger): envelope in, payload out. */
export async function comnicaApiRequest(this: Context, endpoint: string, payload: IDataObject = {}): Promise<unknown> {
	const credentials = await this.getCredentials<{ baseUrl: string }>('comnicaApi');
	const options: IHttpRequestOptions = {
		method: 'POST',
		url: `${comnicaBaseUrl(credentials.baseUrl)}${endpoint}`,
		body: envelope(payload),
		json: true,
		returnFullResponse: true,
		// 401 must still throw: n8n then renews the session and repeats the request once.
		ignoreHttpStatusErrors: { ignore: true as const, except: [401] },
	};
	let response: IN8nHttpFullResponse;
	try {
		response = (await retryTakenSessions(this, COMNICA_SESSION, async () => await this.helpers.httpRequestWithAuthentication.call(this, 'comnicaApi', options))) as IN8nHttpFullResponse;
	} catch (error) {
		throw transportError(this.getNode(), 'Comnica', `POST ${endpoint}`, error, 0);
	}
	return unwrapPayload(this.getNode(), response, endpoint);
}

/**
 * Request defaults of the declarative node: POST + JSON, errors mapped by postReceive. The
 * credential's `authenticate` puts the company's API root in front of the urls.
 */
export const comnicaRequestDefaults = {
	method: 'POST' as const,
	json: true,
	ignoreHttpStatusErrors: { ignore: true as const, except: [401] },
};

/** The body of a Comnica request: fields send into `payload.*`; comnicaRequest stamps `rq_sent`. */
export const ENVELOPE = { rq_sent: '', payload: {} };

const pathIds = pathParameters((value) => encodeURIComponent(String(value)));

/** preSend of every request: the envelope's `rq_sent` (now, as the manual writes it) and the ids in the url. */
export async function comnicaRequest(this: IExecuteSingleFunctions, requestOptions: IHttpRequestOptions): Promise<IHttpRequestOptions> {
	const body = requestOptions.body as IDataObject | undefined;
	if (body && typeof body === 'object' && 'rq_sent' in body) body.rq_sent = comnicaTimestamp();
	return await pathIds.call(this, requestOptions);
}

export type Shape = 'object' | 'array' | 'rows';

/** postReceive: unwraps the envelope and returns one item per object, linked to its input. */
export function receive(endpoint: string, shape: Shape = 'object'): PostReceiveAction {
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

/** The request body's payload object, for preSend functions that build structured parts. */
export function payloadOf(requestOptions: IHttpRequestOptions): IDataObject {
	const body = (requestOptions.body ?? {}) as IDataObject;
	requestOptions.body = body;
	body.payload ??= {};
	return body.payload as IDataObject;
}

/** What a file is called and is when Comnica's answer does not say (no Content-Disposition, a generic type). */
export interface FileDefaults {
	fileName: string;
	mimeType?: string;
}

/** postReceive for file answers (exports, recordings): bytes become binary data of one item. */
export function receiveFile(endpoint: string, defaults: (context: IExecuteSingleFunctions) => FileDefaults): PostReceiveAction {
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
