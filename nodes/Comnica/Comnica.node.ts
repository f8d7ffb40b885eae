import { NodeConnectionTypes } from 'n8n-workflow';
import type { INodeType, INodeTypeDescription } from 'n8n-workflow';

import * as loadOptions from './methods/loadOptions';
import * as resourceMapping from './methods/resourceMapping';
import { filterDataDescription } from './resources/filterData';
import { projectDescription } from './resources/project';
import { recordDescription } from './resources/record';
import { recordingDescription } from './resources/recording';
import { statisticsDescription } from './resources/statistics';
import { videoProjectDescription } from './resources/videoProject';
import { videoRecordDescription } from './resources/videoRecord';
import { guardedRequests } from '../shared/requestGuard';
import { describedForAgents } from '../shared/toolDescription';
import { comnicaAgentView } from './helpers/agentView';
import { allRows, COMNICA_SESSION, comnicaRequest, comnicaRequestDefaults } from './transport';

export class Comnica implements INodeType {
	description: INodeTypeDescription = {
		displayName: 'Comnica',
		name: 'comnica',
		icon: { light: 'file:comnica.svg', dark: 'file:comnica.dark.svg' },
		group: ['transform'],
		version: 1,
		subtitle: '={{$parameter["operation"] + ": " + $parameter["resource"]}}',
		description: 'Work with Comnica Contact Center records, statistics, recordings and video identification',
		defaults: { name: 'Comnica' },
		usableAsTool: true,
		inputs: [NodeConnectionTypes.Main],
		outputs: [NodeConnectionTypes.Main],
		credentials: [{ name: 'comnicaApi', required: true }],
		requestDefaults: comnicaRequestDefaults,
		requestOperations: {
			pagination: guardedRequests('Comnica', allRows, { session: COMNICA_SESSION, agentView: comnicaAgentView }),
		},
		properties: [
			{
				displayName: 'Resource',
				name: 'resource',
				type: 'options',
				noDataExpression: true,
				// Sends every request through the guard above (see requestGuard.ts), stamps the
				// envelope and fills the ids of the urls (comnicaRequest).
				routing: { send: { paginate: true, preSend: [comnicaRequest] } },
				options: [
					{ name: 'Filter Data', value: 'filterData', description: 'IDs and names of projects, users, terminations, …' },
					{ name: 'Project', value: 'project' },
					{ name: 'Record', value: 'record' },
					{ name: 'Recording', value: 'recording' },
					{ name: 'Statistic', value: 'statistics' },
					{ name: 'Video Project', value: 'videoProject' },
					{ name: 'Video Record', value: 'videoRecord' },
				],
				default: 'record',
			},
			...filterDataDescription,
			...projectDescription,
			...recordDescription,
			...recordingDescription,
			...statisticsDescription,
			...videoProjectDescription,
			...videoRecordDescription,
		],
	};

	methods = { loadOptions, resourceMapping };

	constructor() {
		// Tool descriptions per operation, preSend errors kept for the tool's answer (nodes/shared/toolDescription.ts).
		this.description = describedForAgents(this.description);
	}
}
