import type { IHttpRequestMethods, IHttpRequestOptions } from 'n8n-workflow';

/**
 * One call of a vendor's API, declared once (the vendor's `transport/endpoints.ts`): the
 * operation's routing is built from it (`route`), and its error messages name it.
 */
export interface Endpoint {
	method: IHttpRequestMethods;
	/** Below the vendor's API root; `{parameter}` parts are filled from the item (path.ts). */
	path: string;
	/** A path between the server and `path` when the vendor has several APIs (Sinch's /RI/rci). */
	baseURL?: string;
}

/** `routing.request` of an operation: the endpoint's method and url, plus what else it sends (`extra`). */
export function route(endpoint: Endpoint, extra: Partial<IHttpRequestOptions> = {}): Partial<IHttpRequestOptions> {
	return { method: endpoint.method, ...(endpoint.baseURL ? { baseURL: endpoint.baseURL } : {}), url: endpoint.path, ...extra };
}

/** How messages name an endpoint: `GET /RI/rci/scripts/{scriptId}`. */
export function endpointName(endpoint: Endpoint): string {
	return `${endpoint.method} ${endpoint.baseURL ?? ''}${endpoint.path}`;
}
