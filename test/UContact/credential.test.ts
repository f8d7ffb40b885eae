import { engine } from '../harness/engine';
import { useSimulator } from '../harness/lifecycle';
import { UContactSimulator } from '../simulators/ucontact';
import { API, API_TOKEN, USER, calls, formOf, ucontactCredential } from './setup';

const sim = useSimulator(new UContactSimulator());

const LOGIN = `${API}auth/getUserToken`;

const dialerTask = (credential: Awaited<ReturnType<typeof ucontactCredential>>) => ({
	type: 'uContact',
	parameters: {
		resource: 'dialer',
		operation: 'addTask',
		taskMode: 'dialer',
		campaign: 'Ventas->',
		destination: '={{ $json.phone }}',
		dialerData: { field: [{ name: 'row', value: '={{ $json.n }}' }] },
	},
	credentials: { uContactApi: credential },
});

const rows = (count: number) => Array.from({ length: count }, (_, n) => ({ json: { n, phone: `0983${String(n).padStart(5, '0')}` } }));

describe('UC-00 uContact credential and session', () => {
	test('UC-00 Test button logs in with auth/getUserToken and proves the token on Supervisor/queuesummary', async () => {
		const e = await engine();
		const result = await e.testCredential('uContactApi', { baseUrl: sim.baseUrl, authentication: 'session', ...USER });
		expect(result).toEqual({ status: 'OK', message: 'Connection successful!' });
		const [login] = sim.received(LOGIN);
		expect(String(login.headers['content-type'])).toMatch(/^application\/x-www-form-urlencoded/);
		expect(Object.fromEntries(new URLSearchParams(login.rawBody.toString('utf8')))).toEqual({ user: USER.username, password: USER.password });
		const [check] = sim.received(`${API}Supervisor/queuesummary`);
		expect(check.status).toBe(200);
		// The token is base64(user:uuid) and travels as it is in the Basic header.
		expect(check.basic?.user).toBe(USER.username);
		expect(check.basic?.password).toMatch(/^[0-9a-f-]{36}$/);
	});

	test('UC-00 Test button: a wrong password (answer 0) is reported without the password', async () => {
		const e = await engine();
		const result = await e.testCredential('uContactApi', { baseUrl: sim.baseUrl, authentication: 'session', username: USER.username, password: 'wrong-secret' });
		expect(result.status).toBe('Error');
		expect(result.message).toContain('did not accept the user or password');
		expect(result.message).not.toContain('wrong-secret');
		expect(sim.received(`${API}Supervisor/queuesummary`)).toHaveLength(0);
	});

	test('UC-00 Test button: an address without Integra says so', async () => {
		const e = await engine();
		const result = await e.testCredential('uContactApi', { baseUrl: `${sim.baseUrl}/elsewhere`, authentication: 'session', ...USER });
		expect(result).toEqual({
			status: 'Error',
			message: 'No uContact Integra API at this address (404). Check the instance name or Base URL (the API lives under /Integra/resources).',
		});
	});

	test('UC-00 portal API token: sent as Bearer, no login', async () => {
		const e = await engine();
		const test = await e.testCredential('uContactApi', { baseUrl: sim.baseUrl, authentication: 'apiToken', apiToken: API_TOKEN });
		expect(test.status).toBe('OK');
		const credential = await ucontactCredential(sim, { authentication: 'apiToken', apiToken: API_TOKEN, username: '', password: '' });
		const result = await e.run(dialerTask(credential), rows(2));
		expect(result.error).toBeUndefined();
		expect(result.items.map((item) => item.json.success)).toEqual([true, true]);
		expect(sim.logins).toBe(0);
		for (const request of calls(sim, 'Dialers/DialerTask')) expect(request.headers.authorization).toBe(`Bearer ${API_TOKEN}`);
		expect(sim.storedBy('Dialers/DialerTask').map((task) => task.user)).toEqual(['integracion', 'integracion']);
	});

	test('UC-00 a rejected API token fails the Test button with a clear message', async () => {
		const e = await engine();
		const result = await e.testCredential('uContactApi', { baseUrl: sim.baseUrl, authentication: 'apiToken', apiToken: 'uc_pat_revoked' });
		expect(result.status).toBe('Error');
		expect(result.message).toContain('uContact rejected the login (401)');
	});

	test.each([
		['mycompany', 'https://mycompany.ucontactcloud.com/Integra/resources'],
		['mycompany.ucontactcloud.com', 'https://mycompany.ucontactcloud.com/Integra/resources'],
		[' http://10.0.0.5:8085/ ', 'http://10.0.0.5:8085/Integra/resources'],
		['https://10.0.0.5:8086/Integra', 'https://10.0.0.5:8086/Integra/resources'],
		['https://x.ucontactcloud.com/Integra/resources/', 'https://x.ucontactcloud.com/Integra/resources'],
	])('"%s" means %s, for the login and for the node alike', async (input, expected) => {
		const e = await engine();
		const node = e.node({ type: 'uContact', parameters: {} });
		const workflow = e.workflow({ nodes: [node], connections: {} });
		const { UCONTACT_BASE_URL_EXPRESSION, ucontactBaseUrl } = await import('../../nodes/UContact/transport/baseUrl');
		expect(ucontactBaseUrl(input)).toBe(expected);
		expect(workflow.expression.getSimpleParameterValue(node, UCONTACT_BASE_URL_EXPRESSION, 'internal', { $credentials: { baseUrl: input } }, undefined, '')).toBe(expected);
	});

	test('recordings are looked for on the credential\'s hosts, or on the instance host without its port', async () => {
		const { recordingHosts } = await import('../../nodes/UContact/transport/baseUrl');
		expect(recordingHosts({ baseUrl: 'http://10.0.0.5:8085' })).toEqual({ telephony: 'http://10.0.0.5' });
		expect(recordingHosts({ baseUrl: 'acme', recordingsUrl: 'https://rec.acme.uy/', backupRecordingsUrl: 'https://bk.acme.uy' })).toEqual({
			telephony: 'https://rec.acme.uy',
			backup: 'https://bk.acme.uy',
		});
	});

	test('the node resolves the same address from the credential expression as the code paths', async () => {
		const e = await engine();
		// A bare host with a port: the expression must add http(s) and /Integra/resources like ucontactBaseUrl().
		const credential = await ucontactCredential(sim, { baseUrl: `${sim.baseUrl}/Integra/` });
		const result = await e.run({ type: 'uContact', parameters: { resource: 'campaign', operation: 'getQueueSummary' }, credentials: { uContactApi: credential } });
		expect(result.error).toBeUndefined();
		expect(calls(sim, 'Supervisor/queuesummary')).toHaveLength(1);
	});

	test('UC-00 100 items log in once; n8n keeps the token for the next execution', async () => {
		const e = await engine();
		const credential = await ucontactCredential(sim);
		const result = await e.run(dialerTask(credential), rows(100));
		expect(result.error).toBeUndefined();
		expect(result.items).toHaveLength(100);
		expect(sim.logins).toBe(1);
		const token = e.credentials.stored(credential.id!).sessionToken as string;
		expect(Buffer.from(token, 'base64').toString('utf8')).toMatch(/^integracion:[0-9a-f-]{36}$/);
		for (const request of calls(sim, 'Dialers/DialerTask')) expect(request.headers.authorization).toBe(`Basic ${token}`);

		await e.run(dialerTask(credential), rows(3));
		expect(sim.logins).toBe(1);
	});

	test('UC-00 a wrong password: one auth/getUserToken attempt for all items of the execution, then the clear error', async () => {
		const e = await engine();
		const credential = await ucontactCredential(sim, { password: 'not-the-password' });
		const result = await e.run(dialerTask(credential), rows(5));
		expect(result.error?.message).toContain('did not accept the user or password');
		expect(sim.logins).toBe(1);
		expect(calls(sim, 'Dialers/DialerTask')).toHaveLength(0);
	});

	test('UC-00 a 401 mid-run renews the token once; nothing is lost or duplicated', async () => {
		const e = await engine();
		const credential = await ucontactCredential(sim);
		// A first execution leaves a live session token in the credential; the log starts after it.
		await e.run({ type: 'uContact', parameters: { resource: 'campaign', operation: 'getQueueSummary' }, credentials: { uContactApi: credential } });
		sim.requests.length = 0;
		sim.expireSessionsAfter(40);
		const result = await e.run(dialerTask(credential), rows(100));
		expect(result.error).toBeUndefined();
		expect(sim.logins).toBe(1);
		expect(sim.received(`${API}Dialers/DialerTask`).filter((request) => request.status === 401).length).toBeGreaterThan(0);
		expect(result.items).toHaveLength(100);
		expect(result.items.map((item) => item.pairedItem)).toEqual(rows(100).map((_, item) => ({ item })));
		expect(result.items.map((item) => item.json.destination)).toEqual(rows(100).map((row) => row.json.phone));
		// Every task reached uContact exactly once.
		const stored = sim.storedBy('Dialers/DialerTask').map((task) => (task.fields.call as { data: string }).data).sort();
		expect(stored).toEqual(rows(100).map((row) => `row=${row.json.n}`).sort());
		const renewed = e.credentials.stored(credential.id!).sessionToken as string;
		expect(calls(sim, 'Dialers/DialerTask').at(-1)!.headers.authorization).toBe(`Basic ${renewed}`);
	});

	test('UC-00 UC-15 a code path (Upload Base) renews an expired token once too, and uploads once', async () => {
		const e = await engine();
		// uContact's other user: the previous test just renewed this process's session of the first,
		// and a key that replaced a young one failing young again reads as another process's login
		// (sessionLogin.ts), which this test is not about.
		const credential = await ucontactCredential(sim, { username: 'supervisor', password: 'Sup3rvisor!' });
		await e.run({ type: 'uContact', parameters: { resource: 'campaign', operation: 'getQueueSummary' }, credentials: { uContactApi: credential } });
		sim.requests.length = 0;
		sim.expireSessions();
		const upload = { resource: 'dialer', operation: 'uploadBase', campaign: 'Ventas->', baseSource: 'items', rowPhone: '={{ $json.phone }}' };
		const result = await e.run({ type: 'uContact', parameters: upload, credentials: { uContactApi: credential } }, rows(3));
		expect(result.error).toBeUndefined();
		expect(sim.logins).toBe(1);
		expect(sim.received(`${API}Dialers/uploadbase`).map((request) => request.status)).toEqual([401, 200]);
		expect(sim.storedBy('Dialers/uploadbase')).toHaveLength(1);
		expect(result.items).toEqual([{ json: expect.objectContaining({ success: true, rows: 3 }), pairedItem: [{ item: 0 }, { item: 1 }, { item: 2 }] }]);
	});

	test('UC-00 end session: auth/EndSession with user and token, then the next call logs in again', async () => {
		const e = await engine();
		const credential = await ucontactCredential(sim);
		await e.run({ type: 'uContact', parameters: { resource: 'campaign', operation: 'getQueueSummary' }, credentials: { uContactApi: credential } });
		const token = e.credentials.stored(credential.id!).sessionToken as string;
		const end = { type: 'uContact', parameters: { resource: 'session', operation: 'end' }, credentials: { uContactApi: credential } };
		const result = await e.run(end);
		expect(result.error).toBeUndefined();
		const [request] = calls(sim, 'auth/EndSession');
		expect(formOf(request)).toEqual({ user: USER.username, token });
		expect(request.headers.authorization).toBe(`Basic ${token}`);
		expect(result.items).toEqual([{ json: { success: true, ended: true, user: USER.username }, pairedItem: { item: 0 } }]);

		// Ending again does not log in just to log out.
		const again = await e.run(end);
		expect(again.items[0].json).toEqual({ success: true, ended: false, user: USER.username, message: 'The session had already ended' });
		expect(sim.logins).toBe(1);

		// The next call finds the token ended (401) and logs in again.
		const next = await e.run({ type: 'uContact', parameters: { resource: 'campaign', operation: 'getQueueSummary' }, credentials: { uContactApi: credential } });
		expect(next.error).toBeUndefined();
		expect(sim.logins).toBe(2);
	});

	test('UC-00 end session with an API token is refused before any request', async () => {
		const e = await engine();
		const credential = await ucontactCredential(sim, { authentication: 'apiToken', apiToken: API_TOKEN });
		const result = await e.run({ type: 'uContact', parameters: { resource: 'session', operation: 'end' }, credentials: { uContactApi: credential } });
		expect(result.error?.message).toBe('An API token has no session to end');
		expect(sim.requests).toHaveLength(0);
	});
});
