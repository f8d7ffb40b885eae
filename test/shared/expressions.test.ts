import type { INodeCredentialsDetails, INodeExecutionData, INodeParameters, INodeProperties, INodeType } from 'n8n-workflow';

import { inputItems, vendor, VENDORS } from '../../bench/benchOperations';
import type { VendorKey } from '../../bench/benchOperations';
import { engine } from '../harness/engine';
import type { Engine } from '../harness/engine';
import { countEvaluations, userExpressions } from '../harness/expressions';
import { emptyRouting } from '../harness/floor';
import { useSimulator } from '../harness/lifecycle';
import { CentionSimulator } from '../simulators/cention';
import { ComnicaSimulator } from '../simulators/comnica';
import { data as sinchData, SinchSimulator } from '../simulators/sinch';
import { UContactSimulator } from '../simulators/ucontact';

/**
 * n8n 2.41 evaluates every expression in an isolate, and its RoutingNode evaluates a
 * declarative node's parameters several times per item. The package adds no evaluation of its
 * own: no expression in any routing, and no parameter read again by its functions.
 */

const ACTION_NODES = ['comnica', 'uContact', 'cention', 'sinchContactPro'];

/** Strings starting with "=" (expressions) in a routing or request defaults, with where they are. */
function expressionsIn(value: unknown, path: string, found: string[]): string[] {
	if (typeof value === 'string' && value.startsWith('=')) found.push(`${path}: ${value}`);
	else if (Array.isArray(value)) value.forEach((entry, index) => expressionsIn(entry, `${path}[${index}]`, found));
	else if (value !== null && typeof value === 'object') for (const [key, entry] of Object.entries(value)) expressionsIn(entry, `${path}.${key}`, found);
	return found;
}

function routingExpressions(properties: unknown[], path: string, found: string[]): string[] {
	for (const property of properties as Array<INodeProperties & { value?: unknown; values?: unknown[] }>) {
		const where = `${path}.${property.name ?? String(property.value)}`;
		if (property.routing) expressionsIn(property.routing, `${where}.routing`, found);
		if (Array.isArray(property.options)) routingExpressions(property.options, where, found);
		if (Array.isArray(property.values)) routingExpressions(property.values, where, found);
	}
	return found;
}

describe('No node description holds an expression of the package in its routing', () => {
	test.each(ACTION_NODES)('%s: requestDefaults, requestOperations and every routing are plain data', async (name) => {
		const { description } = (await engine()).nodeType(name);
		const found: string[] = [];
		expressionsIn(description.requestDefaults, 'requestDefaults', found);
		expressionsIn(description.requestOperations, 'requestOperations', found);
		routingExpressions(description.properties, 'properties', found);
		expect(found).toEqual([]);
	});

	test('the check finds an expression where one is', () => {
		const found = routingExpressions(
			[{ name: 'operation', options: [{ value: 'get', routing: { request: { url: '=/callbacks/{{ $parameter.id }}' } } }] }],
			'properties',
			[],
		);
		expect(found).toEqual(['properties.operation.get.routing.request.url: =/callbacks/{{ $parameter.id }}']);
	});
});

const comnica = useSimulator(new ComnicaSimulator());
const ucontact = useSimulator(new UContactSimulator());
const cention = useSimulator(new CentionSimulator());
const sinch = useSimulator(new SinchSimulator());

interface Case {
	id: string;
	type: string;
	credentialType: string;
	credential: (e: Engine) => INodeCredentialsDetails;
	parameters: INodeParameters;
	input: INodeExecutionData[];
	/** Output items per input item (1 unless said). */
	perItem?: number;
}

const ITEMS = 5;
const simulatorUrl: Record<VendorKey, () => string> = {
	comnica: () => comnica.baseUrl,
	ucontact: () => ucontact.baseUrl,
	cention: () => cention.baseUrl,
	sinch: () => sinch.baseUrl,
};

/** The bench's four bulk writes (bench/benchOperations.ts), and two operations with an id in the url. */
const cases: Case[] = [
	...VENDORS.map((bench): Case => ({
		id: bench.operation,
		type: bench.nodeType,
		credentialType: bench.credentialType,
		credential: (e) => e.credentials.add(bench.credentialType, bench.credentialData(simulatorUrl[bench.key]())),
		parameters: bench.parameters,
		input: inputItems(ITEMS).map((json) => ({ json })),
	})),
	{
		id: 'CEN-05 Errand Get Report',
		type: 'cention',
		credentialType: 'centionApi',
		credential: (e) => e.credentials.add('centionApi', vendor('cention').credentialData(cention.baseUrl)),
		parameters: { resource: 'errand', operation: 'getReport', errandId: '={{ $json.errandId }}', options: { fields: ['basic'] } },
		input: Array.from({ length: ITEMS }, () => ({ json: { errandId: ' 33 ' } })),
	},
	{
		id: 'SCP-08 Callback Get',
		type: 'sinchContactPro',
		credentialType: 'sinchContactProApi',
		credential: (e) => e.credentials.add('sinchContactProApi', vendor('sinch').credentialData(sinch.baseUrl)),
		parameters: { resource: 'callback', operation: 'get', callbackId: '={{ $json.id }}' },
		input: Array.from({ length: ITEMS }, () => ({ json: { id: sinchData.demoCallbacks()[0].id as string } })),
	},
	// Operations whose parameters both a request function and the answer read (read once per item).
	{
		id: 'CEN-07 Errand Mark as Changed',
		type: 'cention',
		credentialType: 'centionApi',
		credential: (e) => e.credentials.add('centionApi', vendor('cention').credentialData(cention.baseUrl)),
		parameters: { resource: 'errand', operation: 'markChanged', errandIds: '={{ $json.ids }}' },
		input: Array.from({ length: ITEMS }, () => ({ json: { ids: ' 4321 ' } })),
	},
	{
		id: 'CEN-18 Export Trigger',
		type: 'cention',
		credentialType: 'centionApi',
		credential: (e) => e.credentials.add('centionApi', vendor('cention').credentialData(cention.baseUrl)),
		parameters: {
			resource: 'export',
			operation: 'trigger',
			exportId: '={{ $json.preset }}',
			useClosureDate: true,
			errandFromDate: '={{ $json.from }}',
			errandToDate: '2019-02-28T23:59:59',
		},
		// Closed in February: errands 34 and 3216, two rows per item.
		input: Array.from({ length: ITEMS }, () => ({ json: { preset: '316', from: '2019-02-01T00:00:00' } })),
		perItem: 2,
	},
	{
		id: 'SCP-11 Contact Data Add or Update',
		type: 'sinchContactPro',
		credentialType: 'sinchContactProApi',
		credential: (e) => e.credentials.add('sinchContactProApi', vendor('sinch').credentialData(sinch.baseUrl)),
		parameters: {
			resource: 'contactData',
			operation: 'upsert',
			contactId: '={{ $json.contact }}',
			attachedData: { field: [{ name: 'orderNumber', value: '={{ $json.order }}' }] },
		},
		input: Array.from({ length: ITEMS }, (_, index) => ({ json: { contact: sinchData.ids.callHandled, order: `ORD-${index}` } })),
	},
];

/** The floor node of a node type, added to the engine once (test/harness/floor.ts). */
function floorOf(e: Engine, type: string): string {
	const floor: INodeType = emptyRouting(e.nodeType(type));
	const name = `${e.packageName}.${floor.description.name}`;
	e.addNodeType(name, floor);
	return name;
}

describe('Per item, n8n evaluates the user\'s expressions only, and no more often than for the node\'s floor', () => {
	test.each(cases.map((entry) => [entry.id, entry] as const))('%s', async (_id, entry) => {
		const e = await engine();
		const credentials = { [entry.credentialType]: entry.credential(e) };
		// A first run logs in, so both counted runs find a session.
		await e.run({ type: entry.type, parameters: entry.parameters, credentials }, entry.input.slice(0, 1));

		const ours = await countEvaluations(async () => await e.run({ type: entry.type, parameters: entry.parameters, credentials }, entry.input));
		const floor = await countEvaluations(async () => await e.run({ type: floorOf(e, entry.type), parameters: entry.parameters, credentials }, entry.input));

		expect(ours.result.error).toBeUndefined();
		expect(ours.result.items).toHaveLength(ITEMS * (entry.perItem ?? 1));
		expect(ours.result.items.filter((item) => item.error)).toEqual([]);
		expect([...ours.byExpression.keys()].filter((expression) => !userExpressions(entry.parameters).has(expression))).toEqual([]);
		expect(ours.total).toBeGreaterThan(0);
		expect(ours.total / ITEMS).toBeLessThanOrEqual(floor.total / ITEMS);
	});
});
