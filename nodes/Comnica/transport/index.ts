import { RENEW_ON_401 } from '../../shared/request';
import type { VendorApi } from '../../shared/request';
import type { SessionGate } from '../../shared/sessionGate';
import { comnicaBaseUrl } from './baseUrl';
import { comnicaError } from './errors';
import { unwrapPayload } from './receive';
import { envelope } from './send';

export { comnicaBaseUrl } from './baseUrl';
export { ENDPOINTS } from './endpoints';
export { comnicaError } from './errors';
export { receive, receiveFile, unwrapPayload } from './receive';
export { allRows } from './paging';
export { comnicaRequest, envelope, payloadOf, request } from './send';

/** Where the credential keeps Comnica's session key (see nodes/shared/sessionGate.ts). */
export const COMNICA_SESSION: SessionGate = {
	credentialType: 'comnicaApi',
	needsLogin: (credentials) => !credentials.sessionKey,
	storedKey: (credentials) => String(credentials.sessionKey ?? ''),
};

/**
 * Request defaults of the declarative node: POST + JSON, errors mapped by postReceive. The
 * credential's `authenticate` puts the company's API root in front of the urls.
 */
export const comnicaRequestDefaults = {
	method: 'POST' as const,
	json: true,
	ignoreHttpStatusErrors: RENEW_ON_401,
};

/** Requests of the package's code (dropdowns, the trigger) through `vendorRequest`: envelope in, payload out. */
export const api: VendorApi = {
	vendor: 'Comnica',
	credential: 'comnicaApi',
	root: (credentials) => comnicaBaseUrl(String(credentials.baseUrl)),
	options: { json: true },
	encode: envelope,
	session: COMNICA_SESSION,
	error: (node, response, endpoint, call) => comnicaError(node, response, endpoint, call.itemIndex),
	answer: (node, response, endpoint, call) => unwrapPayload(node, response, endpoint, call.itemIndex),
};
