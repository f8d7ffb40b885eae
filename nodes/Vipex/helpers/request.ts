import type { IDataObject } from 'n8n-workflow';

/**
 * One type per field of the manual's parameter tables, whatever the method: a GET query
 * string carries text only (`id=91000`), the default POST JSON carries `"id": 91000`, a custom
 * template may quote anything. Numbers are numbers, the rest is text; an empty query value is
 * null, as the PBX writes a null in GET. Fields the manual does not list stay as they came.
 */
const NUMBER_FIELDS = new Set(['id', 'direction', 'src_user_id', 'dst_user_id', 'duration', 'billsec', 'ringtime', 'cc_call', 'price']);
const TEXT_FIELDS = new Set([
	'start_time',
	'answer_time',
	'hangup_time',
	'src',
	'dst',
	'exten',
	'ivr_digits',
	'pincode',
	'cost_location',
	'custom_field',
	'monitor_file_name',
	'main_reference_id',
	'other_party_number',
	'last_exten',
	'user_number',
]);

function typed(name: string, value: unknown, fromQuery: boolean): unknown {
	if (fromQuery && value === '' && (NUMBER_FIELDS.has(name) || TEXT_FIELDS.has(name))) return null;
	if (NUMBER_FIELDS.has(name) && typeof value === 'string' && /^-?\d+(\.\d+)?$/.test(value.trim())) return Number(value.trim());
	if (TEXT_FIELDS.has(name) && (typeof value === 'number' || typeof value === 'boolean')) return String(value);
	return value;
}

/** The manual's fields of one call record (the top level, or a sub-CDR) with their one type. */
function typedRecord(record: IDataObject, fromQuery: boolean): IDataObject {
	for (const [name, value] of Object.entries(record)) {
		const converted = typed(name, value, fromQuery);
		if (converted !== value) record[name] = converted as IDataObject[string];
	}
	return record;
}

/** Fields of the call: the query string, then the body's fields (a body that is not an object lands in `body`). */
export function callFields(query: IDataObject, body: unknown): IDataObject {
	const fields: IDataObject = typedRecord({ ...query }, true);
	if (body === undefined) return fields;
	if (typeof body !== 'object' || body === null || Array.isArray(body)) {
		fields.body = body as IDataObject['body'];
		return fields;
	}
	Object.assign(fields, typedRecord({ ...(body as IDataObject) }, false));
	if (Array.isArray(fields.sub_cdrs)) {
		fields.sub_cdrs = (fields.sub_cdrs as unknown[]).map((entry) =>
			entry !== null && typeof entry === 'object' && !Array.isArray(entry) ? typedRecord({ ...(entry as IDataObject) }, false) : entry,
		) as IDataObject[];
	}
	return fields;
}
