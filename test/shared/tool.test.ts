import { NodeHelpers } from 'n8n-workflow';
import type { INode, INodeProperties, INodePropertyOptions, INodeType } from 'n8n-workflow';

import { agentSentence, compact, htmlToText } from '../../nodes/shared/tool';
import { vendorApiError } from '../../nodes/shared/errors';
import { engine } from '../harness/engine';

const ACTION_NODES = ['comnica', 'uContact', 'cention', 'sinchContactPro'];

interface Operation {
	resource: string;
	operation: INodePropertyOptions;
}

function operationsOf(nodeType: INodeType): Operation[] {
	return nodeType.description.properties
		.filter((property) => property.name === 'operation')
		.flatMap((property) =>
			(property.displayOptions?.show?.resource ?? []).flatMap((resource) =>
				(property.options as INodePropertyOptions[]).map((operation) => ({ resource: String(resource), operation })),
			),
		);
}

/** The parameters n8n shows for an operation, as the node (or its tool variant) has them. */
function shownFor(nodeType: INodeType, { resource, operation }: Operation): INodeProperties[] {
	const node = { parameters: { resource, operation: operation.value }, typeVersion: 1 } as unknown as INode;
	return nodeType.description.properties.filter(
		(property) =>
			!['resource', 'operation'].includes(property.name) &&
			NodeHelpers.displayParameter(node.parameters, property, node, nodeType.description, node.parameters),
	);
}

/** Every parameter an agent may fill: the shown ones, the fields inside collections. */
function fillable(properties: INodeProperties[]): INodeProperties[] {
	return properties.flatMap((property) => {
		// n8n adds Request Options (batching, proxy, timeout) to every declarative node itself.
		if (property.type === 'notice' || property.type === 'hidden' || property.name === 'requestOptions') return [];
		if (property.type === 'collection') return fillable(property.options as INodeProperties[]);
		if (property.type === 'fixedCollection') {
			return [property, ...fillable((property.options as Array<{ values: INodeProperties[] }>).flatMap((option) => option.values))];
		}
		return [property];
	});
}

describe('descriptions an AI agent reads', () => {
	test.each(ACTION_NODES)('%s: every operation says what it does, what it returns and where its IDs come from', async (type) => {
		const nodeType = (await engine()).nodeType(type);
		const vague: string[] = [];
		for (const entry of operationsOf(nodeType)) {
			const { action, description = '' } = entry.operation;
			const tool = shownFor((await engine()).nodeType(`${type}Tool`), entry).find((property) => property.name === 'toolDescription');
			const text = String(tool?.default ?? '');
			const needsId = shownFor(nodeType, entry).some((property) => property.required && /\b(ID|GUID)\b/.test(property.displayName));
			const problems = [
				!action && 'no action',
				!description && 'no description',
				!text.startsWith(`${action} in ${nodeType.description.displayName}. `) && 'tool description does not start with the action',
				!/\bReturns\b/.test(text) && 'does not say what it returns',
				needsId && !/\bcomes? from\b/.test(text) && 'does not say where the ID comes from',
			].filter(Boolean);
			if (problems.length > 0) vague.push(`${entry.resource}.${String(entry.operation.value)}: ${problems.join(', ')}`);
		}
		expect(vague).toEqual([]);
	});

	test.each(ACTION_NODES)('%s: every parameter an agent may fill is described', async (type) => {
		const nodeType = (await engine()).nodeType(type);
		const bare = operationsOf(nodeType).flatMap((entry) =>
			fillable(shownFor(nodeType, entry))
				.filter((property) => !property.description)
				.map((property) => `${entry.resource}.${String(entry.operation.value)}: ${property.displayName}`),
		);
		expect(bare).toEqual([]);
	});

	test.each(ACTION_NODES)('%s: the tool description is a parameter of the tool variant only', async (type) => {
		const e = await engine();
		const [first] = operationsOf(e.nodeType(type));
		expect(shownFor(e.nodeType(type), first).map((property) => property.name)).not.toContain('toolDescription');
		expect(shownFor(e.nodeType(`${type}Tool`), first).filter((property) => property.name === 'toolDescription')).toHaveLength(1);
	});
});

describe('answers an AI agent gets', () => {
	test('rich text becomes plain text', () => {
		expect(htmlToText('<div dir="ltr">first HELP me!</div>\n<p>Line&nbsp;1<br/>Line 2 &amp; more &#8364;5 &lt;b&gt;</p><img src="cid:14" /><ul><li>one</li><li>two</li></ul>')).toBe(
			'first HELP me!\n\nLine 1\nLine 2 & more €5 <b>\n\n- one\n- two',
		);
	});

	test('empty values and second IDs that repeat `id` are left out; false and 0 stay', () => {
		expect(compact({ id: '7', c3_id: 7, contactGroupId: '7', ownerId: '8', note: '', tags: [], extra: {}, done: false, count: 0, nested: [{ id: 1, record_id: 1, x: null }] })).toEqual({
			id: '7',
			ownerId: '8',
			done: false,
			count: 0,
			nested: [{ id: 1 }],
		});
	});

	test('a vendor error is one line: what failed without the endpoint, the status, what to do', () => {
		const node = { name: 'Vendor', type: 'x.vendorTool' } as INode;
		const error = vendorApiError(node, {
			message: 'Vendor has nothing at POST /api/v1/things/42 (404 Not Found)',
			description: 'Check the ID.\nVendor said: <html>…</html>',
			httpCode: 404,
			hint: 'Check the ID; Get Many things lists them.',
			endpoint: 'POST /api/v1/things/42',
		});
		expect(agentSentence(error)).toBe('Vendor has nothing (404 Not Found). Check the ID; Get Many things lists them.');
	});
});
