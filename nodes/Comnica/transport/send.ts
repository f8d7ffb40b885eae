import type { IDataObject, IExecuteSingleFunctions, IHttpRequestOptions } from 'n8n-workflow';

import { route } from '../../shared/endpoint';
import type { Endpoint } from '../../shared/endpoint';
import { pathParameters } from '../../shared/path';

/** `rq_sent` as in the manual's examples: `2019-10-07 09:37:49.700+0000` (UTC). */
export function comnicaTimestamp(date = new Date()): string {
	return `${date.toISOString().replace('T', ' ').replace('Z', '')}+0000`;
}

/** Every Comnica request body is this envelope around the actual payload, sent at `rq_sent`. */
export function envelope(payload: object = {}): { rq_sent: string; payload: object } {
	return { rq_sent: comnicaTimestamp(), payload };
}

/** `routing.request` of an operation: the endpoint and an envelope whose `payload.*` the fields fill (comnicaRequest stamps `rq_sent`). */
export function request(endpoint: Endpoint, extra: Partial<IHttpRequestOptions> = {}): Partial<IHttpRequestOptions> {
	return route(endpoint, { body: envelope(), ...extra });
}

const pathIds = pathParameters((value) => encodeURIComponent(String(value)));

/** preSend of every request: the envelope's `rq_sent` (now, as the manual writes it) and the ids in the url. */
export async function comnicaRequest(this: IExecuteSingleFunctions, requestOptions: IHttpRequestOptions): Promise<IHttpRequestOptions> {
	const body = requestOptions.body as IDataObject | undefined;
	if (body && typeof body === 'object' && 'rq_sent' in body) body.rq_sent = comnicaTimestamp();
	return await pathIds.call(this, requestOptions);
}

/** The request body's payload object, for preSend functions that build structured parts. */
export function payloadOf(requestOptions: IHttpRequestOptions): IDataObject {
	const body = (requestOptions.body ?? {}) as IDataObject;
	requestOptions.body = body;
	body.payload ??= {};
	return body.payload as IDataObject;
}
