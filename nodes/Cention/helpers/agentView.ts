import type { IDataObject } from 'n8n-workflow';

import { htmlToText, isHtml } from '../../shared/tool';

/** Rich-text fields of Cention's answers (library texts, errand bodies, report status icons). */
const RICH_TEXT = new Set(['question', 'answer', 'html_body', 'QuestionHTML', 'status']);

/**
 * What an AI agent gets of a Cention answer (already simplified): rich text as plain text, one
 * ID (`c3_id` is the resource's `id` again, also inside attributes), no JSON:API `type`, no API links.
 */
export function centionAgentView(json: IDataObject): IDataObject {
	const view: IDataObject = {};
	for (const [key, value] of Object.entries(json)) {
		if (key === 'links' || key === 'c3_id' || (key === 'type' && json.id !== undefined && /^c3_/.test(String(value)))) continue;
		view[key] = RICH_TEXT.has(key) && isHtml(value) ? htmlToText(value) : nested(value);
	}
	return view;
}

function nested(value: unknown): IDataObject[string] {
	if (Array.isArray(value)) return value.map((entry) => nested(entry)) as IDataObject[];
	if (value !== null && typeof value === 'object') return centionAgentView(value as IDataObject);
	return value as IDataObject[string];
}
