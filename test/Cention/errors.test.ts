import { engine } from '../harness/engine';
import type { Engine, NodeSpec } from '../harness/engine';
import { useSimulator } from '../harness/lifecycle';
import { CentionSimulator, TOKENS } from '../simulators/cention';
import { centionNode } from './setup';

const sim = useSimulator(new CentionSimulator());

const NEW_ERRANDS = '/s/demo/capi/json/c3_new_errands';

/** The error a dropdown fails with (the editor shows its message and description). */
async function dropdownError(e: Engine, spec: NodeSpec): Promise<unknown> {
	return await e.loadOptions(spec, 'getLibraries').then(
		() => undefined,
		(error: unknown) => error,
	);
}

describe('Cention errors', () => {
	test('a bad token (401) is told apart from a token that lacks a claim (403)', async () => {
		const e = await engine();
		const forged = `${TOKENS.full.slice(0, -4)}AAAA`;
		const bad = await e.run(await centionNode(sim, { resource: 'library', operation: 'getAll' }, { token: forged }));
		expect(sim.requests[0].status).toBe(401);
		expect(bad.error?.message).toBe('Cention did not accept the credentials for GET /json/c3_libraries (401)');
		expect(bad.error?.description).toBe(
			'Cention rejected the access token: it is wrong, expired or was deleted. Create one under Administration → API → Access Tokens and put it in the Cention credential.',
		);
		expect(JSON.stringify(bad.error)).not.toContain(forged);

		const lacking = await e.run(await centionNode(sim, { resource: 'library', operation: 'getAll' }, { token: TOKENS.reporting }));
		expect(lacking.error?.message).toBe('The Cention token lacks the "Access to library" claim needed for GET json/c3_libraries');
		expect((lacking.error as { httpCode?: string }).httpCode).toBe('403');
	});

	test('a dropdown (a code path) words failures like the node: bad token, dropped connection', async () => {
		const e = await engine();
		const forged = `${TOKENS.full.slice(0, -4)}AAAA`;
		const bad = await dropdownError(e, await centionNode(sim, { resource: 'library', operation: 'get' }, { token: forged }));
		expect(bad).toMatchObject({
			message: 'Cention did not accept the credentials for GET json/c3_libraries (401)',
			description: expect.stringContaining('Cention rejected the access token'),
			httpCode: '401',
		});
		expect(JSON.stringify(bad)).not.toContain(forged);

		sim.inject({ path: '/s/demo/capi/json/c3_libraries', drop: true });
		const dropped = await dropdownError(e, await centionNode(sim, { resource: 'library', operation: 'get' }));
		expect(dropped).toMatchObject({ message: 'Cention closed the connection during GET json/c3_libraries' });
		const bearers = sim.received('/s/demo/capi/json/c3_libraries').map((request) => request.bearer);
		expect(new Set(bearers.slice(0, -1))).toEqual(new Set([forged]));
		expect(bearers.at(-1)).toBe(TOKENS.full);
	});

	test('JSON:API errors name the field; plain-text and 5xx answers are shown as text', async () => {
		const e = await engine();
		const create = async () => await e.run(await centionNode(sim, { resource: 'errand', operation: 'create', from: 'a@example.com' }));

		sim.inject({
			path: NEW_ERRANDS,
			status: 422,
			body: { errors: [{ status: '422', code: '1003', title: 'Unprocessable Entity', detail: 'area is closed for new errands', source: { pointer: '/data/attributes/msg/from' } }] },
		});
		const jsonApi = await create();
		expect(jsonApi.error?.message).toBe('Cention refused POST json/c3_new_errands: area is closed for new errands [code 1003] (field data.attributes.msg.from)');
		expect(jsonApi.error?.description).toContain('Correct the named fields');

		sim.inject({ path: NEW_ERRANDS, status: 400, body: 'invalid character \'x\' looking for beginning of value' });
		const plain = await create();
		expect(plain.error?.message).toBe("Cention refused POST json/c3_new_errands: invalid character 'x' looking for beginning of value");

		sim.inject({ path: NEW_ERRANDS, status: 502, body: '<html><body>Bad Gateway</body></html>' });
		const gateway = await create();
		expect(gateway.error?.message).toBe('Cention failed to process POST json/c3_new_errands (HTTP 502)');
		expect(gateway.error?.description).toContain('Cention said: <html><body>Bad Gateway</body></html>');

		sim.inject({ path: NEW_ERRANDS, status: 200, body: 'OK' });
		const notJsonApi = await create();
		expect(notJsonApi.error?.message).toBe('Cention answered POST json/c3_new_errands with something that is not JSON:API');
	});

	test('an answer without a document (204) is a success, not an empty output', async () => {
		const e = await engine();
		sim.inject({ path: '/s/demo/capi/json/c3_end_errands', status: 204 });
		const result = await e.run(await centionNode(sim, { resource: 'errand', operation: 'close', errandId: '4321', answerUserId: '1' }));
		expect(result.error).toBeUndefined();
		expect(result.items).toEqual([{ json: { success: true, httpCode: 204 }, pairedItem: { item: 0 } }]);
	});

	test('Continue On Fail: failed items carry the error, the others their results, in order', async () => {
		const e = await engine();
		const node = await centionNode(sim, { resource: 'libraryQuestion', operation: 'get', questionId: '={{ $json.id }}' }, { continueOnFail: true });
		const result = await e.run(node, [{ json: { id: '4' } }, { json: { id: '404' } }, { json: { id: 'x' } }, { json: { id: '5' } }]);
		expect(result.error).toBeUndefined();
		expect(result.items).toHaveLength(4);
		expect(result.items[0].json.subject).toBe('asdadasdas');
		expect(result.items[1].json).toEqual({ error: 'Cention has nothing at GET json/c3_library_questions/404 (404 Not Found)' });
		expect(result.items[2].json).toEqual({ error: 'Question ID must be a Cention database ID (a whole number such as 2256), not "x"' });
		expect(result.items[3].json.subject).toBe('help me!');
		expect(result.items[3].pairedItem).toEqual({ item: 3 });
		expect(sim.received(/c3_library_questions\/x/)).toHaveLength(0);
	});

	test('the simulator enforces what the manual requires: Bearer token, JSON:API media types, document type', async () => {
		const url = `${sim.baseUrl}${NEW_ERRANDS}`;
		const send = async (headers: Record<string, string>, body: unknown) => {
			const response = await fetch(url, { method: 'POST', headers, body: JSON.stringify(body) });
			return { status: response.status, body: await response.json() };
		};
		const document = { data: { type: 'c3_new_errands', attributes: { msg: { from: 'a@example.com' } } } };
		const auth = { Authorization: `Bearer ${TOKENS.webForm}` };
		const jsonApi = { Accept: 'application/vnd.api+json', 'Content-Type': 'application/vnd.api+json' };
		expect((await send(jsonApi, document)).status).toBe(401);
		expect((await send({ ...auth, ...jsonApi, Accept: 'application/json' }, document)).status).toBe(406);
		expect((await send({ ...auth, ...jsonApi, 'Content-Type': 'application/json' }, document)).status).toBe(415);
		expect(await send({ ...auth, ...jsonApi }, { data: { type: 'c3_errands', attributes: {} } })).toEqual({
			status: 409,
			body: { errors: [{ title: 'Conflict', status: '409', detail: 'type c3_errands does not match c3_new_errands', source: { pointer: '/data/type' } }] },
		});
		expect((await send({ ...auth, ...jsonApi }, document)).status).toBe(201);
	});
});
