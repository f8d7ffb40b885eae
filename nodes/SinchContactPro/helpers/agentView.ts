import type { IDataObject } from 'n8n-workflow';

/** What an AI agent gets of a Sinch Contact Pro answer: no `location` URL of the API beside the new `id`. */
export function sinchAgentView(json: IDataObject): IDataObject {
	if (json.id === undefined || typeof json.location !== 'string') return json;
	const view = { ...json };
	delete view.location;
	return view;
}
