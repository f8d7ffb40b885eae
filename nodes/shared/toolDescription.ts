import type { INodeProperties, INodePropertyOptions, INodeTypeDescription } from 'n8n-workflow';

import { deferInToolRuns } from './tool';

/**
 * The description of an action node that also serves AI agents (`usableAsTool`). n8n describes
 * a tool to the agent by `<action> in <node>` unless the node has a `toolDescription` parameter
 * (n8n-workflow getToolDescriptionForNode), and does not add its own one then. So every
 * operation gets one, shown only in the tool (`@tool`) and editable there, prefilled with
 * `<action> in <node>. <description>`: what the operation does, what it returns and which
 * operation gives the IDs it needs. preSend steps keep their errors for the tool's answer (tool.ts).
 */
export function describedForAgents(description: INodeTypeDescription, notes: AgentNotes = {}): INodeTypeDescription {
	const properties = description.properties.map((property) => deferredPreSend(property));
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
