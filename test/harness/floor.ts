import { NodeHelpers } from 'n8n-workflow';
import type {
	IExecuteSingleFunctions,
	IHttpRequestOptions,
	INode,
	INodeProperties,
	INodePropertyCollection,
	INodePropertyOptions,
	INodePropertyRouting,
	INodeType,
	INodeTypeDescription,
	PreSendAction,
} from 'n8n-workflow';

/**
 * The floor of one of our declarative nodes: what n8n's RoutingNode costs for its description
 * and a workflow's parameters whatever the package does. The same properties (RoutingNode
 * walks every one of them for every item, twice), the same credential and the routing's own
 * data (url, method, placements) — an empty routing otherwise: no preSend, postReceive or
 * pagination function, nothing the package adds. The one thing it does beyond that is what
 * any node must: read once each parameter that no routing reads. Our node minus its floor is
 * what the package adds to an execution (the bench, test/shared/expressions.test.ts).
 */
export function emptyRouting(nodeType: INodeType): INodeType {
	const source = nodeType.description;
	const { requestOperations: _functions, icon: _icon, usableAsTool: _tool, ...rest } = source;
	const description: INodeTypeDescription = {
		...rest,
		name: `${source.name}Floor`,
		displayName: `${source.displayName} (floor)`,
		properties: source.properties.map(bareProperty),
	};
	const resource = description.properties.find((property) => property.name === 'resource');
	if (resource) resource.routing = { send: { preSend: [readUnroutedOnce(description)] } };
	return { description };
}

function bareRouting(routing: INodePropertyRouting | undefined): INodePropertyRouting | undefined {
	if (!routing) return undefined;
	const { preSend: _preSend, paginate: _paginate, ...send } = routing.send ?? {};
	const postReceive = (routing.output?.postReceive ?? []).filter((action) => typeof action !== 'function');
	const output = {
		...(routing.output?.maxResults !== undefined ? { maxResults: routing.output.maxResults } : {}),
		...(postReceive.length ? { postReceive } : {}),
	};
	const bare: INodePropertyRouting = {
		...(routing.request ? { request: routing.request } : {}),
		...(Object.keys(send).length ? { send } : {}),
		...(Object.keys(output).length ? { output } : {}),
	};
	return Object.keys(bare).length ? bare : undefined;
}

type PropertyOption = INodePropertyOptions | INodeProperties | INodePropertyCollection;

function bareProperty(property: INodeProperties): INodeProperties {
	const { routing, options, ...rest } = property;
	const kept = bareRouting(routing);
	return {
		...rest,
		...(kept ? { routing: kept } : {}),
		...(options ? { options: (options as PropertyOption[]).map(bareOption) as INodeProperties['options'] } : {}),
	};
}

function bareOption(option: PropertyOption): PropertyOption {
	if ('values' in option) return { ...option, values: option.values.map(bareProperty) };
	if ('type' in option) return bareProperty(option);
	const { routing, ...rest } = option;
	const kept = bareRouting(routing);
	return kept ? { ...rest, routing: kept } : rest;
}

/** preSend: reads once every shown parameter that no routing reads (what a node must do to send it). */
function readUnroutedOnce(description: INodeTypeDescription): PreSendAction {
	const unrouted = new WeakMap<object, string[]>();
	return async function (this: IExecuteSingleFunctions, requestOptions: IHttpRequestOptions) {
		// n8n-core's context holds its node; getNode() would hand out a deep copy for every item.
		const node = (this as unknown as { node: INode }).node;
		let names = unrouted.get(node.parameters);
		if (!names) unrouted.set(node.parameters, (names = unroutedNames(description, node)));
		for (const name of names) this.getNodeParameter(name, undefined);
		return requestOptions;
	};
}

function unroutedNames(description: INodeTypeDescription, node: INode): string[] {
	return Object.keys(node.parameters).filter((name) => {
		const shown = description.properties.filter(
			(property) => property.name === name && NodeHelpers.displayParameter(node.parameters, property, node, description),
		);
		return shown.length > 0 && shown.every((property) => !property.routing);
	});
}
