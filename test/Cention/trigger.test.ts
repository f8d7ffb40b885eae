import type { INodeCredentialsDetails, INodeParameters } from 'n8n-workflow';

import { engine } from '../harness/engine';
import { useSimulator, useWebhooks } from '../harness/lifecycle';
import { CentionSimulator, TOKENS } from '../simulators/cention';
import { centionCredential } from './setup';

const sim = useSimulator(new CentionSimulator());
const hooks = useWebhooks();

const SECRET = 'Ku8#callback-secret-2256';

async function publish(parameters: INodeParameters, token: string = TOKENS.callback) {
	const e = await engine();
	const credentials: Record<string, INodeCredentialsDetails> = {
		centionWebhookApi: e.credentials.add('centionWebhookApi', { apiKey: SECRET }),
	};
	if (parameters.downloadFiles) credentials.centionApi = await centionCredential(sim, token);
	return hooks.current.publish({ type: 'centionTrigger', parameters, credentials });
}

/** Posts like Cention does: JSON:API media type, which n8n itself does not parse. */
async function post(url: string, body: unknown) {
	const response = await fetch(url, {
		method: 'POST',
		headers: { 'Content-Type': 'application/vnd.api+json' },
		body: typeof body === 'string' ? body : JSON.stringify(body),
	});
	return { status: response.status, body: (await response.json()) as Record<string, unknown> };
}

const bytes = (data: string) => Buffer.from(data, 'base64');

describe('Cention Trigger (callback)', () => {
	test('CEN-W1 the manual\'s callback with the right secret: the simplified answered errand with its files as binary', async () => {
		const wf = await publish({ events: ['1'], downloadFiles: true });
		const answer = await post(wf.url(), sim.callback(SECRET));
		await wf.settled();
		expect(answer).toEqual({ status: 200, body: { message: 'Workflow was started' } });
		expect(wf.executions).toHaveLength(1);
		const [item] = wf.executions[0].items;

		// The manual's links say http://localhost/capi/…: the token only goes to the credential's host.
		const downloads = sim.received(/\/json\/c3_(response_attachments|area_archives)\//);
		expect(downloads.map((request) => request.path).sort()).toEqual([
			'/s/demo/capi/json/c3_area_archives/12',
			'/s/demo/capi/json/c3_response_attachments/788',
			'/s/demo/capi/json/c3_response_attachments/789',
			'/s/demo/capi/json/c3_response_attachments/790',
		]);
		for (const request of downloads) {
			expect(request.bearer).toBe(TOKENS.callback);
			expect(request.headers.accept).toBe('application/vnd.api+json');
		}

		expect(item.json).toMatchObject({
			event: 1,
			eventName: 'answerErrand',
			callbackId: '76',
			errandId: '2256',
			id: '2256',
			type: 'c3_answer_errands',
			c3_id: 2256,
			service: { c3_id: 16, name: 'Form', type: 19 },
			answer: {
				c3_id: 1189,
				response: expect.objectContaining({
					subject: 'Creating test errand via API',
					body: 'text',
					to: [{ c3_id: 279, email_address: 'david.liew@test.se', name: 'David Liew' }],
				}),
			},
		});
		expect(item.json.attachments).toEqual([
			{ id: '788', type: 'c3_response_attachments', c3_id: 788, binaryProperty: 'attachment_0', fileName: 'signature.png', mimeType: 'image/png' },
			{ id: '789', type: 'c3_response_attachments', c3_id: 789, binaryProperty: 'attachment_1', fileName: 'tst1_1.txt', mimeType: 'text/plain' },
			{
				id: '790',
				type: 'c3_response_attachments',
				c3_id: 790,
				binaryProperty: 'attachment_2',
				fileName: 'order-confirmation-2256.pdf',
				mimeType: 'application/pdf',
			},
		]);
		expect(item.json.embedded_archives).toEqual([
			{ id: '12', type: 'c3_area_archives', c3_id: 12, binaryProperty: 'embeddedImage_0', fileName: 'cention-logo.png', mimeType: 'image/png' },
		]);
		expect(Object.keys(item.binary!).sort()).toEqual(['attachment_0', 'attachment_1', 'attachment_2', 'embeddedImage_0']);
		expect(bytes(item.binary!.attachment_0.data).equals(sim.fileBytes('c3_response_attachments', 788))).toBe(true);
		expect(bytes(item.binary!.attachment_1.data).toString('utf8')).toBe('Apple Pen Pineapple Pen');
		expect(bytes(item.binary!.attachment_2.data).equals(sim.fileBytes('c3_response_attachments', 790))).toBe(true);
		expect(bytes(item.binary!.embeddedImage_0.data).equals(sim.fileBytes('c3_area_archives', 12))).toBe(true);
		expect(JSON.stringify(item.json)).not.toContain(SECRET);
		expect(item.json).not.toHaveProperty('downloadErrors');
	});

	test('CEN-W1 a wrong or missing secret: 401, no execution, nothing downloaded', async () => {
		const wf = await publish({ events: ['1'], downloadFiles: true });
		const wrong = await post(wf.url(), sim.callback('123456'));
		const missing = sim.callback(SECRET) as { meta?: unknown };
		delete missing.meta;
		const none = await post(wf.url(), missing);
		const garbage = await post(wf.url(), 'not json');
		await wf.settled();
		expect([wrong.status, none.status, garbage.status]).toEqual([401, 401, 401]);
		expect(wrong.body).toEqual({ message: 'Authorization required' });
		expect(wf.executions).toHaveLength(0);
		expect(sim.requests).toHaveLength(0);
	});

	test('CEN-W1 other events are filtered out; a document that is no callback is a 400', async () => {
		const wf = await publish({ events: ['1'] });
		const other = await post(wf.url(), sim.callback(SECRET, { event: 2 }));
		const notCallback = await post(wf.url(), { meta: { api_secret: SECRET } });
		await wf.settled();
		expect(other).toEqual({ status: 200, body: { message: 'Event received and ignored by this workflow' } });
		expect(notCallback.status).toBe(400);
		expect(wf.executions).toHaveLength(0);

		const all = await publish({ events: [] });
		await post(all.url(), sim.callback(SECRET, { event: 2 }));
		await all.settled();
		expect(all.executions).toHaveLength(1);
		expect(all.executions[0].items[0].json).toMatchObject({ event: 2, eventName: 'unknown', errandId: '2256' });
	});

	test('CEN-W1 without downloads: the answered errand at once, attachments listed, no API call', async () => {
		const wf = await publish({});
		const answer = await post(wf.url(), sim.callback(SECRET));
		await wf.settled();
		expect(answer).toEqual({ status: 200, body: { message: 'Workflow was started' } });
		const [item] = wf.executions[0].items;
		expect(item.binary).toBeUndefined();
		expect(item.json.attachments).toEqual([
			{ id: '788', type: 'c3_response_attachments', c3_id: 788 },
			{ id: '789', type: 'c3_response_attachments', c3_id: 789 },
			{ id: '790', type: 'c3_response_attachments', c3_id: 790 },
		]);
		expect(sim.requests).toHaveLength(0);
	});

	test('CEN-W1 SDK-style links (links.self as text) on the credential\'s API are followed', async () => {
		const wf = await publish({ downloadFiles: true, simplify: false });
		await post(wf.url(), sim.callback(SECRET, { linkBase: `${sim.baseUrl}/s/demo/capi`, linkStyle: 'string' }));
		await wf.settled();
		expect(sim.received(/c3_/).map((request) => request.path).sort()).toEqual([
			'/s/demo/capi/json/c3_area_archives/12',
			'/s/demo/capi/json/c3_response_attachments/788',
			'/s/demo/capi/json/c3_response_attachments/789',
			'/s/demo/capi/json/c3_response_attachments/790',
		]);
		const [item] = wf.executions[0].items;
		// Without Simplify: Cention's document, minus the secret, plus where each file went.
		expect((item.json.data as { type: string }).type).toBe('c3_callback_answer_errands');
		expect(item.json.meta).toEqual({});
		expect((item.json.files as Array<{ binaryProperty: string }>).map((file) => file.binaryProperty)).toEqual([
			'attachment_0',
			'attachment_1',
			'attachment_2',
			'embeddedImage_0',
		]);
		expect(Object.keys(item.binary!)).toHaveLength(4);
	});

	test('CEN-W1 a download the token may not make is reported on the item; the workflow still runs', async () => {
		const wf = await publish({ downloadFiles: true }, TOKENS.knowledgeBase);
		await post(wf.url(), sim.callback(SECRET));
		await wf.settled();
		const [item] = wf.executions[0].items;
		expect(Object.keys(item.binary ?? {})).toEqual(['embeddedImage_0']);
		expect(item.json.downloadErrors).toEqual(
			['788', '789', '790'].map((id) => ({
				id,
				type: 'c3_response_attachments',
				error: `The Cention token lacks the "get attachment" claim needed for GET json/c3_response_attachments/${id}`,
			})),
		);
	});

	test('the callback credential\'s Test checks that a secret is set', async () => {
		const e = await engine();
		expect(await e.testCredential('centionWebhookApi', { apiKey: SECRET })).toEqual({
			status: 'OK',
			message: 'Settings are valid; requests are checked against them',
		});
		expect((await e.testCredential('centionWebhookApi', {})).status).toBe('Error');
	});

	test('CEN-W1 a callback nested thousands of levels deep is answered 400 and starts nothing', async () => {
		const wf = await publish({ events: ['1'] });
		const body = `${JSON.stringify(sim.callback(SECRET)).slice(0, -1)},"nested":${'['.repeat(5000)}${']'.repeat(5000)}}`;
		const response = await post(wf.url(), body);
		expect(response.status).toBe(400);
		expect(response.body).toEqual({ message: 'Expected a Cention callback: this body nests deeper than 32 levels' });
		await wf.settled();
		expect(wf.executions).toHaveLength(0);
	});
});
