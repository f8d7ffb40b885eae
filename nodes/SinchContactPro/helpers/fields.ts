import type { INodeProperties } from 'n8n-workflow';

import { returnAllFields } from '../../shared/fields';
import { valueTypeField } from '../../shared/typedValue';

export function showFor(resource: string, operations: string[]): INodeProperties['displayOptions'] {
	return { show: { resource: [resource], operation: operations } };
}

/** A required id that goes into the path. */
export function idField(
	resource: string,
	operations: string[],
	name: string,
	displayName: string,
	description: string,
): INodeProperties {
	return {
		displayName,
		name,
		type: 'string',
		required: true,
		default: '',
		placeholder: '4F8A2C1D9B3E4A7F8C6D2E1B0A9F8E7D',
		displayOptions: showFor(resource, operations),
		description,
	};
}

interface ListOptions {
	/** Documented filters of the list (query parameters). */
	filters?: INodeProperties[];
	/** Example of a free filter for the placeholder. */
	filterExample?: string;
}

/**
 * Return All, Limit, the documented filters and free filters of a "Get Many" operation. The
 * operation's routing sends Limit and the free filters (preSend.listQuery).
 */
export function listFields(resource: string, options: ListOptions = {}): INodeProperties[] {
	const display = showFor(resource, ['getAll']);
	const fields = returnAllFields({ resource: [resource], operation: ['getAll'] });
	if (options.filters?.length) {
		fields.push({
			displayName: 'Filters',
			name: 'filters',
			type: 'collection',
			placeholder: 'Add Filter',
			default: {},
			displayOptions: display,
			options: options.filters,
		});
	}
	fields.push({
		displayName: 'Additional Filters',
		name: 'additionalFilters',
		type: 'fixedCollection',
		placeholder: 'Add Filter',
		typeOptions: { multipleValues: true },
		default: {},
		displayOptions: display,
		description: 'More query parameters, as named in the Contact Pro interface reference',
		options: [
			{
				displayName: 'Filter',
				name: 'filter',
				values: [
					{
						displayName: 'Name',
						name: 'name',
						type: 'string',
						default: '',
						placeholder: options.filterExample ?? 'field',
						description: 'Query parameter name, as the Contact Pro interface reference writes it',
					},
					{ displayName: 'Value', name: 'value', type: 'string', default: '', description: 'The value to match' },
				],
			},
		],
	});
	return fields;
}

/** A query filter of the Filters collection. */
export function queryFilter(displayName: string, name: string, description: string, extra: Partial<INodeProperties> = {}): INodeProperties {
	return {
		displayName,
		name,
		type: 'string',
		default: '',
		description,
		routing: { send: { type: 'query', property: name } },
		...extra,
	} as INodeProperties;
}

/** Name/value pairs that become JSON body fields of their Type (dots build nested objects; preSend.bodyFields of the operation). */
export function bodyFieldsField(
	resource: string,
	operations: string[],
	displayName: string,
	description: string,
	name = 'fields',
): INodeProperties {
	return {
		displayName,
		name,
		type: 'fixedCollection',
		placeholder: 'Add Field',
		typeOptions: { multipleValues: true },
		default: {},
		displayOptions: showFor(resource, operations),
		description,
		options: [
			{
				displayName: 'Field',
				name: 'field',
				values: [
					{ displayName: 'Name', name: 'name', type: 'string', default: '', description: 'Field name; a dot sets a field of a sub-object (customer.name)' },
					valueTypeField,
					{ displayName: 'Value', name: 'value', type: 'string', default: '', description: 'The field\'s value' },
				],
			},
		],
	};
}
