import type { FieldType, ILoadOptionsFunctions, ResourceMapperField, ResourceMapperFields } from 'n8n-workflow';

import { vendorRequest } from '../../shared/request';
import { api, ENDPOINTS } from '../transport';

interface ProjectField {
	name: string;
	datatype: string;
	type: string;
	selection?: 'single' | 'multi';
	content?: Array<Record<string, string>> | Array<{ label: string; value: string }>;
	output_only?: boolean;
	mandatory_at_input?: boolean;
	editable?: boolean;
}

/** Choice lists come as `[{value: label}]` (CC projects) or `[{label, value}]` (video projects). */
function choices(content: ProjectField['content']): Array<{ name: string; value: string }> {
	return (content ?? []).map((entry) => {
		if ('value' in entry && 'label' in entry) return { name: `${entry.label} (${entry.value})`, value: entry.value };
		const [value, label] = Object.entries(entry)[0] ?? ['', ''];
		return { name: label, value };
	});
}

function fieldType(field: ProjectField): FieldType {
	if (field.type === 'choice') return field.selection === 'multi' ? 'array' : 'options';
	if (field.datatype === 'number') return 'number';
	if (field.datatype === 'boolean') return 'boolean';
	if (field.datatype === 'datetime') return 'dateTime';
	return 'string';
}

function toMapperField(field: ProjectField, required: boolean): ResourceMapperField {
	const type = fieldType(field);
	const hint = field.type === 'choice' && field.selection === 'multi' ? ` (values: ${choices(field.content).map((c) => c.value).join(', ')})` : field.datatype === 'date' ? ' (YYYY-MM-DD)' : '';
	return {
		id: field.name,
		displayName: `${field.name}${hint}`,
		required,
		defaultMatch: false,
		display: true,
		type,
		...(type === 'options' ? { options: choices(field.content) } : {}),
	};
}

/** The CC project's data fields (COM-11) as mappable custom data. */
export async function getProjectFields(this: ILoadOptionsFunctions): Promise<ResourceMapperFields> {
	const project = Number(this.getNodeParameter('project', 0));
	if (!Number.isInteger(project) || project <= 0) return { fields: [], emptyFieldsNotice: 'Select a project first' };
	const fields = (await vendorRequest(this, api, ENDPOINTS.projectFields, { body: { project_id: project } })) as ProjectField[];
	return { fields: fields.map((field) => toMapperField(field, false)) };
}

/** The video project's input columns (COM-13); mandatory ones are required. */
export async function getVideoColumns(this: ILoadOptionsFunctions): Promise<ResourceMapperFields> {
	const project = Number(this.getNodeParameter('videoProject', 0));
	if (!Number.isInteger(project) || project <= 0) return { fields: [], emptyFieldsNotice: 'Select a video project first' };
	const columns = (await vendorRequest(this, api, ENDPOINTS.videoColumns, { body: { project_id: project } })) as ProjectField[];
	return {
		fields: columns.filter((column) => !column.output_only).map((column) => toMapperField(column, column.mandatory_at_input === true)),
	};
}
