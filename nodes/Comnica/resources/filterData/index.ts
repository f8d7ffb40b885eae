import { NodeOperationError } from 'n8n-workflow';
import type {
	IDataObject,
	IExecuteSingleFunctions,
	IHttpRequestOptions,
	INodeExecutionData,
	INodeProperties,
} from 'n8n-workflow';

import { optionsCollection } from '../../../shared/fields';
import { itemsFor } from '../../../shared/items';
import { ENDPOINTS, payloadOf, request, unwrapPayload } from '../../transport';

const show = { resource: ['filterData'] };

/** Lists the lookup can return, with the options each one takes (manual: "Filterdata"). */
const lists: Array<{ name: string; value: string; options: string[] }> = [
	{ name: 'Agent States', value: 'operatorstates', options: [] },
	{ name: 'Call Directions', value: 'calldirection', options: [] },
	{ name: 'Call End Reasons', value: 'callreason_types', options: [] },
	{ name: 'Communication Methods', value: 'communication_method', options: [] },
	{ name: 'Files', value: 'files', options: [] },
	{ name: 'Global Roles', value: 'global_roles', options: [] },
	{ name: 'Project Data Columns', value: 'projectdata_column', options: ['project_id'] },
	{ name: 'Project Roles', value: 'project_roles', options: [] },
	{ name: 'Projects', value: 'projects', options: ['all', 'type'] },
	{ name: 'Queues', value: 'queues', options: ['all'] },
	{ name: 'Robinson Lists', value: 'robinson_lists', options: ['all'] },
	{ name: 'Scripts', value: 'scripts', options: ['project_id', 'all'] },
	{ name: 'Termination Categories', value: 'termination_categories', options: [] },
	{ name: 'Terminations', value: 'terminations', options: ['all', 'project_id', 'termination_category_id', 'hide_redial'] },
	{ name: 'User Emails', value: 'emails', options: ['all', 'project_id'] },
	{ name: 'User Names (Display)', value: 'users', options: ['all', 'project_id'] },
	{ name: 'Usernames (Login)', value: 'usernames', options: ['all', 'project_id'] },
	{ name: 'Video Projects', value: 'video_projects', options: [] },
];

const needsProject = ['projectdata_column', 'scripts'];

/** preSend: one key per selected list, each with the options that list accepts. */
async function lookUpPayload(this: IExecuteSingleFunctions, requestOptions: IHttpRequestOptions): Promise<IHttpRequestOptions> {
	const selected = this.getNodeParameter('lists', []) as string[];
	const given = this.getNodeParameter('lookUpOptions', {}) as IDataObject;
	if (selected.length === 0) {
		throw new NodeOperationError(this.getNode(), 'Select at least one list under "Lists"', { itemIndex: this.getItemIndex() });
	}
	const payload = payloadOf(requestOptions);
	for (const key of selected) {
		const accepted = lists.find((list) => list.value === key)?.options ?? [];
		const options: IDataObject = {};
		if (accepted.includes('all') && given.includeInactive === true) options.all = true;
		if (accepted.includes('project_id') && given.projectId) options.project_id = Number(given.projectId);
		if (accepted.includes('type') && Array.isArray(given.projectTypes) && given.projectTypes.length > 0) options.type = given.projectTypes;
		if (accepted.includes('termination_category_id') && given.terminationCategoryId) {
			options.termination_category_id = Number(given.terminationCategoryId);
		}
		if (accepted.includes('hide_redial') && given.hideRedial === true) options.hide_redial = true;
		if (needsProject.includes(key) && options.project_id === undefined) {
			throw new NodeOperationError(this.getNode(), `The list "${key}" needs a project (Options → Project)`, {
				itemIndex: this.getItemIndex(),
			});
		}
		payload[key] = options;
	}
	return requestOptions;
}

/** postReceive: one item per entry (`{list, id, name}`), or one item with every list. */
async function lookUpItems(this: IExecuteSingleFunctions, _items: INodeExecutionData[], response: Parameters<typeof unwrapPayload>[1]) {
	const payload = unwrapPayload(this.getNode(), response, ENDPOINTS.filterData, this.getItemIndex()) as Record<string, IDataObject[]>;
	if (this.getNodeParameter('splitIntoItems', true) === false) return itemsFor(this, payload);
	return itemsFor(
		this,
		Object.entries(payload).flatMap(([list, entries]) => (entries ?? []).map((entry) => ({ list, ...entry }))),
	);
}

export const filterDataDescription: INodeProperties[] = [
	{
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show },
		options: [
			{
				name: 'Look Up',
				value: 'lookUp',
				action: 'Look up identifiers and names',
				description:
					'Get the IDs and names of projects, users, terminations, agent states and more. Returns the chosen lists of ID and name. Use it to find the project, user and termination IDs other operations need.',
				routing: {
					request: request(ENDPOINTS.filterData),
					send: { preSend: [lookUpPayload] },
					output: { postReceive: [lookUpItems] },
				},
			},
		],
		default: 'lookUp',
	},
	{
		displayName: 'Lists',
		name: 'lists',
		type: 'multiOptions',
		required: true,
		options: lists.map(({ name, value }) => ({ name, value })),
		default: ['projects'],
		displayOptions: { show },
		description: 'Which ID/name lists to return',
	},
	{
		displayName: 'Split Into Items',
		name: 'splitIntoItems',
		type: 'boolean',
		default: true,
		displayOptions: { show },
		description: 'Whether to output one item per entry (with its list name) instead of one item holding every list',
	},
	optionsCollection({
		name: 'lookUpOptions',
		displayOptions: { show },
		options: [
			{
				displayName: 'Hide Redial Terminations',
				name: 'hideRedial',
				type: 'boolean',
				default: false,
				description: 'Whether to leave out REDIAL terminations (terminations)',
			},
			{
				displayName: 'Include Inactive',
				name: 'includeInactive',
				type: 'boolean',
				default: false,
				description: 'Whether to list inactive entries too (projects, users, queues, scripts, terminations, …)',
			},
			{
				displayName: 'Project Name or ID',
				name: 'projectId',
				type: 'options',
				typeOptions: { loadOptionsMethod: 'getProjects' },
				default: '',
				description:
					'Only entries of this project (users, terminations); required for project data columns and scripts. Choose from the list, or specify an ID using an <a href="https://docs.n8n.io/code/expressions/">expression</a>.',
			},
			{
				displayName: 'Project Types',
				name: 'projectTypes',
				type: 'multiOptions',
				options: [
					{ name: 'Incoming Video', value: 'incoming_video' },
					{ name: 'Incoming Voice', value: 'incoming_voice' },
					{ name: 'Outgoing Voice', value: 'outgoing_voice' },
				],
				default: [],
				description: 'Only projects of these types (projects)',
			},
			{
				displayName: 'Termination Category Name or ID',
				name: 'terminationCategoryId',
				type: 'options',
				typeOptions: { loadOptionsMethod: 'getTerminationCategories' },
				default: '',
				description:
					'Only terminations of this category (terminations). Choose from the list, or specify an ID using an <a href="https://docs.n8n.io/code/expressions/">expression</a>.',
			},
		],
	}),
];
