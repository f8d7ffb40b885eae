import type { IDataObject, IExecuteSingleFunctions, INodeExecutionData } from 'n8n-workflow';

/** The system columns a simplified record keeps (the ones workflows decide on). */
const SYSTEM_COLUMNS = ['project_id', 'termination_id', 'next_call', 'callback_to_user_id', 'priority', 'is_redial', 'manual_redial'];

export interface LoadedRecord {
	comments?: Array<{ comment?: string }>;
	contacts?: Array<{ contact?: string; active?: boolean }>;
	custom_data?: IDataObject;
	system_columns?: IDataObject;
}

/**
 * One flat object instead of the record's four parts: its custom data fields, then the ID and
 * main system columns (which win over a data field of the same name), the active contacts'
 * numbers in Comnica's order and the last comment.
 */
export function simplifyRecord(record: LoadedRecord): IDataObject {
	const system = record.system_columns ?? {};
	const simplified: IDataObject = { ...(record.custom_data ?? {}), id: system.id };
	for (const column of SYSTEM_COLUMNS) if (column in system) simplified[column] = system[column];
	simplified.contacts = (record.contacts ?? []).filter((contact) => contact.active !== false).map((contact) => contact.contact ?? '');
	simplified.last_comment = record.comments?.at(-1)?.comment ?? null;
	return simplified;
}

/** postReceive of Record Get: the simplified record when the user asks for it. */
export async function simplifyRecordItems(this: IExecuteSingleFunctions, items: INodeExecutionData[]): Promise<INodeExecutionData[]> {
	if (this.getNodeParameter('simplify', false) !== true) return items;
	return items.map((item) => ({ ...item, json: simplifyRecord(item.json as LoadedRecord) }));
}
