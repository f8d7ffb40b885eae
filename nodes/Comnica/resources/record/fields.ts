import type { IDisplayOptions, INodeProperties } from 'n8n-workflow';

type Show = NonNullable<IDisplayOptions['show']>;

/** The record's script/data fields, offered from the project's field list (COM-11); sent by customDataBody. */
export function customDataField(show: Show): INodeProperties {
	return {
		displayName: 'Custom Data',
		name: 'customData',
		type: 'resourceMapper',
		noDataExpression: true,
		default: { mappingMode: 'defineBelow', value: null },
		description: 'Values of the project\'s data fields, by field name (Project Get Fields lists them)',
		displayOptions: { show },
		typeOptions: {
			loadOptionsDependsOn: ['project'],
			resourceMapper: {
				resourceMapperMethod: 'getProjectFields',
				mode: 'add',
				fieldWords: { singular: 'field', plural: 'fields' },
				addAllFields: false,
				multiKeyMatch: false,
				supportAutoMap: true,
			},
		},
	};
}

const nextCall: INodeProperties = {
	displayName: 'Next Call',
	name: 'nextCall',
	type: 'dateTime',
	default: '',
	description: 'When the record is called next (a callback time), sent with the offset it is given with',
};

const callbackToUser: INodeProperties = {
	displayName: 'Callback To User Name or ID',
	name: 'callbackToUser',
	type: 'options',
	typeOptions: { loadOptionsMethod: 'getUsers', loadOptionsDependsOn: ['project'] },
	default: '',
	description:
		'The agent who should make the callback. Choose from the list, or specify an ID using an <a href="https://docs.n8n.io/code/expressions/">expression</a>.',
};

const manualRedial: INodeProperties = {
	displayName: 'Manual Redial',
	name: 'manualRedial',
	type: 'boolean',
	default: true,
	description: 'Whether the callback was set explicitly (true) rather than as an automatic retry',
};

const priority: INodeProperties = {
	displayName: 'Priority',
	name: 'priority',
	type: 'number',
	typeOptions: { minValue: 1, maxValue: 9 },
	default: 1,
	description: 'Dialing priority from 1 to 9 (9 is the highest)',
};

export function createSystemColumns(show: Show): INodeProperties {
	return {
		displayName: 'System Columns',
		name: 'systemColumns',
		type: 'collection',
		placeholder: 'Add Column',
		default: {},
		displayOptions: { show },
		description: 'Comnica\'s own columns of the record: callback, priority, when it may be called',
		options: [
			callbackToUser,
			{ displayName: 'Callable From', name: 'dialFrom', type: 'string', default: '', placeholder: '08:00', description: 'Start of the time window the record may be called in' },
			{ displayName: 'Callable To', name: 'dialTo', type: 'string', default: '', placeholder: '20:00', description: 'End of the time window the record may be called in' },
			manualRedial,
			nextCall,
			priority,
		],
	};
}

export function updateSystemColumns(show: Show): INodeProperties {
	return {
		displayName: 'System Columns',
		name: 'systemColumns',
		type: 'collection',
		placeholder: 'Add Column',
		default: {},
		displayOptions: { show },
		description: 'Comnica\'s own columns of the record: termination, callback, priority',
		options: [
			callbackToUser,
			{
				displayName: 'Clear Next Call',
				name: 'clearNextCall',
				type: 'boolean',
				default: false,
				description: 'Whether to remove a scheduled callback (sends next_call null)',
			},
			manualRedial,
			nextCall,
			priority,
			{
				displayName: 'Termination Name or ID',
				name: 'termination',
				type: 'options',
				typeOptions: { loadOptionsMethod: 'getTerminations', loadOptionsDependsOn: ['project'] },
				default: '',
				description:
					'Close the record with this termination. Choose from the list, or specify an ID using an <a href="https://docs.n8n.io/code/expressions/">expression</a>.',
			},
		],
	};
}
