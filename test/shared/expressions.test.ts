import type { INodeCredentialsDetails, INodeExecutionData, INodeParameters, INodeProperties, INodeType } from 'n8n-workflow';

import { comnicaCredential } from '../Comnica/setup';
import { centionCredential } from '../Cention/setup';
import { engine } from '../harness/engine';
import type { Engine } from '../harness/engine';
import { countEvaluations, userExpressions } from '../harness/expressions';
import { emptyRouting } from '../harness/floor';
import { useSimulator } from '../harness/lifecycle';
import { CentionSimulator } from '../simulators/cention';
import { ComnicaSimulator } from '../simulators/comnica';
import { data as sinchData, SinchSimulator } from '../simulators/sinch';
import { UContactSimulator } from '../simulators/ucontact';
import { ucontactCredential } from '../UContact/setup';

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
	credential: () => Promise<INodeCredentialsDetails>;
	parameters: INodeParameters;
	input: INodeExecutionData[];
}

const ITEMS = 5;
const people = Array.from({ length: ITEMS }, (_, index) => ({
	json: { ref: index + 1, name: `Customer ${index + 1}`, phone: `3620${1000000 + index}`, email: `customer${index + 1}@example.com` },
}));

const cases: Case[] = [
	{
		id: 'COM-07 Record Create',
		type: 'comnica',
		credentialType: 'comnicaApi',
		credential: async () => await comnicaCredential(comnica),
		parameters: {
			resource: 'record',
			operation: 'create',
			project: 9,
			customData: {
				mappingMode: 'defineBelow',
				value: { aaa: '={{ $json.name }}' },
				schema: [{ id: 'aaa', displayName: 'aaa', type: 'string', required: false, defaultMatch: false, display: true }],
			},
			contacts: { contact: [{ contact: '={{ $json.phone }}', type: 'phone', name: '={{ $json.name }}', priority: 1, preferred: true, active: true }] },
			duplicateCheck: 'none',
		},
		input: people,
	},
	{
		id: 'COM-06 Record Get',
		type: 'comnica',
		credentialType: 'comnicaApi',
		credential: async () => await comnicaCredential(comnica),
		parameters: { resource: 'record', operation: 'get', recordId: '={{ $json.id }}' },
		input: Array.from({ length: ITEMS }, () => ({ json: { id: 42 } })),
	},
	{
		id: 'UC-12 Dialer Add Task',
		type: 'uContact',
		credentialType: 'uContactApi',
		credential: async () => await ucontactCredential(ucontact),
		parameters: {
			resource: 'dialer',
			operation: 'addTask',
			taskMode: 'immediate',
			campaign: 'Ventas->',
			destination: '={{ $json.phone }}',
			dialerData: { field: [{ name: 'idcustomer', value: '={{ $json.ref }}' }] },
			source: 'n8n',
		},
		input: people,
	},
	{
		id: 'CEN-02 Errand Create',
		type: 'cention',
		credentialType: 'centionApi',
		credential: async () => await centionCredential(cention),
		parameters: {
			resource: 'errand',
			operation: 'create',
			mode: 'open',
			from: '={{ $json.email }}',
			name: '={{ $json.name }}',
			subject: 'Web form',
			body: '={{ "Request " + $json.ref }}',
			attachmentFields: '',
		},
		input: people,
	},
	{
		id: 'CEN-05 Errand Get Report',
		type: 'cention',
		credentialType: 'centionApi',
		credential: async () => await centionCredential(cention),
		parameters: { resource: 'errand', operation: 'getReport', errandId: '={{ $json.errandId }}', options: { fields: ['basic'] } },
		input: Array.from({ length: ITEMS }, () => ({ json: { errandId: ' 33 ' } })),
	},
	{
		id: 'SCP-08 Callback Create',
		type: 'sinchContactPro',
		credentialType: 'sinchContactProApi',
		credential: async () => (await engine()).credentials.add('sinchContactProApi', { baseUrl: sinch.baseUrl, ...sinchUser() }),
		parameters: {
			resource: 'callback',
			operation: 'create',
			customerNumber: '={{ "+" + $json.phone }}',
			callbackQueueNumber: '+35894251099',
			notes: '={{ "Web form " + $json.ref }}',
		},
		input: people,
	},
	{
		id: 'SCP-08 Callback Get',
		type: 'sinchContactPro',
		credentialType: 'sinchContactProApi',
		credential: async () => (await engine()).credentials.add('sinchContactProApi', { baseUrl: sinch.baseUrl, ...sinchUser() }),
		parameters: { resource: 'callback', operation: 'get', callbackId: '={{ $json.id }}' },
		input: Array.from({ length: ITEMS }, () => ({ json: { id: sinchData.demoCallbacks()[0].id as string } })),
	},
];

function sinchUser(): { username: string; password: string } {
	const user = sinchData.users.find((candidate) => candidate.user === 'integration')!;
	return { username: user.user, password: user.password };
}

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
		const credentials = { [entry.credentialType]: await entry.credential() };
		// A first run logs in, so both counted runs find a session.
		await e.run({ type: entry.type, parameters: entry.parameters, credentials }, entry.input.slice(0, 1));

		const ours = await countEvaluations(async () => await e.run({ type: entry.type, parameters: entry.parameters, credentials }, entry.input));
		const floor = await countEvaluations(async () => await e.run({ type: floorOf(e, entry.type), parameters: entry.parameters, credentials }, entry.input));

		expect(ours.result.error).toBeUndefined();
		expect(ours.result.items).toHaveLength(ITEMS);
		expect(ours.result.items.filter((item) => item.error)).toEqual([]);
		expect([...ours.byExpression.keys()].filter((expression) => !userExpressions(entry.parameters).has(expression))).toEqual([]);
		expect(ours.total).toBeGreaterThan(0);
		expect(ours.total / ITEMS).toBeLessThanOrEqual(floor.total / ITEMS);
	});
});
