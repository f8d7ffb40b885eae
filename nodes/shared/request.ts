import type {
	ICredentialDataDecryptedObject,
	IDataObject,
	IExecuteFunctions,
	IExecuteSingleFunctions,
	IHookFunctions,
	IHttpRequestOptions,
	ILoadOptionsFunctions,
	IN8nHttpFullResponse,
	INode,
	IPollFunctions,
	IWebhookFunctions,
} from 'n8n-workflow';

import type { Endpoint } from './endpoint';
import { endpointName } from './endpoint';
import { transportError } from './requestGuard';
import { retryTakenSessions } from './sessionGate';
import type { SessionGate } from './sessionGate';

/**
 * Every request lets each status reach the vendor's check, except 401: n8n then renews an
 * expirable session (the credential's preAuthentication) and repeats the request once.
 */
export const RENEW_ON_401 = { ignore: true as const, except: [401] };

export type RequestContext =
	| IExecuteFunctions
	| IExecuteSingleFunctions
	| ILoadOptionsFunctions
	| IHookFunctions
	| IWebhookFunctions
	| IPollFunctions;

/** One request of the package's code (dropdowns, triggers, several requests per item). */
export interface VendorCall {
	/** The url actually requested when it is not the endpoint's path (filled ids, a full link the vendor gave). */
	path?: string;
	qs?: IDataObject;
	/** The vendor's payload; its `encode` makes the body sent. */
	body?: IDataObject;
	itemIndex?: number;
	/** false: a 401 is answered instead of renewing the session (ending a session). */
	renewSession?: boolean;
}

/** What the package knows of a vendor's API: where it is, how it is called, how it fails. */
export interface VendorApi<E extends Endpoint = Endpoint, Answer = unknown> {
	/** The vendor as messages name it. */
	vendor: string;
	credential: string;
	/** The API root (or server, for vendors whose endpoints carry a `baseURL`) from the credential. */
	root: (credentials: ICredentialDataDecryptedObject) => string;
	/** Options every request carries: JSON, headers, text answers, the default `baseURL`. */
	options: Partial<IHttpRequestOptions>;
	/** The body sent for a payload (Comnica's envelope, uContact's form). */
	encode?: (payload: IDataObject) => IHttpRequestOptions['body'];
	session?: SessionGate;
	/** What to do about a 401 (requestGuard.ts). */
	unauthorized?: string;
	/** How errors before an answer name the endpoint (default: `endpointName`). */
	where?: (endpoint: E) => string;
	/** The vendor's error mapper, for any status but 2xx. */
	error: (node: INode, response: IN8nHttpFullResponse, endpoint: E, call: VendorCall) => Error;
	/** The answer of a request that passed the status check. */
	answer: (node: INode, response: IN8nHttpFullResponse, endpoint: E, call: VendorCall) => Answer;
}

const ABSOLUTE = /^https?:\/\//i;

/** The one request function of the package's code: credentials → request → status check → the vendor's error mapper. */
export async function vendorRequest<E extends Endpoint, Answer>(
	context: RequestContext,
	api: VendorApi<E, Answer>,
	endpoint: E,
	call: VendorCall = {},
): Promise<Answer> {
	const credentials = await context.getCredentials(api.credential, call.itemIndex);
	const path = call.path ?? endpoint.path;
	const { baseURL, headers, ...defaults } = api.options;
	const options: IHttpRequestOptions = {
		...defaults,
		// A copy: the credential's authenticate adds its headers to the request's own object.
		...(headers ? { headers: { ...headers } } : {}),
		method: endpoint.method,
		url: ABSOLUTE.test(path) ? path : `${api.root(credentials)}${endpoint.baseURL ?? baseURL ?? ''}/${path.replace(/^\/+/, '')}`,
		...(call.qs ? { qs: call.qs } : {}),
		...(call.body ? { body: api.encode ? api.encode(call.body) : call.body } : {}),
		returnFullResponse: true,
		ignoreHttpStatusErrors: call.renewSession === false ? true : RENEW_ON_401,
	};
	const send = async () => (await context.helpers.httpRequestWithAuthentication.call(context, api.credential, options)) as IN8nHttpFullResponse;
	let response: IN8nHttpFullResponse;
	try {
		response = api.session ? await retryTakenSessions(context, api.session, send) : await send();
	} catch (error) {
		const where = (api.where ?? endpointName)(endpoint);
		throw transportError(context.getNode(), api.vendor, where, error, call.itemIndex ?? 0, { unauthorized: api.unauthorized });
	}
	const refused = response.statusCode < 200 || response.statusCode >= 300;
	if (refused && !(response.statusCode === 401 && call.renewSession === false)) throw api.error(context.getNode(), response, endpoint, call);
	return api.answer(context.getNode(), response, endpoint, call);
}
