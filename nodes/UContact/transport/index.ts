import type { IN8nHttpFullResponse, INodePropertyRouting } from 'n8n-workflow';

import { route } from '../../shared/endpoint';
import { RENEW_ON_401 } from '../../shared/request';
import type { VendorApi } from '../../shared/request';
import type { SessionGate } from '../../shared/sessionGate';
import { ucontactBaseUrl } from './baseUrl';
import type { IntegraEndpoint, OperationSpec } from './endpoints';
import { answerText, httpError, isRefusal, refusedError } from './errors';
import { receive } from './receive';
import { prepareForm, toForm } from './send';

export { UCONTACT_BASE_URL_EXPRESSION, recordingHosts, ucontactBaseUrl } from './baseUrl';
export { ENDPOINTS } from './endpoints';
export type { IntegraEndpoint, OperationSpec } from './endpoints';
export type { IntegraCall } from './errors';
export { jsonResult, textResult } from './receive';
export { sentOf } from './send';
export { pagesByLastrow, paginateRecords, repeatedPage } from './paging';

/**
 * Request defaults of the declarative node: POST, answers read as text (they are often `1` or a
 * GUID). The credential's `authenticate` puts the instance's Integra root in front of the urls.
 */
export const ucontactRequestDefaults = {
	method: 'POST' as const,
	encoding: 'text' as const,
	ignoreHttpStatusErrors: RENEW_ON_401,
};

/** Routing of one Integra operation: form-encoded POST, answer checked and turned into items. */
export function integraRoute(spec: OperationSpec): INodePropertyRouting {
	return {
		request: route(spec.endpoint),
		send: { preSend: [prepareForm(spec)] },
		output: { postReceive: [receive(spec)] },
	};
}

/** Where the credential keeps uContact's session token (see nodes/shared/sessionGate.ts). */
export const UCONTACT_SESSION: SessionGate = {
	credentialType: 'uContactApi',
	needsLogin: (credentials) => credentials.authentication !== 'apiToken' && !credentials.sessionToken,
	storedKey: (credentials) => String(credentials.sessionToken ?? ''),
};

/** A checked answer: its text and status (401 only when the call asked not to renew the session). */
export interface IntegraAnswer {
	text: string;
	statusCode: number;
}

/**
 * Requests of the package's code (dropdowns, downloads, uploads, the call records trigger)
 * through `vendorRequest`: form in, checked text out. The body is the form's fields.
 */
export const api: VendorApi<IntegraEndpoint, IntegraAnswer> = {
	vendor: 'uContact',
	credential: 'uContactApi',
	root: (credentials) => ucontactBaseUrl(String(credentials.baseUrl)),
	options: { encoding: 'text' },
	encode: toForm,
	session: UCONTACT_SESSION,
	error: (node, response, endpoint, call) => httpError(node, response.statusCode, answerText(response.body), { endpoint, sent: call.body ?? {}, itemIndex: call.itemIndex }),
	answer: (node, response: IN8nHttpFullResponse, endpoint, call) => {
		if (response.statusCode === 401) return { text: '', statusCode: 401 };
		const text = answerText(response.body);
		if (isRefusal(text)) throw refusedError(node, text, { endpoint, sent: call.body ?? {}, itemIndex: call.itemIndex });
		return { text, statusCode: response.statusCode };
	},
};
