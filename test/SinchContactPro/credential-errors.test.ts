import { data, useSinch } from './setup';

const h = useSinch();
const integration = data.users[0];

describe('Sinch Contact Pro credential', () => {
	test('SCP-01 credential Test button: one cheap read (GET /RI/cmi/emails?limit=1) with HTTP Basic', async () => {
		const result = await h.e.testCredential('sinchContactProApi', {
			baseUrl: h.sim.baseUrl,
			username: integration.user,
			password: integration.password,
		});
		expect(result).toEqual({ status: 'OK', message: 'Connection successful!' });
		const [request] = h.sim.received('/RI/cmi/emails', 'GET');
		expect(request.query).toEqual({ limit: '1' });
		expect(request.basic).toEqual({ user: 'integration', password: 'Nordlys#Api2026' });
		expect(request.headers['x-api-key']).toBeUndefined();
	});

	test('SCP-01 credential accepts a pasted address ending in /RI/cmi/', async () => {
		const result = await h.e.testCredential('sinchContactProApi', {
			baseUrl: `${h.sim.baseUrl}/RI/cmi/`,
			username: integration.user,
			password: integration.password,
		});
		expect(result.status).toBe('OK');
		expect(h.sim.received('/RI/cmi/emails')).toHaveLength(1);
	});

	test('SCP-01 credential Test button: wrong password, missing right, wrong address', async () => {
		const wrong = await h.e.testCredential('sinchContactProApi', { baseUrl: h.sim.baseUrl, username: 'integration', password: 'nope' });
		expect(wrong).toEqual({ status: 'Error', message: expect.stringContaining('rejected the user or password (401)') });
		const callbacksOnly = data.users[1];
		const noRight = await h.e.testCredential('sinchContactProApi', {
			baseUrl: h.sim.baseUrl,
			username: callbacksOnly.user,
			password: callbacksOnly.password,
		});
		expect(noRight).toEqual({ status: 'Error', message: expect.stringContaining('Manage contact history') });
		const address = await h.e.testCredential('sinchContactProApi', {
			baseUrl: `${h.sim.baseUrl}/contactpro`,
			username: integration.user,
			password: integration.password,
		});
		expect(address).toEqual({ status: 'Error', message: expect.stringContaining('No Contact Management Interface at this address (404)') });
	});

	test('SCP-01 cloud tenant: the API key travels in x-api-key; without it the gateway answers 403', async () => {
		h.sim.apiKey = 'nordlys-cloud-7f3a9c';
		const withKey = await h.e.testCredential('sinchContactProApi', {
			baseUrl: h.sim.baseUrl,
			username: integration.user,
			password: integration.password,
			apiKey: 'nordlys-cloud-7f3a9c',
		});
		expect(withKey.status).toBe('OK');
		expect(h.sim.received('/RI/cmi/emails')[0].headers['x-api-key']).toBe('nordlys-cloud-7f3a9c');
		const withoutKey = await h.e.testCredential('sinchContactProApi', {
			baseUrl: h.sim.baseUrl,
			username: integration.user,
			password: integration.password,
		});
		expect(withoutKey).toEqual({ status: 'Error', message: expect.stringContaining('API key is missing or wrong') });
	});

	test('SCP-08 cloud tenant: every node request carries the API key header', async () => {
		h.sim.apiKey = 'nordlys-cloud-7f3a9c';
		const credential = h.credential('integration', { apiKey: 'nordlys-cloud-7f3a9c' });
		const result = await h.e.run({
			type: 'sinchContactPro',
			parameters: { resource: 'callback', operation: 'getAll', returnAll: true },
			credentials: { sinchContactProApi: credential },
		});
		expect(result.error).toBeUndefined();
		expect(result.items).toHaveLength(2);
		expect(h.sim.received('/RI/cmi/callbacks')[0].headers['x-api-key']).toBe('nordlys-cloud-7f3a9c');
	});
});

describe('Sinch Contact Pro errors', () => {
	test('SCP-09 wrong password: the node fails with 401 and no secret in the error', async () => {
		const credential = h.e.credentials.add('sinchContactProApi', { baseUrl: h.sim.baseUrl, username: 'integration', password: 'Wrong#Secret99' });
		const result = await h.e.run({
			type: 'sinchContactPro',
			parameters: { resource: 'contact', operation: 'getAll', returnAll: true },
			credentials: { sinchContactProApi: credential },
		});
		expect(result.error?.message).toBe('Sinch Contact Pro did not accept the credentials for GET /contacts (401)');
		expect(result.error?.description).toBe(
			'Sinch Contact Pro did not accept the user or password. Check them in the Sinch Contact Pro credential, and that the user may use the restful interfaces.',
		);
		expect(JSON.stringify(result.error)).not.toContain('Wrong#Secret99');
		expect(h.sim.received('/RI/cmi/contacts')[0].status).toBe(401);
	});

	test('SCP-09 continue on fail: the failing item becomes an error item linked to it, the others go on', async () => {
		const result = await h.run(
			{ resource: 'contact', operation: 'get', contactId: '={{ $json.id }}' },
			{ continueOnFail: true, input: [{ json: { id: data.ids.callHandled } }, { json: { id: '99999999999999999999999999999999' } }] },
		);
		expect(result.error).toBeUndefined();
		expect(result.items).toHaveLength(2);
		expect(result.items[0].json.id).toBe(data.ids.callHandled);
		expect(result.items[0].pairedItem).toEqual({ item: 0 });
		expect(result.items[1].json.error).toBe(
			'Sinch Contact Pro has no contact with ID "99999999999999999999999999999999" (404 on GET /contacts/{contactId})',
		);
		expect(result.items[1].pairedItem).toEqual({ item: 1 });
	});

	test('SCP-09 server failure: a 500 says the server failed and what to do', async () => {
		h.sim.inject({ path: '/RI/cmi/contacts', status: 500, body: 'java.lang.NullPointerException' });
		const result = await h.run({ resource: 'contact', operation: 'getAll', returnAll: true });
		expect(result.error?.message).toBe('Sinch Contact Pro failed to process GET /contacts (HTTP 500)');
		expect(result.error?.description).toContain('java.lang.NullPointerException');
	});
});

describe('Sinch Contact Pro dropdowns (code paths)', () => {
	test('SCP-04 the script dropdown words a wrong password and a dropped connection like the node', async () => {
		const spec = (credential: { id: string; name: string }) => ({
			type: 'sinchContactPro',
			parameters: { resource: 'script', operation: 'get' },
			credentials: { sinchContactProApi: credential },
		});
		const failure = async (credential: { id: string; name: string }) =>
			await h.e.loadOptions(spec(credential), 'getScripts').then(
				() => undefined,
				(error: unknown) => error,
			);
		const wrong = h.e.credentials.add('sinchContactProApi', { baseUrl: h.sim.baseUrl, username: 'integration', password: 'Wrong#Secret99' });
		const refused = await failure({ id: wrong.id!, name: wrong.name });
		expect(refused).toMatchObject({
			message: 'Sinch Contact Pro did not accept the credentials for GET /RI/rci/scripts (401)',
			description: expect.stringContaining('Check them in the Sinch Contact Pro credential'),
		});
		expect(JSON.stringify(refused)).not.toContain('Wrong#Secret99');

		h.sim.inject({ path: '/RI/rci/scripts', drop: true });
		expect(await failure(h.credential())).toMatchObject({ message: 'Sinch Contact Pro closed the connection during GET /RI/rci/scripts' });
	});
});

describe('Sinch Contact Pro simulator', () => {
	/** Raw HTTP against the simulator: what the CMI reference and the vendor notes require. */
	async function send(method: string, path: string, headers: Record<string, string>, body?: string) {
		const response = await fetch(`${h.sim.baseUrl}${path}`, { method, headers, body });
		return { status: response.status, headers: response.headers, text: await response.text() };
	}
	const basic = { Authorization: `Basic ${Buffer.from(`${integration.user}:${integration.password}`).toString('base64')}` };
	const postHeaders = { ...basic, Accept: 'text/html', 'Content-Type': 'application/json' };
	const callback = JSON.stringify({ customerNumber: '+358401112223', callbackQueueNumber: data.queues.callback.number });

	test('enforces Basic auth, Accept and Content-Type, paths and methods, and answers 201/204 like the reference', async () => {
		const anonymous = await send('GET', '/RI/cmi/callbacks', { Accept: 'application/json' });
		expect([anonymous.status, anonymous.headers.get('www-authenticate')]).toEqual([401, 'Basic realm="Sinch Contact Pro RI"']);
		expect((await send('GET', '/RI/cmi/callbacks', { ...basic, Accept: 'text/html' })).status).toBe(406);
		expect((await send('POST', '/RI/cmi/callbacks', { ...postHeaders, Accept: 'application/json' }, callback)).status).toBe(406);
		expect((await send('POST', '/RI/cmi/callbacks', { ...postHeaders, 'Content-Type': 'text/plain' }, callback)).status).toBe(415);
		expect((await send('POST', '/RI/cmi/callbacks', postHeaders, '{"customerNumber":')).status).toBe(400);
		expect((await send('DELETE', '/RI/cmi/callbacks', basic)).status).toBe(405);
		expect((await send('GET', '/RI/rci/callbacks', { ...basic, Accept: 'application/json' })).status).toBe(404);
		expect(h.sim.callbacks).toHaveLength(2);

		const created = await send('POST', '/RI/cmi/callbacks', postHeaders, callback);
		const id = created.text;
		expect(created.status).toBe(201);
		expect(id).toMatch(/^[0-9A-F]{32}$/);
		expect(created.headers.get('location')).toBe(`${h.sim.baseUrl}/RI/cmi/callbacks/${id}`);
		const updated = await send('PUT', `/RI/cmi/callbacks/${id}`, { ...basic, 'Content-Type': 'application/json' }, '{"notes":"Call after 16:00"}');
		expect([updated.status, updated.text]).toEqual([204, '']);
		expect(h.sim.callbacks.find((row) => row.id === id)?.notes).toBe('Call after 16:00');
	});
});
