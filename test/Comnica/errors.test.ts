import { engine } from '../harness/engine';
import { useSimulator } from '../harness/lifecycle';
import { ComnicaSimulator } from '../simulators/comnica';
import { API_USER, comnicaCredential, comnicaNode, payloadOf } from './setup';

const sim = useSimulator(new ComnicaSimulator());

describe('Comnica errors', () => {
	test('a 400 errors[] becomes a message with each code, field and parameters', async () => {
		const e = await engine();
		const result = await e.run(
			await comnicaNode(sim, {
				resource: 'record',
				operation: 'update',
				recordId: 42,
				project: 9,
				customData: { mappingMode: 'defineBelow', value: { no_such_field: 'x' }, schema: [] },
				systemColumns: { termination: '999' },
			}),
		);
		expect(result.error?.message).toBe(
			'Comnica refused the request: UNKNOWN_FIELD on field "no_such_field" (project_id=9); NOT_FOUND on field "termination_id" (termination_id=999)',
		);
		expect(result.error?.description).toContain('/integration/cc/record/update/v1 answered 400 Bad Request');
		expect((result.error as unknown as { httpCode: string }).httpCode).toBe('400');
	});

	test('a user without the permission gets a 403 message that says what to do', async () => {
		const e = await engine();
		const credential = e.credentials.add('comnicaApi', { baseUrl: sim.baseUrl, username: 'viewer', password: 'viewer-secret' });
		const result = await e.run({ type: 'comnica', parameters: { resource: 'record', operation: 'get', recordId: 42 }, credentials: { comnicaApi: credential } });
		expect(result.error?.message).toBe('The Comnica user may not use /integration/cc/record/load/v1 (403 Permission denied)');
		expect(result.error?.description).toContain('Ask a Comnica administrator');
	});

	test('a server error names the endpoint; continueOnFail keeps the other items', async () => {
		const e = await engine();
		sim.inject({ path: '/integration/cc/record/load/v1', status: 500, body: 'Internal Server Error', after: 1 });
		const result = await e.run(
			await comnicaNode(sim, { resource: 'record', operation: 'get', recordId: '={{ $json.id }}' }, { continueOnFail: true }),
			[{ json: { id: 42 } }, { json: { id: 14396 } }, { json: { id: 14397 } }],
		);
		expect(result.error).toBeUndefined();
		expect(result.items).toHaveLength(3);
		// Items run concurrently: the one whose request got the 500 fails, the others carry their own record.
		const ids = [42, 14396, 14397];
		const failedId = payloadOf(sim.received('/integration/cc/record/load/v1').find((request) => request.status === 500)!).id as number;
		expect(result.items.map((item) => [item.pairedItem, item.error?.message ?? (item.json.system_columns as { id: number }).id])).toEqual(
			ids.map((id, item) => [{ item }, id === failedId ? 'Comnica failed to process /integration/cc/record/load/v1 (HTTP 500)' : id]),
		);
	});

	test('without continueOnFail the execution stops with the error of the failing item', async () => {
		const e = await engine();
		const result = await e.run(await comnicaNode(sim, { resource: 'record', operation: 'get', recordId: 777 }));
		expect(result.error?.message).toBe('Comnica refused the request: NOT_FOUND on field "id" (id=777)');
	});

	test('a slow answer beyond the node\'s timeout is an error, not a hang', async () => {
		const e = await engine();
		sim.inject({ path: '/integration/cc/record/load/v1', delayMs: 1500, status: 200, body: {} });
		const result = await e.run(
			await comnicaNode(sim, { resource: 'record', operation: 'get', recordId: 42, requestOptions: { timeout: 300 } }),
		);
		expect(result.error?.message).toBe('Comnica did not answer POST /integration/cc/record/load/v1 in time');
		expect(result.error?.description).toBe('timeout of 300ms exceeded. Raise the node\'s Timeout option or try again later.');
	});

	test('a refused connection names the vendor and the endpoint', async () => {
		const e = await engine();
		const credential = e.credentials.add('comnicaApi', { baseUrl: 'http://127.0.0.1:9', ...API_USER, sessionKey: 'still-valid' });
		const result = await e.run({ type: 'comnica', parameters: { resource: 'record', operation: 'get', recordId: 42 }, credentials: { comnicaApi: credential } });
		expect(result.error?.message).toBe('Could not connect to Comnica for POST /integration/cc/record/load/v1 (connection refused)');
		expect(result.error?.description).toContain('Check the Base URL');
	});

	test('a login that keeps failing after renewal says to check the credential', async () => {
		const e = await engine();
		const credential = e.credentials.add('comnicaApi', { baseUrl: sim.baseUrl, username: API_USER.username, password: 'changed-meanwhile', sessionKey: 'expired-key' });
		const result = await e.run({ type: 'comnica', parameters: { resource: 'record', operation: 'get', recordId: 42 }, credentials: { comnicaApi: credential } });
		expect(result.error?.message).toBe('Comnica did not accept the credentials for POST /integration/cc/record/load/v1 (401)');
		expect(JSON.stringify(result.run)).not.toContain('changed-meanwhile');
	});

	test('secrets never appear in errors', async () => {
		const e = await engine();
		const credential = await comnicaCredential(sim);
		sim.inject({ path: '/integration/cc/record/load/v1', status: 502, body: 'Bad gateway' });
		const result = await e.run({ type: 'comnica', parameters: { resource: 'record', operation: 'get', recordId: 42 }, credentials: { comnicaApi: credential } });
		const sessionKey = e.credentials.stored(credential.id!).sessionKey as string;
		const serialized = JSON.stringify(result.run);
		expect(result.error?.message).toBe('Comnica failed to process /integration/cc/record/load/v1 (HTTP 502)');
		expect(serialized).not.toContain(API_USER.password);
		expect(serialized).not.toContain(sessionKey);
		expect(serialized).not.toContain(Buffer.from(`${API_USER.username}:${sessionKey}`).toString('base64'));
	});
});
