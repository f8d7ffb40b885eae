import type { ICredentialDataDecryptedObject, IDataObject } from 'n8n-workflow';

import { engine } from '../harness/engine';
import { useWebhooks } from '../harness/lifecycle';
import { callParameters, outgoingEndOfCall, VipexPbx } from '../simulators/vipex';
import type { PbxConnection } from '../simulators/vipex';

const hooks = useWebhooks();

const KEY = 'vpx_5f2a9c41e07b';
const BASIC = { user: 'vipex-pbx', password: 'Tr0mb1ta-2019' };

interface Place {
	name: string;
	credential: ICredentialDataDecryptedObject;
	/** How the PBX sends it, right and wrong. */
	right: Partial<PbxConnection>;
	wrong: Partial<PbxConnection>;
	method: 'GET' | 'POST';
	challenge: boolean;
}

const places: Place[] = [
	{
		name: 'Basic auth',
		credential: { basicUser: BASIC.user, basicPassword: BASIC.password },
		right: { basic: BASIC },
		wrong: { basic: { user: BASIC.user, password: 'guess' } },
		method: 'GET',
		challenge: true,
	},
	{
		name: 'API key in a header',
		credential: { apiKey: KEY, apiKeyLocation: 'header', apiKeyName_header: 'X-API-Key' },
		right: { apiKey: { value: KEY, in: 'header', name: 'X-API-Key' } },
		wrong: { apiKey: { value: `${KEY}x`, in: 'header', name: 'X-API-Key' } },
		method: 'GET',
		challenge: false,
	},
	{
		name: 'API key in the query',
		credential: { apiKey: KEY, apiKeyLocation: 'query', apiKeyName_query: 'api_key' },
		right: { apiKey: { value: KEY, in: 'query', name: 'api_key' } },
		wrong: { apiKey: { value: 'vpx_000000000000', in: 'query', name: 'api_key' } },
		method: 'GET',
		challenge: false,
	},
	{
		name: 'API key in the body (nested field)',
		credential: { apiKey: KEY, apiKeyLocation: 'body', apiKeyName_body: 'auth.key' },
		right: { apiKey: { value: KEY, in: 'body', name: 'auth.key' } },
		wrong: { apiKey: { value: KEY.toUpperCase(), in: 'body', name: 'auth.key' } },
		method: 'POST',
		challenge: false,
	},
	{
		name: 'Basic auth and an API key together',
		credential: { basicUser: BASIC.user, basicPassword: BASIC.password, apiKey: KEY, apiKeyLocation: 'header', apiKeyName_header: 'X-API-Key' },
		right: { basic: BASIC, apiKey: { value: KEY, in: 'header', name: 'X-API-Key' } },
		wrong: { basic: BASIC, apiKey: { value: 'vpx_wrong', in: 'header', name: 'X-API-Key' } },
		method: 'POST',
		challenge: true,
	},
];

async function publish(credential: ICredentialDataDecryptedObject, event = 'incomingCall') {
	const e = await engine();
	const stored = e.credentials.add('vipexWebhookApi', credential);
	return hooks.current.publish({ type: 'vipexTrigger', parameters: { event }, credentials: { vipexWebhookApi: stored } });
}

describe.each(places)('VPX-A1 $name', (place) => {
	test(`VPX-A1 ${place.name}: the right credential starts the workflow, the secret stays out of the item`, async () => {
		const wf = await publish(place.credential);
		const pbx = new VipexPbx({ url: wf.url(place.method === 'GET' ? 'setup' : 'default'), method: place.method, ...place.right });

		const answer = await pbx.notify(callParameters());
		await wf.settled();

		expect(answer.status).toBe(200);
		expect(wf.executions).toHaveLength(1);
		const item = wf.executions[0].items[0].json;
		expect(item).toMatchObject({ id: 91000, exten: '252' });
		expect(JSON.stringify(item)).not.toContain(KEY);
		expect(JSON.stringify(item)).not.toContain(BASIC.password);
	});

	test(`VPX-A1 ${place.name}: a wrong or a missing credential is refused with 401 and starts nothing`, async () => {
		const wf = await publish(place.credential);
		const url = wf.url(place.method === 'GET' ? 'setup' : 'default');

		const wrong = await new VipexPbx({ url, method: place.method, ...place.wrong }).notify(callParameters());
		const missing = await new VipexPbx({ url, method: place.method }).notify(callParameters());
		await wf.settled();

		for (const answer of [wrong, missing]) {
			expect(answer.status).toBe(401);
			expect(answer.json).toEqual({ message: 'Authorization required' });
			expect(answer.headers.get('www-authenticate')).toBe(place.challenge ? 'Basic realm="VIPeX"' : null);
		}
		expect(wf.executions).toHaveLength(0);
	});
});

test('VPX-A1 end of call with a wrong password: every resend of the PBX is refused, nothing runs', async () => {
	const wf = await publish({ basicUser: BASIC.user, basicPassword: BASIC.password }, 'endOfCall');
	const pbx = new VipexPbx({ url: wf.url(), basic: { user: BASIC.user, password: 'old-password' }, maxAttempts: 3 });

	const delivery = await pbx.endOfCall(outgoingEndOfCall());
	await wf.settled();

	expect(delivery.delivered).toBe(false);
	expect(delivery.attempts.map((attempt) => attempt.answer?.status)).toEqual([401, 401, 401]);
	expect(wf.executions).toHaveLength(0);
	expect(wf.staticData).toEqual({});
});

test('VPX-A1 an API key expected in the body cannot come with GET: 401', async () => {
	const wf = await publish({ apiKey: KEY, apiKeyLocation: 'body', apiKeyName_body: 'api_key' });
	const pbx = new VipexPbx({ url: wf.url('setup'), method: 'GET', apiKey: { value: KEY, in: 'body', name: 'api_key' } });

	const answer = await pbx.notify(callParameters());
	await wf.settled();

	expect(answer.status).toBe(401);
	expect(wf.executions).toHaveLength(0);
});

test('VPX-A1 a sender outside the allowed IP addresses gets 403, an allowed one gets in', async () => {
	const blocked = await publish({ basicUser: BASIC.user, basicPassword: BASIC.password, allowedIps: '203.0.113.10, 198.51.100.0/24' }, 'endOfCall');
	const allowed = await publish({ basicUser: BASIC.user, basicPassword: BASIC.password, allowedIps: '127.0.0.0/8' }, 'endOfCall');

	const refused = await new VipexPbx({ url: blocked.url(), basic: BASIC, maxAttempts: 1 }).endOfCall(outgoingEndOfCall());
	const accepted = await new VipexPbx({ url: allowed.url(), basic: BASIC, maxAttempts: 1 }).endOfCall(outgoingEndOfCall());
	await blocked.settled();
	await allowed.settled();

	expect(refused.attempts[0].answer?.status).toBe(403);
	expect(refused.attempts[0].answer?.json).toEqual({ message: 'Sender address is not allowed' });
	expect(blocked.executions).toHaveLength(0);
	expect(accepted.attempts[0].answer?.status).toBe(200);
	expect(allowed.executions).toHaveLength(1);
});

test('VPX-A1 the API key sent in the body is removed from the end-of-call item', async () => {
	const wf = await publish({ apiKey: KEY, apiKeyLocation: 'body', apiKeyName_body: 'api_key' }, 'endOfCall');
	const pbx = new VipexPbx({ url: wf.url(), apiKey: { value: KEY, in: 'body', name: 'api_key' } });

	await pbx.endOfCall(outgoingEndOfCall());
	await wf.settled();

	expect((JSON.parse(pbx.sent[0].body!) as IDataObject).api_key).toBe(KEY);
	const json = wf.executions[0].items[0].json;
	expect(json).not.toHaveProperty('api_key');
	expect(json).toMatchObject({ id: 76355, direction_label: 'outgoing' });
});

describe('VPX-A1 credential Test button', () => {
	test('VPX-A1 valid settings pass, unusable ones say what to fix', async () => {
		const e = await engine();
		expect(await e.testCredential('vipexWebhookApi', { basicUser: BASIC.user, basicPassword: BASIC.password })).toEqual({
			status: 'OK',
			message: 'Settings are valid; requests are checked against them',
		});
		expect(await e.testCredential('vipexWebhookApi', { apiKey: KEY, apiKeyLocation: 'query', apiKeyName_query: 'api_key' })).toMatchObject({ status: 'OK' });
		expect(await e.testCredential('vipexWebhookApi', { basicUser: BASIC.user })).toEqual({
			status: 'Error',
			message: 'Basic Auth Password is empty: set one or clear the user',
		});
		expect(await e.testCredential('vipexWebhookApi', {})).toMatchObject({ status: 'Error', message: expect.stringContaining('Nothing is checked') });
		expect(await e.testCredential('vipexWebhookApi', { apiKey: KEY, allowedIps: '10.0.0.0/33' })).toEqual({
			status: 'Error',
			message: '"10.0.0.0/33" is not an IP address or IPv4 range (CIDR)',
		});
	});
});
