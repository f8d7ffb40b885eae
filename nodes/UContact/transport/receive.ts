import type { IDataObject, IExecuteSingleFunctions, IN8nHttpFullResponse, INode, INodeExecutionData, PostReceiveAction } from 'n8n-workflow';

import { asObject, itemsFor } from '../../shared/items';
import { getPath } from '../../shared/parameters';
import type { AnswerShape, OperationSpec } from './endpoints';
import type { IntegraCall } from './errors';
import { answerText, httpError, isRefusal, refusedError, unexpectedError, unquoted } from './errors';
import { sentOf } from './send';

/** The answer's text when the call succeeded; throws the mapped error otherwise. */
export function checkAnswer(node: INode, response: IN8nHttpFullResponse, call: IntegraCall): string {
	const text = answerText(response.body);
	if (response.statusCode < 200 || response.statusCode >= 300) throw httpError(node, response.statusCode, text, call);
	if (isRefusal(text)) throw refusedError(node, text, call);
	return text;
}

function echoed(call: IntegraCall, echo: string[] = []): IDataObject {
	const result: IDataObject = {};
	for (const path of echo) {
		const value = getPath(call.sent, path);
		if (value !== undefined) result[path.split('.').at(-1)!] = value as IDataObject[string];
	}
	return result;
}

const OK_TEXTS = new Set(['1', 'ok', 'true']);

/** Plain-text answers as data: `{success, guid}` for a GUID, `{success, result}` for `1`/`OK`. */
export function textResult(node: INode, text: string, call: IntegraCall, shape: Exclude<AnswerShape, 'json'>, echo?: string[]): IDataObject {
	const value = unquoted(text);
	if (shape === 'guid') {
		if (value === '' || /[\s<>{}[\]]/.test(value)) throw unexpectedError(node, text, call, 'the GUID of a call');
		return { success: true, guid: value, ...echoed(call, echo) };
	}
	const accepted = OK_TEXTS.has(value.toLowerCase()) || (shape === 'okOrEmpty' && value === '');
	if (!accepted) throw unexpectedError(node, text, call, shape === 'okOrEmpty' ? '1, OK or an empty answer' : '1 or OK');
	return { success: true, result: value, ...echoed(call, echo) };
}

export function jsonResult(node: INode, text: string, call: IntegraCall): unknown {
	try {
		return JSON.parse(text) as unknown;
	} catch {
		throw unexpectedError(node, text, call, 'JSON');
	}
}

/** postReceive of an operation: the answer checked and turned into items. */
export function receive(spec: OperationSpec): PostReceiveAction {
	return async function (this: IExecuteSingleFunctions, _items, response: IN8nHttpFullResponse): Promise<INodeExecutionData[]> {
		const call: IntegraCall = { endpoint: spec.endpoint, sent: sentOf(this), itemIndex: this.getItemIndex() };
		const node = this.getNode(); // a copy of the node each time it is asked for
		const text = checkAnswer(node, response, call);
		if (spec.answer !== 'json') return itemsFor(this, textResult(node, text, call, spec.answer, spec.echo));
		const data = jsonResult(node, text, call);
		if (spec.items) return itemsFor(this, spec.items.call(this, data));
		return itemsFor(this, Array.isArray(data) ? data.map((entry) => asObject(entry)) : asObject(data));
	};
}
