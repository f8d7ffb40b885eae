import { RoutingNode } from 'n8n-core';
import { NodeConnectionTypes } from 'n8n-workflow';
import type { IDataObject, IExecuteFunctions, INodeExecutionData, INodeType } from 'n8n-workflow';

/**
 * The node type n8n's CLI makes of a `usableAsTool` node when a workflow names `<type>Tool`
 * (packages/cli NodeTypes.getByNameAndVersion + convertNodeToAiTool): the same properties, the
 * name with `Tool`, one `ai_tool` output, and an `execute` that runs RoutingNode. Only the name,
 * the connections and `execute` matter to the engine; the real conversion is proven in e2e/mcp.
 */
export function toolVariant(base: INodeType): INodeType {
	const description = { ...base.description, name: `${base.description.name}Tool`, inputs: [], outputs: [NodeConnectionTypes.AiTool] };
	const tool = Object.create(base, { description: { value: description } }) as INodeType;
	tool.execute = async function (this: IExecuteFunctions) {
		return (await new RoutingNode(this as unknown as ConstructorParameters<typeof RoutingNode>[0], base).runNode()) ?? [];
	};
	return tool;
}

/** What the stand-in agent saw of its one tool, and what the tool answered. */
export interface ToolCall {
	name: string;
	description: string;
	/** Each argument of the tool's schema with its description (undefined: none). */
	arguments: Record<string, { type: string; description?: string }>;
	/** The text n8n hands the agent. */
	text: string;
	/** `text` parsed. */
	answer: IDataObject[];
}

interface ZodLike {
	description?: string;
	_def?: { typeName?: string; innerType?: ZodLike };
	shape?: Record<string, ZodLike>;
}

interface ToolLike {
	name: string;
	description: string;
	schema: ZodLike;
	invoke(args: IDataObject): Promise<unknown>;
}

function typeOf(schema: ZodLike): string {
	const name = schema._def?.typeName ?? '';
	if (name === 'ZodDefault' && schema._def?.innerType) return typeOf(schema._def.innerType);
	return name.replace(/^Zod/, '').toLowerCase();
}

/**
 * A stand-in for an AI agent (the AI Agent node, the MCP Server Trigger): it asks n8n-core for
 * its connected tool (getInputConnectionData → createNodeAsTool), reads the name, description and
 * argument schema n8n built, and calls the tool once with the `args` parameter.
 */
export const agentStandIn: INodeType = {
	description: {
		displayName: 'Agent stand-in',
		name: 'harness.agent',
		group: ['transform'],
		version: 1,
		description: 'Calls its connected tool once',
		defaults: { name: 'Agent' },
		inputs: [NodeConnectionTypes.Main, { type: NodeConnectionTypes.AiTool, displayName: 'Tools', required: true }],
		outputs: [NodeConnectionTypes.Main],
		properties: [{ displayName: 'Arguments', name: 'args', type: 'json', default: '{}' }],
	},
	async execute(this: IExecuteFunctions): Promise<INodeExecutionData[][]> {
		const connected = (await this.getInputConnectionData(NodeConnectionTypes.AiTool, 0)) as ToolLike[] | ToolLike;
		const tool = Array.isArray(connected) ? connected[0] : connected;
		const args = this.getNodeParameter('args', 0, {}) as IDataObject | string;
		const text = String(await tool.invoke(typeof args === 'string' ? (JSON.parse(args) as IDataObject) : args));
		const call: ToolCall = {
			name: tool.name,
			description: tool.description,
			arguments: Object.fromEntries(
				Object.entries(tool.schema.shape ?? {}).map(([key, schema]) => [key, { type: typeOf(schema), description: schema.description }]),
			),
			text,
			answer: JSON.parse(text) as IDataObject[],
		};
		return [[{ json: call as unknown as IDataObject }]];
	},
};

/** A parameter the agent fills, as the editor writes it (`$fromAI(key, description, type)`). */
export function fromAI(key: string, description: string, type = 'string'): string {
	return `={{ $fromAI('${key}', '${description}', '${type}') }}`;
}
