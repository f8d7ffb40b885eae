import type { IDataObject } from 'n8n-workflow';

/**
 * What an AI agent gets of a uContact answer: a call record without its constant
 * `type: "record"`, a downloaded recording without the recordings host's URL.
 */
export function ucontactAgentView(json: IDataObject): IDataObject {
	const view = { ...json };
	if (view.type === 'record' && view.guid !== undefined) delete view.type;
	if (typeof view.location === 'string' && view.guid !== undefined) delete view.location;
	return view;
}
