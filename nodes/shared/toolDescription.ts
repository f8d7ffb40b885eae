import type { INodeProperties, INodePropertyOptions, INodeTypeDescription } from 'n8n-workflow';

import { deferInToolRuns, htmlToText } from './tool';

/**
 * The description of an action node that also serves AI agents (`usableAsTool`). n8n describes
 * a tool to the agent by `<action> in <node>` unless the node has a `toolDescription` parameter
 * (n8n-workflow getToolDescriptionForNode), and does not add its own one then. So every
 * operation gets one, shown only in the tool (`@tool`) and editable there, prefilled with
 * `<action> in <node>. <description>`: what the operation does, what it returns and which
 * operation gives the IDs it needs. n8n builds the tool's arguments from the `$fromAI()` calls in
 * its parameters alone, with the description written there (n8n-core getSchema): in the tool,
 * every required parameter an agent can fill defaults to `$fromAI()` with the parameter's own
 * description. preSend steps keep their errors for the tool's answer (tool.ts).
 */
export function describedForAgents(description: INodeTypeDescription, notes: AgentNotes = {}): INodeTypeDescription {
	const properties = description.properties.flatMap((property) => withAgentArgument(deferredPreSend(property)));
	return { ...description, properties: [...properties, ...toolDescriptions(description.displayName, properties, notes)] };
}

/**
 * What an agent reads about an operation besides its description, by `resource.operation`: for
 * descriptions n8n's lint fixes word for word (upserts), where the returns and IDs cannot go.
 */
export type AgentNotes = Record<string, string>;

interface WithRouting {
	routing?: INodeProperties['routing'];
	options?: unknown[];
	values?: unknown[];
}

/** A copy whose preSend steps (at any depth: operations, collections) defer errors in tool runs. */
function deferredPreSend<T extends object>(entry: T): T {
	const source = entry as WithRouting;
	const copy = { ...source };
	const preSend = source.routing?.send?.preSend;
	if (preSend && preSend.length > 0) {
		copy.routing = { ...source.routing, send: { ...source.routing!.send, preSend: preSend.map(deferInToolRuns) } };
	}
	const nested = (list: unknown[]) => list.map((child) => (child !== null && typeof child === 'object' ? deferredPreSend(child) : child));
	if (Array.isArray(source.options)) copy.options = nested(source.options);
	if (Array.isArray(source.values)) copy.values = nested(source.values);
	return copy as T;
}

/** Parameter types an agent fills with one value. */
const ONE_VALUE = new Set(['string', 'number', 'boolean', 'dateTime', 'options']);

/** Required parameters that set the node up rather than say what to do. */
const NOT_FOR_AGENTS = new Set(['binaryPropertyName']);

/**
 * A required parameter an agent can fill, twice: as it is in the node, and in the tool with
 * `$fromAI()` as its default (the author can still set a value instead).
 */
function withAgentArgument(property: INodeProperties): INodeProperties[] {
	if (!property.required || !ONE_VALUE.has(property.type) || property.noDataExpression || NOT_FOR_AGENTS.has(property.name)) return [property];
	const show = property.displayOptions?.show ?? {};
	return [
		{ ...property, displayOptions: { ...property.displayOptions, show: { ...show, '@tool': [false] } } },
		{ ...property, default: fromAI(property), displayOptions: { ...property.displayOptions, show: { ...show, '@tool': [true] } } },
	];
}

/** `$fromAI()` as the editor's "let the model define this parameter" writes it, with a description. */
function fromAI(property: INodeProperties): string {
	const key = property.displayName.replace(/[^a-zA-Z0-9_-]+/g, '_').replace(/^_+|_+$/g, '').slice(0, 64);
	const type = property.type === 'number' || property.type === 'boolean' ? property.type : 'string';
	const text =
		htmlToText(property.description ?? '')
			.replace(/\s*Choose from the list, or specify (an ID|IDs) using an expression\.?/i, '')
			.trim() || property.displayName;
	const choices = (property.options ?? []) as INodePropertyOptions[];
	const format =
		property.type === 'dateTime'
			? ' (date and time, e.g. 2024-05-01 15:00:00)'
			: choices.length > 0
				? ` (one of: ${choices.map((choice) => String(choice.value)).join(', ')})`
				: '';
	// A JavaScript template literal inside n8n's expression: no backticks, backslashes or ${.
	const said = `${text.replace(/\.$/, '')}${format}`.replace(/[`\\]/g, "'").replace(/\$\{/g, '$ {');
	return `={{ $fromAI('${key}', \`${said}\`, '${type}') }}`;
}

function toolDescriptions(vendor: string, properties: INodeProperties[], notes: AgentNotes): INodeProperties[] {
	return properties
		.filter((property) => property.name === 'operation' && property.type === 'options')
		.flatMap((property) => {
			const resources = property.displayOptions?.show?.resource ?? [];
			return (property.options as INodePropertyOptions[]).map(
				(operation): INodeProperties => ({
					displayName: 'Description',
					name: 'toolDescription',
					type: 'string',
					typeOptions: { rows: 4 },
					required: true,
					default: [
						`${operation.action ?? operation.name} in ${vendor}.`,
						operation.description,
						...resources.map((resource) => notes[`${String(resource)}.${String(operation.value)}`]),
					]
						.filter(Boolean)
						.join(' '),
					description: 'What the AI agent reads about this tool: what it does, what it returns and where the IDs it needs come from',
					displayOptions: { show: { '@tool': [true], resource: resources, operation: [operation.value] } },
				}),
			);
		});
}
