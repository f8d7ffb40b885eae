import { NodeConnectionTypes } from 'n8n-workflow';
import type { INodeType, INodeTypeDescription } from 'n8n-workflow';

import { recordDescription } from './resources/record';
import { comnicaRequestDefaults } from './transport';

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
		properties: [
			{
				displayName: 'Resource',
				name: 'resource',
				type: 'options',
				noDataExpression: true,
				options: [{ name: 'Record', value: 'record' }],
				default: 'record',
			},
			...recordDescription,
		],
	};
}
