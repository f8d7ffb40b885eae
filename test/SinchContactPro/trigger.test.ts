import type { ICredentialDataDecryptedObject, INodeParameters } from 'n8n-workflow';

import { engine } from '../harness/engine';
import { useSimulator, useWebhooks } from '../harness/lifecycle';
import type { Published } from '../harness/webhooks';
import { SinchSimulator } from '../simulators/sinch';
import { CUSTOM_BODY_CONFIGURATION, ediContact } from '../simulators/sinch/edi';
import type { EdiIntegration, EdiResult, EdiSendCommand } from '../simulators/sinch/edi';

/**
 * SCP-W1: Contact Pro's Event-Driven Integration (the simulator, configured like System
 * Configurator) calls the trigger's production URL; Basic auth and the x-api-key header are
 * checked against the trigger's credential.
 */
const sim = useSimulator(new SinchSimulator());
const hooks = useWebhooks();

const BASIC = { user: 'contact-pro-edi', password: 'Edi#Nordlys-2026' };
const API_KEY = 'edi-key-4f1c9a7e';
const BOTH: ICredentialDataDecryptedObject = { basicUser: BASIC.user, basicPassword: BASIC.password, apiKey: API_KEY };
const STARTED = { status: 200, json: { message: 'Workflow was started' } };
const IGNORED = { status: 200, json: { message: 'Event received and ignored by this workflow' } };
const REFUSED = { status: 401, json: { message: 'Authorization required' } };

async function publish(parameters: INodeParameters = {}, credential: ICredentialDataDecryptedObject = BOTH): Promise<Published> {
	const e = await engine();
	const details = e.credentials.add('sinchContactProWebhookApi', credential);
	return hooks.current.publish({ type: 'sinchContactProTrigger', parameters, credentials: { sinchContactProWebhookApi: details } });
}

/** Points the integration at the workflow (the right Basic user and api-key unless told otherwise) and raises an event. */
async function deliver(wf: Published, command: EdiSendCommand, settings: Partial<EdiIntegration> = {}): Promise<EdiResult> {
	sim.edi.configure({ endpointUrl: wf.url(), basic: BASIC, authentications: { 'api-key': API_KEY }, ...settings });
	const result = await sim.edi.send(command);
	await wf.settled();
	return result;
}

const answer = (result: EdiResult) => ({ status: result.status, json: result.json });

describe('Sinch Contact Pro Trigger (Event-Driven Integrations)', () => {
	test('SCP-W1 the documented full body with the right Basic auth and x-api-key: one flat item of the event and its contact', async () => {
		const wf = await publish();
		const result = await deliver(wf, { event: 'ended', conversation: 'callIn' });

		expect(answer(result)).toEqual(STARTED);
		// What the integration sent: POST, JSON, Basic auth and the api-key header of its authentications.
		expect(result.request).toMatchObject({
			method: 'POST',
			headers: {
				'Content-Type': 'application/json',
				'x-api-key': API_KEY,
				Authorization: `Basic ${Buffer.from(`${BASIC.user}:${BASIC.password}`).toString('base64')}`,
			},
		});
		expect(JSON.parse(result.request!.body!)).toEqual({ event: { name: 'ended', datetime: '2026-11-21T07:52:07.215Z' }, contact: ediContact('callIn') });
		expect(wf.executions).toHaveLength(1);
		expect(wf.executions[0].items.map((item) => item.json)).toEqual([
			{
				event: 'ended',
				event_datetime: '2026-11-21T07:52:07.215Z',
				channel_type: 'phone',
				channel_sub_type: null,
				language: 'FI',
				priority: 100,
				skills: [{ id: 'C8177D585DA5EE11B3ED58961D1810CC', value: 5, name: 'finnish' }],
				direction: 'inbound',
				id: '1B54DD57DC9CEF11AA7EED0A1974A7FA',
				guid: '5AB6E20342A6EE11B3ED58961D1810CC',
				created: '2026-11-21T07:46:40.215Z',
				queue_id: '0BF6D1CAAC574369B77C8C6449270C3A',
				queue_address: '+358942511000',
				agent_id: '7A1B2C3D4E5F60718293A4B5C6D7E8F9',
				agent_number: '+358942511021',
				agent_chat_address: 'aino.korhonen@nordlys-energia.fi',
				forwarding_queue_id: null,
				forwarding_queue_address: null,
				preferred_agent_id: null,
				preferred_agent_number: null,
				preferred_agent_chat_address: null,
				required_agents: null,
				transferring_agent_id: null,
				transferring_agent_number: null,
				transferring_agent_chat_address: null,
				source: '+358401234567',
			},
		]);
	});

	test('SCP-W1 a wrong or missing Basic auth, or a wrong or missing x-api-key: 401 and no execution', async () => {
		const wf = await publish();
		const noKey = { request: { method: 'POST', authentication: { type: 'basic' }, body: { event: '{event}', contact: '{contact}' } } };
		const noBasic = { request: { method: 'POST', headers: { 'x-api-key': '{authentications.api-key}' }, body: { event: '{event}', contact: '{contact}' } } };
		const refused = [
			await deliver(wf, { event: 'ended' }, { basic: { user: BASIC.user, password: 'Edi#Nordlys-2025' } }),
			await deliver(wf, { event: 'ended' }, { basic: { user: 'someone.else', password: BASIC.password } }),
			await deliver(wf, { event: 'ended' }, { configuration: noBasic }),
			await deliver(wf, { event: 'ended' }, { authentications: { 'api-key': 'edi-key-00000000' } }),
			await deliver(wf, { event: 'ended' }, { configuration: noKey }),
		];
		for (const result of refused) {
			expect(result.sent).toBe(true);
			expect(answer(result)).toEqual(REFUSED);
		}
		expect(wf.executions).toHaveLength(0);
		expect(wf.results).toHaveLength(5);
	});

	test('SCP-W1 a credential with only the API key: the right key starts the workflow, a wrong one is refused', async () => {
		const wf = await publish({}, { apiKey: API_KEY });
		const keyOnly = { request: { method: 'POST', headers: { 'x-api-key': '{authentications.api-key}' }, body: { event: '{event}', contact: '{contact}' } } };
		const right = await deliver(wf, { event: 'accepted', conversation: 'chatIn' }, { configuration: keyOnly });
		const wrong = await deliver(wf, { event: 'accepted', conversation: 'chatIn' }, { configuration: keyOnly, authentications: { 'api-key': 'edi-key-4f1c9a7f' } });
		expect(answer(right)).toEqual(STARTED);
		expect(answer(wrong)).toEqual(REFUSED);
		expect(wf.executions).toHaveLength(1);
		expect(wf.executions[0].items[0].json).toMatchObject({ event: 'accepted', channel_type: 'chat', channel_sub_type: 'text', agent_number: '+358942511034' });
	});

	test('SCP-W1 a credential with only Basic auth: the right user starts the workflow, a wrong password is refused', async () => {
		const wf = await publish({}, { basicUser: BASIC.user, basicPassword: BASIC.password });
		const right = await deliver(wf, { event: 'queued' });
		const wrong = await deliver(wf, { event: 'queued' }, { basic: { user: BASIC.user, password: 'wrong' } });
		expect(answer(right)).toEqual(STARTED);
		expect(answer(wrong)).toEqual(REFUSED);
		expect(wf.executions).toHaveLength(1);
	});

	test('SCP-W1 events, conversation type and direction filters: other events are answered 200 and start nothing', async () => {
		const wf = await publish({ events: ['ended'], conversationTypes: ['phone'], direction: 'inbound' });
		const ignored = [
			await deliver(wf, { event: 'queued', conversation: 'callIn' }),
			await deliver(wf, { event: 'ended', conversation: 'chatIn' }),
			await deliver(wf, { event: 'ended', conversation: 'callOut' }),
		];
		for (const result of ignored) expect(answer(result)).toEqual(IGNORED);
		expect(wf.executions).toHaveLength(0);

		const ended = await deliver(wf, { event: 'ended', conversation: 'abandonedCall' });
		expect(answer(ended)).toEqual(STARTED);
		expect(wf.executions).toHaveLength(1);
		expect(wf.executions[0].items[0].json).toMatchObject({
			event: 'ended',
			direction: 'inbound',
			channel_type: 'phone',
			queue_address: '+358942511000',
			agent_id: null,
			agent_number: null,
			source: '+358409876543',
		});
	});

	test('SCP-W1 event names are compared without regard to case', async () => {
		const wf = await publish({ events: ['ended'] });
		const result = await deliver(wf, { event: 'Ended' }, { events: ['Ended'] });
		expect(answer(result)).toEqual(STARTED);
		expect(wf.executions[0].items[0].json.event).toBe('Ended');
	});

	test('SCP-W1 a custom body arrives as sent; the filters find its values by their placeholders', async () => {
		const parameters = { events: ['transferred'], direction: 'outbound', configuration: JSON.stringify(CUSTOM_BODY_CONFIGURATION) };
		const wf = await publish(parameters, { basicUser: BASIC.user, basicPassword: BASIC.password });
		const settings = { configuration: CUSTOM_BODY_CONFIGURATION };
		const inbound = await deliver(wf, { event: 'transferred', conversation: 'callIn' }, settings);
		const ended = await deliver(wf, { event: 'ended', conversation: 'callOut' }, settings);
		const transferred = await deliver(wf, { event: 'transferred', conversation: 'callOut' }, settings);

		expect([answer(inbound), answer(ended)]).toEqual([IGNORED, IGNORED]);
		expect(answer(transferred)).toEqual(STARTED);
		const sent = JSON.parse(transferred.request!.body!) as Record<string, unknown>;
		expect(sent).toEqual({
			'Event name': 'transferred',
			'Event date': '2026-11-23T13:17:23.377Z',
			'Channel type': 'phone',
			Direction: 'outbound',
			ID: '7A2E3D4C5B6A49F8A7B6C5D4E3F2A1B0',
			Priority: 100,
			'Current queue': null,
			'Current agent number': '+358942511021',
		});
		expect(wf.executions).toHaveLength(1);
		expect(wf.executions[0].items.map((item) => item.json)).toEqual([sent]);
	});

	test('SCP-W1 Simplify off: {event, contact} exactly as Contact Pro sent them', async () => {
		const wf = await publish({ simplify: false });
		const result = await deliver(wf, { event: 'forwarded', conversation: 'chatOut' });
		expect(answer(result)).toEqual(STARTED);
		expect(wf.executions[0].items.map((item) => item.json)).toEqual([JSON.parse(result.request!.body!)]);
		expect(wf.executions[0].items[0].json).toEqual({ event: { name: 'forwarded', datetime: '2026-11-23T14:41:56.610Z' }, contact: ediContact('chatOut') });
	});

	test('SCP-W1 what is no event: 401 before anything else without credentials, 400 with them, never an execution', async () => {
		const wf = await publish();
		const authorization = `Basic ${Buffer.from(`${BASIC.user}:${BASIC.password}`).toString('base64')}`;
		const post = async (body: string, headers: Record<string, string>) => {
			const response = await fetch(wf.url(), { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body });
			return { status: response.status, json: await response.json() };
		};
		expect(await post('{}', {})).toEqual(REFUSED);
		const withAuth = { authorization, 'x-api-key': API_KEY };
		expect((await post('[1, 2]', withAuth)).status).toBe(400);
		expect((await post(`${'{"a":'.repeat(40)}1${'}'.repeat(40)}`, withAuth)).status).toBe(400);
		expect(await post(JSON.stringify({ contact: ediContact() }), withAuth)).toEqual(STARTED);
		await wf.settled();
		// Without filters nothing needs the event: the contact alone still starts the workflow.
		expect(wf.executions).toHaveLength(1);
		const filtered = await publish({ events: ['ended'] });
		const response = await fetch(filtered.url(), { method: 'POST', headers: { 'content-type': 'application/json', ...withAuth }, body: JSON.stringify({ contact: ediContact() }) });
		expect(response.status).toBe(400);
		expect(await response.json()).toEqual({ message: 'Expected {event.name} at event.name of the body' });
		await filtered.settled();
		expect(filtered.executions).toHaveLength(0);
	});

	test('SCP-W1 activation refuses a JSON for Configuration that cannot reach the workflow, naming what to change', async () => {
		const activate = async (parameters: INodeParameters, credential: ICredentialDataDecryptedObject = BOTH) =>
			await hooks.current.activate(await publish(parameters, credential));

		await expect(activate({})).resolves.toBeUndefined();
		await expect(activate({ configuration: '{"request": {' })).rejects.toThrow(/JSON for Configuration is not valid JSON/);
		await expect(activate({ configuration: JSON.stringify({ request: { method: 'PUT', body: {} } }) })).rejects.toThrow(
			'JSON for Configuration sends PUT; this trigger listens for POST: set "method": "POST"',
		);
		await expect(activate({ configuration: JSON.stringify(CUSTOM_BODY_CONFIGURATION) })).rejects.toThrow(
			'The credential requires the x-api-key header, but JSON for Configuration does not send it: add "headers": {"x-api-key": "{authentications.api-key}"} to the request',
		);
		const keyOnly = { request: { method: 'POST', headers: { 'X-API-Key': '{authentications.api-key}' }, body: { contact: '{contact}' } } };
		await expect(activate({ configuration: JSON.stringify(keyOnly) }, { apiKey: API_KEY })).resolves.toBeUndefined();
		await expect(activate({ configuration: JSON.stringify(keyOnly) })).rejects.toThrow(/requires Basic auth/);
		await expect(activate({ configuration: JSON.stringify(keyOnly), events: ['ended'] }, { apiKey: API_KEY })).rejects.toThrow(
			'The event filter needs {event.name} in the body of JSON for Configuration (or the whole {event}); add it or clear the filter',
		);
		await expect(activate({ configuration: JSON.stringify(keyOnly), direction: 'inbound', conversationTypes: ['chat'] }, { apiKey: API_KEY })).resolves.toBeUndefined();
	});
});
