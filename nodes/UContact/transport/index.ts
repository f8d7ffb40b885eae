import type {
	IDataObject,
	IExecuteFunctions,
	IExecuteSingleFunctions,
	IHttpRequestOptions,
	ILoadOptionsFunctions,
	IN8nHttpFullResponse,
	INodeExecutionData,
	INodePropertyRouting,
	IPollFunctions,
	PostReceiveAction,
	PreSendAction,
} from 'n8n-workflow';

import { itemsFor, asObject } from '../../shared/items';
import { transportError } from '../../shared/requestGuard';
import { retryTakenSessions } from '../../shared/sessionGate';
import type { SessionGate } from '../../shared/sessionGate';
import { invalid } from '../helpers/validate';
import type { AnswerShape, IntegraCall } from './answer';
import { checkAnswer, jsonResult, textResult } from './answer';
import { ucontactBaseUrl } from './baseUrl';
import { toForm } from './form';

export { UCONTACT_BASE_URL_EXPRESSION, recordingHosts, ucontactBaseUrl } from './baseUrl';
export type { IntegraCall } from './answer';

/**
 * Request defaults of the declarative node: POST, answers read as text (they are often `1` or a
 * GUID). The credential's `authenticate` puts the instance's Integra root in front of the urls.
 */
export const ucontactRequestDefaults = {
	method: 'POST' as const,
	encoding: 'text' as const,
	// 401 must still throw: n8n then renews the session token and repeats the request once.
	ignoreHttpStatusErrors: { ignore: true as const, except: [401] },
};

export interface OperationSpec {
	endpoint: string;
	/** Verb phrase for messages: "originate the call". */
	label: string;
	answer: AnswerShape;
	/** Body paths that must not be empty, with the field's display name. */
	required?: Record<string, string>;
	/** Completes the collected body (computed and JSON-in-form fields) and validates it. */
	build?: (this: IExecuteSingleFunctions, body: IDataObject) => void | Promise<void>;
	/** Sent fields copied into the output item (plain-text answers). */
	echo?: string[];
	/** Turns a JSON answer into output items. */
	items?: (this: IExecuteSingleFunctions, data: unknown) => IDataObject[];
	hint?: string;
	/** Fields sent as they are (e.g. `Random: 1`). */
	constant?: IDataObject;
}

// preSend and postReceive of one item run on the same context object: this carries the sent
// fields from one to the other, so answers and errors can say what was sent.
const sentFields = new WeakMap<object, IDataObject>();

function isEmpty(value: unknown): boolean {
	return value === undefined || value === null || (typeof value === 'string' && value.trim() === '');
}

function prepareForm(spec: OperationSpec): PreSendAction {
	return async function (this: IExecuteSingleFunctions, requestOptions: IHttpRequestOptions): Promise<IHttpRequestOptions> {
		const body: IDataObject = { ...((requestOptions.body as IDataObject | undefined) ?? {}), ...(spec.constant ?? {}) };
		for (const [path, displayName] of Object.entries(spec.required ?? {})) {
			const value = path.split('.').reduce<unknown>((parent, key) => (parent as IDataObject | undefined)?.[key], body);
			if (isEmpty(value)) throw invalid(this, this.getItemIndex(), `${displayName} is empty`, `uContact needs ${displayName} to ${spec.label}.`);
		}
		if (spec.build) await spec.build.call(this, body);
		sentFields.set(this, body);
		requestOptions.body = toForm(body);
		return requestOptions;
	};
}

/** The fields an item sent (for answers that name them: they are not read again). */
export function sentOf(context: IExecuteSingleFunctions): IDataObject {
	return sentFields.get(context) ?? {};
}

function callOf(context: IExecuteSingleFunctions, spec: OperationSpec): IntegraCall {
	return {
		endpoint: spec.endpoint,
		label: spec.label,
		sent: sentOf(context),
		itemIndex: context.getItemIndex(),
		hint: spec.hint,
	};
}

function receive(spec: OperationSpec): PostReceiveAction {
	return async function (this: IExecuteSingleFunctions, _items, response: IN8nHttpFullResponse): Promise<INodeExecutionData[]> {
		const call = callOf(this, spec);
		const node = this.getNode(); // a copy of the node each time it is asked for
		const text = checkAnswer(node, response, call);
		if (spec.answer !== 'json') return itemsFor(this, textResult(node, text, call, spec.answer, spec.echo));
		const data = jsonResult(node, text, call);
		if (spec.items) return itemsFor(this, spec.items.call(this, data));
		return itemsFor(this, Array.isArray(data) ? data.map((entry) => asObject(entry)) : asObject(data));
	};
}

/** Routing of one Integra operation: form-encoded POST, answer checked and turned into items. */
export function integraRoute(spec: OperationSpec): INodePropertyRouting {
	return {
		request: { url: `/${spec.endpoint}` },
		send: { preSend: [prepareForm(spec)] },
		output: { postReceive: [receive(spec)] },
	};
}

type Context = IExecuteFunctions | ILoadOptionsFunctions | IPollFunctions;

export interface RequestCall extends Omit<IntegraCall, 'sent'> {
	fields: IDataObject;
	/**
	 * false: a 401 is returned instead of renewing the session. Ending a session uses this: a 401
	 * means it had already ended, and logging in only to log out would be pointless.
	 */
	renewOn401?: boolean;
}

/** Where the credential keeps uContact's session token (see nodes/shared/sessionGate.ts). */
export const UCONTACT_SESSION: SessionGate = {
	credentialType: 'uContactApi',
	needsLogin: (credentials) => credentials.authentication !== 'apiToken' && !credentials.sessionToken,
	storedKey: (credentials) => String(credentials.sessionToken ?? ''),
};

/** The one request function for code paths (dropdowns, downloads, uploads): form in, checked text out. */
export async function ucontactApiRequest(this: Context, call: RequestCall): Promise<{ text: string; statusCode: number }> {
	const credentials = await this.getCredentials<{ baseUrl: string }>('uContactApi', call.itemIndex);
	const options: IHttpRequestOptions = {
		method: 'POST',
		url: `${ucontactBaseUrl(credentials.baseUrl)}/${call.endpoint}`,
		body: toForm(call.fields),
		encoding: 'text',
		returnFullResponse: true,
		// 401 must throw for n8n to renew the session token and repeat the request once.
		ignoreHttpStatusErrors: call.renewOn401 === false ? true : { ignore: true, except: [401] },
	};
	let response: IN8nHttpFullResponse;
	try {
		response = (await retryTakenSessions(this, UCONTACT_SESSION, async () => await this.helpers.httpRequestWithAuthentication.call(this, 'uContactApi', options))) as IN8nHttpFullResponse;
	} catch (error) {
		throw transportError(this.getNode(), 'uContact', `POST /${call.endpoint}`, error, call.itemIndex ?? 0);
	}
	if (response.statusCode === 401 && call.renewOn401 === false) return { text: '', statusCode: 401 };
	const text = checkAnswer(this.getNode(), response, { ...call, sent: call.fields });
	return { text, statusCode: response.statusCode };
}
