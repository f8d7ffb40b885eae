import { engine } from '../harness/engine';
import { useSimulator } from '../harness/lifecycle';
import { CentionSimulator, signToken, TOKENS } from '../simulators/cention';
import { centionApiRoot } from '../../nodes/Cention/transport/baseUrl';

const sim = useSimulator(new CentionSimulator());

describe('Cention credential', () => {
	test('Test button: a token with every claim connects, with the Bearer token and JSON:API headers', async () => {
		const e = await engine();
		const result = await e.testCredential('centionApi', { baseUrl: sim.baseUrl, workspace: 'demo', token: TOKENS.full });
		expect(result).toEqual({ status: 'OK', message: 'Connection successful!' });
		const [request] = sim.received('/s/demo/capi/json/c3_dirty_errand_list');
		expect(request.bearer).toBe(TOKENS.full);
		expect(request.headers.accept).toBe('application/vnd.api+json');
		expect(request.status).toBe(200);
	});

	test('Test button: a valid token without the tested claim still connects (403 is not a bad token)', async () => {
		const e = await engine();
		const result = await e.testCredential('centionApi', { baseUrl: sim.baseUrl, workspace: 'demo', token: TOKENS.webForm });
		expect(sim.received('/s/demo/capi/json/c3_dirty_errand_list')[0].status).toBe(403);
		expect(result).toEqual({ status: 'OK', message: 'Connection successful!' });
	});

	test('Test button: a bad token is told apart (401)', async () => {
		const e = await engine();
		const forged = `${TOKENS.full.slice(0, -4)}AAAA`;
		const result = await e.testCredential('centionApi', { baseUrl: sim.baseUrl, workspace: 'demo', token: forged });
		expect(result).toEqual({
			status: 'Error',
			message: 'Cention rejected the access token (401): it is wrong, expired or deleted. Create one under Administration → API → Access Tokens.',
		});
	});

	test('Test button: a wrong workspace says so (404)', async () => {
		const e = await engine();
		const result = await e.testCredential('centionApi', {
			baseUrl: sim.baseUrl,
			workspace: 'other',
			token: signToken('other workspace', ['Access to errand data'], 'other'),
		});
		expect(sim.requests[0].path).toBe('/s/other/capi/json/c3_dirty_errand_list');
		expect(result).toEqual({
			status: 'Error',
			message: 'No Cention API for this workspace at this address (404). Check the API address and the workspace name.',
		});
	});

	test('the API address may be given with or without scheme and /s/<workspace>/capi', async () => {
		expect(centionApiRoot('https://api.cention.com', 'demo')).toBe('https://api.cention.com/s/demo/capi');
		expect(centionApiRoot(' api.cention.com/ ', ' demo ')).toBe('https://api.cention.com/s/demo/capi');
		expect(centionApiRoot('https://api.cention.com/s/demo/capi', 'demo')).toBe('https://api.cention.com/s/demo/capi');
		const e = await engine();
		const pasted = await e.testCredential('centionApi', { baseUrl: `${sim.baseUrl}/s/demo/capi/`, workspace: 'demo', token: TOKENS.full });
		expect(pasted.status).toBe('OK');
	});
});
