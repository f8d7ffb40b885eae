import type { IDataObject, IExecuteSingleFunctions, INodeProperties } from 'n8n-workflow';

import { typedValue, valueTypeField } from '../../../shared/typedValue';
import { inputError } from '../../../shared/parameters';

const show = { resource: ['call'], operation: ['runWorkflow'] };

export const runWorkflowDescription: INodeProperties[] = [
	{
		displayName: 'Context',
		name: 'flowContext',
		type: 'string',
		required: true,
		default: '',
		placeholder: 'from-n8n',
		description: 'Incoming context of the voice workflow',
		displayOptions: { show },
		routing: { send: { type: 'body', property: 'context' } },
	},
	{
		displayName: 'Extension',
		name: 'flowExtension',
		type: 'string',
		required: true,
		default: '',
		placeholder: '5000',
		description: 'Incoming extension of the voice workflow',
		displayOptions: { show },
		routing: { send: { type: 'body', property: 'extension' } },
	},
	{
		displayName: 'Specify Parameters',
		name: 'parametersMode',
		type: 'options',
		options: [
			{ name: 'Using Fields Below', value: 'fields' },
			{ name: 'Using JSON', value: 'json' },
		],
		default: 'fields',
		description: 'Give the workflow parameters as name/value pairs or as one JSON object',
		displayOptions: { show },
	},
	{
		displayName: 'Parameters',
		name: 'workflowParameters',
		type: 'fixedCollection',
		typeOptions: { multipleValues: true },
		placeholder: 'Add Parameter',
		default: {},
		description: 'Values injected into the voice workflow, sent as the jsonparams object; each value is sent as its Type (text, number, boolean or JSON)',
		displayOptions: { show: { ...show, parametersMode: ['fields'] } },
		options: [
			{
				displayName: 'Parameter',
				name: 'parameter',
				values: [
					{ displayName: 'Name', name: 'name', type: 'string', default: '', description: 'Name of the variable in the voice workflow' },
					valueTypeField,
					{ displayName: 'Value', name: 'value', type: 'string', default: '', description: 'Value of the variable' },
				],
			},
		],
	},
	{
		displayName: 'Parameters (JSON)',
		name: 'parametersJson',
		type: 'json',
		default: '{}',
		description: 'A JSON object injected into the voice workflow',
		displayOptions: { show: { ...show, parametersMode: ['json'] } },
	},
];

export function buildRunWorkflow(this: IExecuteSingleFunctions, body: IDataObject): void {
	if (this.getNodeParameter('parametersMode', 'fields') === 'fields') {
		const entries = ((this.getNodeParameter('workflowParameters.parameter', []) ?? []) as Array<{ name: string; type?: string; value: unknown }>)
			.filter((entry) => String(entry.name ?? '').trim() !== '')
			.map((entry) => {
				const name = entry.name.trim();
				try {
					return [name, entry.type === undefined ? (entry.value ?? '') : typedValue(entry.value, entry.type, name)];
				} catch (error) {
					throw inputError(this.getNode(), this.getItemIndex(), (error as Error).message, 'Change the value, or the Type of the parameter (Text, Number, Boolean or JSON).');
				}
			});
		body.jsonparams = Object.fromEntries(entries) as IDataObject;
		return;
	}
	const raw = this.getNodeParameter('parametersJson', '{}') as unknown;
	let parsed: unknown = raw;
	if (typeof raw === 'string') {
		try {
			parsed = JSON.parse(raw === '' ? '{}' : raw);
		} catch (error) {
			throw inputError(this.getNode(), this.getItemIndex(), 'Parameters (JSON) is not valid JSON', (error as Error).message);
		}
	}
	if (parsed === null || typeof parsed !== 'object' || Array.isArray(parsed)) {
		throw inputError(this.getNode(), this.getItemIndex(), 'Parameters (JSON) must be a JSON object', 'For example {"idcustomer": "7"}');
	}
	body.jsonparams = parsed as IDataObject;
}
