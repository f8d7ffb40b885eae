import { engine } from '../harness/engine';
import { useSimulator } from '../harness/lifecycle';
import { ComnicaSimulator } from '../simulators/comnica';
import { API_USER, comnicaCredential } from './setup';

const sim = useSimulator(new ComnicaSimulator());

const getRecord = (credential: Awaited<ReturnType<typeof comnicaCredential>>) => ({
	type: 'comnica',
	parameters: { resource: 'record', operation: 'get', recordId: '={{ $json.id }}' },
	credentials: { comnicaApi: credential },
});

const items = (count: number) => Array.from({ length: count }, (_, index) => ({ json: { id: [42, 14396, 14397][index % 3], n: index } }));

describe('Comnica credential and session', () => {
	test('Test button logs in for real and proves the session key works', async () => {
		const e = await engine();
		const result = await e.testCredential('comnicaApi', { baseUrl: sim.baseUrl, ...API_USER });
		expect(result).toEqual({ status: 'OK', message: 'Connection successful!' });
		const [login] = sim.received('/new_session');
		expect(login.basic).toEqual({ user: API_USER.username, password: API_USER.password });
		const [check] = sim.received('/search/filterdata');
		expect(check.basic).toEqual({ user: API_USER.username, password: sim.issuedKeys.at(-1) });
		expect(check.status).toBe(200);
	});

	test('Test button says clearly when the password is wrong', async () => {
		const e = await engine();
		const result = await e.testCredential('comnicaApi', { baseUrl: sim.baseUrl, username: API_USER.username, password: 'wrong' });
		expect(result.status).toBe('Error');
		expect(result.message).toContain('rejected the username or password');
		expect(result.message).not.toContain('wrong');
		expect(sim.received('/search/filterdata')).toHaveLength(0);
	});

	test('Test button says when the address is not a Comnica API', async () => {
		const e = await engine();
		const result = await e.testCredential('comnicaApi', { baseUrl: `${sim.baseUrl}/nothing-here`, ...API_USER });
		expect(result).toEqual({
			status: 'Error',
			message: 'No Comnica API at this address (404). Check the company name or Base URL (it ends in /api).',
		});
	});

	test.each([
		['mycompany', 'https://mycompany.comnica.cc/api'],
		['mycompany.comnica.cc', 'https://mycompany.comnica.cc/api'],
		['https://mycompany.comnica.cc/', 'https://mycompany.comnica.cc/api'],
		[' https://mycompany.comnica.cc/api/ ', 'https://mycompany.comnica.cc/api'],
		['http://127.0.0.1:4101', 'http://127.0.0.1:4101'],
		['https://cc.example.com/comnica/api', 'https://cc.example.com/comnica/api'],
	])('"%s" means %s, for the login and for the node alike', async (input, expected) => {
		const e = await engine();
		const node = e.node({ type: 'comnica', parameters: {} });
		const workflow = e.workflow({ nodes: [node], connections: {} });
		const { COMNICA_BASE_URL_EXPRESSION, comnicaBaseUrl } = await import('../../nodes/Comnica/transport/baseUrl');
		expect(comnicaBaseUrl(input)).toBe(expected);
		expect(workflow.expression.getSimpleParameterValue(node, COMNICA_BASE_URL_EXPRESSION, 'internal', { $credentials: { baseUrl: input } }, undefined, '')).toBe(expected);
	});

	test('100 items cause exactly one /new_session; n8n stores the session key', async () => {
		const e = await engine();
		const credential = await comnicaCredential(sim);
		const result = await e.run(getRecord(credential), items(100));
		expect(result.error).toBeUndefined();
		expect(result.items).toHaveLength(100);
		expect(sim.logins).toBe(1);
		const stored = e.credentials.stored(credential.id!);
		expect(stored.sessionKey).toMatch(/^[0-9a-f]{32}$/);

		// A second execution uses the stored key: no login at all.
		await e.run(getRecord(credential), items(3));
		expect(sim.logins).toBe(1);
	});

	test('a 401 in the middle of a run renews the session once; no item is lost or duplicated', async () => {
		const e = await engine();
		const credential = await comnicaCredential(sim);
		// A first execution leaves a live session key in the credential; the log starts after it.
		await e.run(getRecord(credential), items(1));
		sim.requests.length = 0;
		sim.expireSessionsAfter(40);
		const result = await e.run(getRecord(credential), items(100));
		expect(result.error).toBeUndefined();
		expect(sim.logins).toBe(1);
		const rejected = sim.received('/integration/cc/record/load/v1').filter((request) => request.status === 401);
		expect(rejected.length).toBeGreaterThan(0);
		expect(result.items).toHaveLength(100);
		expect(result.items.map((item) => item.pairedItem)).toEqual(items(100).map((_, index) => ({ item: index })));
		expect(result.items.map((item) => (item.json.system_columns as { id: number }).id)).toEqual(items(100).map((item) => item.json.id));
		const renewed = e.credentials.stored(credential.id!).sessionKey;
		expect(sim.received('/integration/cc/record/load/v1').at(-1)?.basic?.password).toBe(renewed);
	});

	test('COM-06 with a wrong password: one /new_session attempt per execution whatever the number of items, then a clear error', async () => {
		const e = await engine();
		const credential = e.credentials.add('comnicaApi', { baseUrl: sim.baseUrl, username: API_USER.username, password: 'wrong-but-long-enough' });
		const result = await e.run(getRecord(credential), items(5));
		expect(sim.logins).toBe(1);
		expect(sim.received('/new_session').map((request) => request.status)).toEqual([401]);
		expect(result.error?.message).toBe('Comnica did not accept the credentials for POST /integration/cc/record/load/v1 (401)');
		expect(JSON.stringify(result.run)).not.toContain('wrong-but-long-enough');
		expect(sim.received('/integration/cc/record/load/v1')).toHaveLength(0);

		// The same wrong password right again is answered from memory: the account is not hammered.
		const again = await e.run(getRecord(credential), items(1));
		expect(again.error?.message).toBe('Comnica did not accept the credentials for POST /integration/cc/record/load/v1 (401)');
		expect(sim.logins).toBe(1);
	});

	test('COM-06 a stored session that expired and a password changed meanwhile: one renewal attempt, not two', async () => {
		const e = await engine();
		const credential = e.credentials.add('comnicaApi', { baseUrl: sim.baseUrl, username: API_USER.username, password: 'changed-in-comnica', sessionKey: 'expired-key' });
		const result = await e.run(getRecord(credential), items(1));
		expect(result.error?.message).toBe('Comnica did not accept the credentials for POST /integration/cc/record/load/v1 (401)');
		expect(sim.logins).toBe(1);
	});

	test('a session that expired between executions is renewed once', async () => {
		const e = await engine();
		const credential = await comnicaCredential(sim);
		await e.run(getRecord(credential), items(1));
		const first = e.credentials.stored(credential.id!).sessionKey;
		sim.expireSessions();
		const result = await e.run(getRecord(credential), items(5));
		expect(result.error).toBeUndefined();
		expect(sim.logins).toBe(2);
		expect(e.credentials.stored(credential.id!).sessionKey).not.toBe(first);
	});
});
