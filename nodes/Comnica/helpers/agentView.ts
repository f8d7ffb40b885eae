import type { IDataObject } from 'n8n-workflow';

import type { LoadedRecord } from './simplify';
import { simplifyRecord } from './simplify';

/** What an AI agent gets of a Comnica answer: a loaded record flat, as Simplify makes it. */
export function comnicaAgentView(json: IDataObject): IDataObject {
	return json.system_columns !== undefined && json.custom_data !== undefined ? simplifyRecord(json as LoadedRecord) : json;
}
