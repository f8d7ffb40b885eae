import type { IDataObject, ILoadOptionsFunctions, INodePropertyOptions } from 'n8n-workflow';

import { vendorRequest } from '../../shared/request';
import { api, ENDPOINTS } from '../transport';

interface Entry {
	id: number;
	name: string;
}

/** Dropdowns use the same Filter Data lookup (COM-01) the Filter Data resource exposes. */
async function lookUp(context: ILoadOptionsFunctions, key: string, options: IDataObject = {}): Promise<Entry[]> {
	const payload = (await vendorRequest(context, api, ENDPOINTS.filterData, { body: { [key]: options } })) as Record<string, Entry[]>;
	return payload[key] ?? [];
}

function toOptions(entries: Entry[], byName = false): INodePropertyOptions[] {
	return entries
		.map((entry) => ({ name: entry.name, value: byName ? entry.name : entry.id, description: `ID ${entry.id}` }))
		.sort((a, b) => a.name.localeCompare(b.name));
}

function currentProject(context: ILoadOptionsFunctions): number | undefined {
	const project = Number(context.getCurrentNodeParameter('project'));
	return Number.isInteger(project) && project > 0 ? project : undefined;
}

export async function getProjects(this: ILoadOptionsFunctions): Promise<INodePropertyOptions[]> {
	return toOptions(await lookUp(this, 'projects'));
}

export async function getVideoProjects(this: ILoadOptionsFunctions): Promise<INodePropertyOptions[]> {
	return toOptions(await lookUp(this, 'video_projects'));
}

export async function getUsers(this: ILoadOptionsFunctions): Promise<INodePropertyOptions[]> {
	const project = currentProject(this);
	return toOptions(await lookUp(this, 'users', project ? { project_id: project } : {}));
}

export async function getTerminations(this: ILoadOptionsFunctions): Promise<INodePropertyOptions[]> {
	const project = currentProject(this);
	return toOptions(await lookUp(this, 'terminations', project ? { project_id: project } : {}));
}

export async function getTerminationCategories(this: ILoadOptionsFunctions): Promise<INodePropertyOptions[]> {
	return toOptions(await lookUp(this, 'termination_categories'));
}

export async function getOperatorStates(this: ILoadOptionsFunctions): Promise<INodePropertyOptions[]> {
	return toOptions(await lookUp(this, 'operatorstates'));
}

/** Agent states by name: the worklog-by-agents list has one column per state name. */
export async function getOperatorStateNames(this: ILoadOptionsFunctions): Promise<INodePropertyOptions[]> {
	return toOptions(await lookUp(this, 'operatorstates'), true);
}

export async function getQueues(this: ILoadOptionsFunctions): Promise<INodePropertyOptions[]> {
	return toOptions(await lookUp(this, 'queues'));
}

const systemColumns: Array<[string, string]> = [
	['callback_to_user', 'Callback assigned to user (IDs)'],
	['inserted_at', 'Entered into the system'],
	['is_redial', 'Is a callback'],
	['last_agent', 'Last agent (user IDs)'],
	['last_agent_work_at', 'Last agent work'],
	['last_call_at', 'Last call'],
	['last_comment', 'Last comment'],
	['manual_redial', 'Manual (explicit) callback'],
	['next_call', 'Next call'],
	['phone', 'Phone'],
	['phone_comment', 'Phone comment'],
	['record_id', 'Record ID'],
	['terminated', 'Terminated'],
	['terminating_code', 'Termination (termination IDs)'],
	['termination_category', 'Termination category (IDs)'],
	['updated_at', 'Last modified'],
	['upload', 'Uploaded'],
];

/** Record columns: the documented system columns plus the selected project's data fields (COM-11). */
export async function getRecordColumns(this: ILoadOptionsFunctions): Promise<INodePropertyOptions[]> {
	const options: INodePropertyOptions[] = systemColumns.map(([value, description]) => ({ name: value, value, description }));
	const project = currentProject(this);
	if (project) {
		const fields = (await vendorRequest(this, api, ENDPOINTS.projectFields, { body: { project_id: project } })) as Array<{ name: string; datatype: string }>;
		for (const field of fields) {
			if (!options.some((option) => option.value === field.name)) {
				options.push({ name: field.name, value: field.name, description: `Project data field (${field.datatype})` });
			}
		}
	}
	return options.sort((a, b) => a.name.localeCompare(b.name));
}

/** The selected project's data fields only (for Bulk Modify → Change Data). */
export async function getProjectFieldNames(this: ILoadOptionsFunctions): Promise<INodePropertyOptions[]> {
	const project = currentProject(this);
	if (!project) return [];
	const fields = (await vendorRequest(this, api, ENDPOINTS.projectFields, { body: { project_id: project } })) as Array<{ name: string; datatype: string }>;
	return fields.map((field) => ({ name: field.name, value: field.name, description: field.datatype })).sort((a, b) => a.name.localeCompare(b.name));
}
