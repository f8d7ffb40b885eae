import { resolveWebhookDescriptionField } from 'n8n-workflow';

import { vipexWebhook } from '../../nodes/Vipex/helpers/answer';
import { engine } from '../harness/engine';

/**
 * The VIPeX Trigger's answer fields are templates n8n evaluates, with resolvers n8n 2.41 calls
 * instead when the node's parameters hold no expression (helpers/answer.ts). Both must give the
 * same answer for every event, or a data query would be answered differently by version.
 */
const FIELDS = ['responseMode', 'responseData', 'responseCode', 'responsePropertyName', 'responseContentType', 'responseHeaders'] as const;

const HEADERS = { entries: [{ name: 'X-Route', value: 'a' }] };

/** The node's parameters and the answer n8n must give for them. */
const SETTINGS: Array<[Record<string, unknown>, Record<(typeof FIELDS)[number], unknown>]> = [
	[
		{ event: 'dataQuery' },
		{ responseMode: 'lastNode', responseData: 'firstEntryJson', responseCode: 200, responsePropertyName: undefined, responseContentType: undefined, responseHeaders: undefined },
	],
	[
		{ event: 'dataQuery', answerOptions: { responseData: 'allEntries', responseCode: 201, responsePropertyName: 'route', responseContentType: 'text/plain', responseHeaders: HEADERS } },
		{ responseMode: 'lastNode', responseData: 'allEntries', responseCode: 201, responsePropertyName: 'route', responseContentType: 'text/plain', responseHeaders: HEADERS },
	],
	[
		{ event: 'incomingCall' },
		{ responseMode: 'onReceived', responseData: undefined, responseCode: 200, responsePropertyName: undefined, responseContentType: undefined, responseHeaders: undefined },
	],
	// Answer options belong to data queries: n8n drops them from a node of another event.
	[
		{ event: 'endOfCall', answerOptions: { responseCode: 202, responseHeaders: HEADERS } },
		{ responseMode: 'onReceived', responseData: undefined, responseCode: 200, responsePropertyName: undefined, responseContentType: undefined, responseHeaders: undefined },
	],
];

test.each(SETTINGS)('VPX-W1 answer fields for %j: resolved by n8n 2.41 as the template evaluates', async (parameters, expected) => {
	const e = await engine();
	const node = e.node({ type: 'vipexTrigger', parameters: parameters as never });
	const workflow = e.workflow({ nodes: [node], connections: {} });
	const description = vipexWebhook('default', 'POST');
	for (const field of FIELDS) {
		const resolved = resolveWebhookDescriptionField(workflow.nodes[node.name], description, field);
		const evaluated = workflow.expression.getComplexParameterValue(workflow.nodes[node.name], description[field] as string, 'internal', {});
		expect([field, resolved]).toEqual([field, { resolved: true, value: expected[field] }]);
		expect([field, evaluated]).toEqual([field, expected[field]]);
	}
});

test('VPX-W1 answer fields: a data query waits for the last node, the other events are answered at once', async () => {
	const e = await engine();
	const description = vipexWebhook('default', 'POST');
	const modeFor = (event: string) => {
		const node = e.workflow({ nodes: [e.node({ type: 'vipexTrigger', parameters: { event } })], connections: {} }).nodes['VIPeX Trigger'];
		const resolved = resolveWebhookDescriptionField(node, description, 'responseMode');
		return resolved.resolved ? resolved.value : undefined;
	};
	expect(modeFor('dataQuery')).toBe('lastNode');
	expect(modeFor('incomingCall')).toBe('onReceived');
	expect(modeFor('endOfCall')).toBe('onReceived');
});
