import type { IDataObject, IExecuteSingleFunctions, IHttpRequestOptions, PreSendAction } from 'n8n-workflow';

import { getPath, requireText } from '../../shared/parameters';
import type { OperationSpec } from './endpoints';

/** Form fields that must never be shown in errors or outputs. */
const SECRET_FIELDS = new Set(['password', 'token']);

/** Integra takes form fields; objects travel as JSON text inside a field (e.g. `call={"calldate":null,…}`). */
export function toForm(fields: IDataObject): URLSearchParams {
	const form = new URLSearchParams();
	for (const [name, value] of Object.entries(fields)) {
		if (value === undefined) continue;
		if (value === null) form.append(name, '');
		else if (typeof value === 'object') form.append(name, JSON.stringify(value));
		else form.append(name, String(value));
	}
	return form;
}

/** What was sent, one line, secrets masked: for error messages. */
export function describeSent(fields: IDataObject, limit = 600): string {
	const text = Object.entries(fields)
		.filter(([, value]) => value !== undefined)
		.map(([name, value]) => {
			if (SECRET_FIELDS.has(name)) return `${name}=***`;
			return `${name}=${value !== null && typeof value === 'object' ? JSON.stringify(value) : String(value)}`;
		})
		.join(', ');
	if (text === '') return '(no fields)';
	return text.length > limit ? `${text.slice(0, limit)}…` : text;
}

// preSend and postReceive of one item run on the same context object: this carries the sent
// fields from one to the other, so answers and errors can say what was sent.
const sentFields = new WeakMap<object, IDataObject>();

/** The fields an item sent (for answers that name them: they are not read again). */
export function sentOf(context: IExecuteSingleFunctions): IDataObject {
	return sentFields.get(context) ?? {};
}

/** preSend of an operation: the collected fields and constants checked, completed and sent as a form. */
export function prepareForm(spec: OperationSpec): PreSendAction {
	return async function (this: IExecuteSingleFunctions, requestOptions: IHttpRequestOptions): Promise<IHttpRequestOptions> {
		const body: IDataObject = { ...((requestOptions.body as IDataObject | undefined) ?? {}), ...(spec.constant ?? {}) };
		for (const [path, displayName] of Object.entries(spec.required ?? {})) {
			requireText(this, getPath(body, path), displayName, `uContact needs ${displayName} to ${spec.endpoint.label}.`);
		}
		if (spec.build) await spec.build.call(this, body);
		sentFields.set(this, body);
		requestOptions.body = toForm(body);
		return requestOptions;
	};
}
