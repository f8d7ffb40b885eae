/**
 * Sinch Contact Pro in a real n8n 2.41: the daily export example run from its Manual
 * Trigger (beside the Schedule Trigger): callbacks (SCP-08) and contacts (SCP-09) read with the
 * credential n8n stores (HTTP Basic), turned into one flat row each. Then the Sinch Contact Pro
 * Trigger (SCP-W1): the simulator's Event-Driven Integration calls the published workflows with
 * the right or wrong Basic auth and x-api-key.
 */
import { SINCH_EDI_API_KEY, SINCH_EDI_BASIC_AUTH } from '../scripts/lib/demoCredentials';
import { SINCH_EDI_KEY_ONLY } from './fixtures/e2eCredentials';
import { edi } from './support/sinchEdi';
import { executions, finishedExecutions, imported, MANUAL_MODE, output, runManually, workflow } from './support/e2eN8n';
import { simulator } from './support/simulatorControl';

const DAILY = 'exSinchDailyRep1';
const COLUMNS = ['agent', 'customer', 'id', 'notes', 'queue', 'status', 'time', 'type'];

const sinch = simulator('sinch');
const describeIf = imported(DAILY) ? describe : describe.skip;

describeIf('Sinch Contact Pro in a real n8n', () => {
	test('SCP-08 SCP-09 the daily export: every callback and contact as a spreadsheet row of the same columns', async () => {
		// The demo data as it starts: other files' workflows create callbacks (the EDI example).
		await sinch.control('reset');
		const before = (await executions(DAILY)).length;

		await runManually(DAILY);

		const [execution] = (await finishedExecutions(DAILY, before + 1)).slice(before);
		expect(execution).toMatchObject({ mode: MANUAL_MODE, status: 'success' });
		const rows = output(execution, 'Spreadsheet Rows');
		for (const row of rows) expect(Object.keys(row).sort()).toEqual(COLUMNS);
		expect(rows.map((row) => `${row.type} ${row.customer}`)).toEqual([
			'callback +358401234567',
			'callback +358451112223',
			'phone +358401234567',
			'phone +358451112223',
			'phone +358409998877',
			'chat maija.virtanen@example.fi',
			'email maija.virtanen@example.fi',
		]);
		expect(rows[0]).toEqual({
			type: 'callback',
			id: 'CB01A2B3C4D5E6F708192A3B4C5D6E7F',
			customer: '+358401234567',
			queue: 'Callback Queue',
			agent: '',
			time: '2026-11-24T09:30:00Z',
			status: 'NO_ANSWER',
			notes: 'Wants to discuss the November invoice',
		});
		expect(rows[1]).toMatchObject({ status: 'OPEN', time: '2026-11-23T16:20:44Z' });
		expect(rows[3]).toMatchObject({ agent: 'Aino Korhonen', status: 'WrapUp', notes: 'Customer asked for a fixed-price contract offer.' });

		const reads = await sinch.requests();
		// Distinct reads: the Changes Trigger example may list the callbacks meanwhile (the engine
		// suite counts the requests of Return All).
		expect([...new Set(reads.map((request) => `${request.method} ${request.path} ${request.status}`))].sort()).toEqual([
			'GET /RI/cmi/callbacks 200',
			'GET /RI/cmi/contacts 200',
		]);
		for (const request of reads) expect(request.basic).toEqual({ user: 'integration', password: 'Nordlys#Api2026' });
	});
});

const ENDED = 'exSinchEdiEnded1';
const CUSTOM = 'e2eSinchEdiCust1';
const describeEdi = imported(ENDED) && imported(CUSTOM) ? describe : describe.skip;
const REFUSED = { status: 401, json: { message: 'Authorization required' } };
const STARTED = { status: 200, json: { message: 'Workflow was started' } };
const IGNORED = { status: 200, json: { message: 'Event received and ignored by this workflow' } };

function webhookUrl(workflowId: string): string {
	return Object.values(workflow(workflowId).webhooks)[0];
}

describeEdi('Sinch Contact Pro Trigger in a real n8n (Event-Driven Integrations)', () => {
	test('SCP-W1 SCP-08 an inbound call ended unanswered: wrong or missing Basic auth or x-api-key get 401 and start nothing; the right ones schedule a callback', async () => {
		await sinch.clearLog();
		const endpointUrl = webhookUrl(ENDED);
		const before = (await executions(ENDED)).length;
		const event = { event: 'ended', conversation: 'abandonedCall' } as const;
		const body = { event: '{event}', contact: '{contact}' };
		const noKey = { request: { method: 'POST', authentication: { type: 'basic' }, body } };
		const noBasic = { request: { method: 'POST', headers: { 'x-api-key': '{authentications.api-key}' }, body } };

		const refused = [
			await edi().send({ endpointUrl, basic: { user: SINCH_EDI_BASIC_AUTH.user, password: 'not-the-password' } }, event),
			await edi().send({ endpointUrl, configuration: noBasic, basic: undefined }, event),
			await edi().send({ endpointUrl, authentications: { 'api-key': 'not-the-api-key' } }, event),
			await edi().send({ endpointUrl, configuration: noKey }, event),
		];
		const accepted = await edi().send({ endpointUrl }, event);

		for (const result of refused) expect({ status: result.status, json: result.json }).toEqual(REFUSED);
		expect({ status: accepted.status, json: accepted.json }).toEqual(STARTED);
		expect(accepted.request?.headers).toMatchObject({ 'x-api-key': SINCH_EDI_API_KEY, 'Content-Type': 'application/json' });
		const runs = (await finishedExecutions(ENDED, before + 1)).slice(before);
		expect(runs).toHaveLength(1);
		expect(runs[0]).toMatchObject({ mode: 'webhook', status: 'success' });
		expect(output(runs[0], 'Call Ended in Sinch Contact Pro')).toEqual([
			expect.objectContaining({
				event: 'ended',
				event_datetime: '2026-11-23T08:07:38.904Z',
				channel_type: 'phone',
				direction: 'inbound',
				id: '6F1D2C3B4A5948E7B6C5D4E3F2A1B0C9',
				queue_address: '+358942511000',
				agent_id: null,
				source: '+358409876543',
			}),
		]);
		const created = await sinch.requests('/RI/cmi/callbacks');
		expect(created.map((request) => [request.method, request.status, JSON.parse(request.rawBody)])).toEqual([
			[
				'POST',
				201,
				{
					customerNumber: '+358409876543',
					callbackQueueNumber: '+35894251099',
					notes: 'Called +358942511000 at 2026-11-23T08:02:11.904Z and hung up before an agent answered (conversation 6F1D2C3B4A5948E7B6C5D4E3F2A1B0C9)',
				},
			],
		]);
		expect(await executions(ENDED)).toHaveLength(before + 1);
	});

	test('SCP-W1 an answered call schedules no callback; chats, outbound calls and other events are answered 200 and start nothing', async () => {
		await sinch.clearLog();
		const endpointUrl = webhookUrl(ENDED);
		const before = (await executions(ENDED)).length;

		const ignored = [
			await edi().send({ endpointUrl }, { event: 'queued', conversation: 'abandonedCall' }),
			await edi().send({ endpointUrl }, { event: 'ended', conversation: 'chatIn' }),
			await edi().send({ endpointUrl }, { event: 'ended', conversation: 'callOut' }),
		];
		const answered = await edi().send({ endpointUrl }, { event: 'ended', conversation: 'callIn' });

		for (const result of ignored) expect({ status: result.status, json: result.json }).toEqual(IGNORED);
		expect({ status: answered.status, json: answered.json }).toEqual(STARTED);
		const runs = (await finishedExecutions(ENDED, before + 1)).slice(before);
		expect(runs).toHaveLength(1);
		expect(runs[0]).toMatchObject({ status: 'success' });
		expect(output(runs[0], 'Call Ended in Sinch Contact Pro')[0]).toMatchObject({ agent_number: '+358942511021' });
		expect(runs[0].data?.resultData.runData['Schedule a Callback']).toBeUndefined();
		// No callback created (the Changes Trigger example may poll the list meanwhile: GETs).
		expect((await sinch.requests('/RI/cmi/callbacks')).filter((request) => request.method !== 'GET')).toEqual([]);
	});

	test('SCP-W1 a custom body with only the x-api-key: arrives as sent; a wrong or missing key gets 401 and starts nothing', async () => {
		const endpointUrl = webhookUrl(CUSTOM);
		const before = (await executions(CUSTOM)).length;
		const configuration = {
			request: {
				method: 'POST',
				headers: { 'x-api-key': '{authentications.api-key}' },
				body: {
					'Event name': '{event.name}',
					'Event date': '{event.datetime}',
					'Channel type': '{contact.channel_type}',
					ID: '{contact.id}',
					'Current queue': '{contact.queue}',
					'Current agent chat address': '{contact.agent.chat_address}',
				},
			},
		};
		const event = { event: 'forwarded', conversation: 'chatIn' } as const;
		const integration = { endpointUrl, configuration, basic: undefined };

		const wrong = await edi().send({ ...integration, authentications: { 'api-key': SINCH_EDI_API_KEY } }, event);
		const missing = await edi().send({ ...integration, configuration: { request: { ...configuration.request, headers: {} } } }, event);
		const call = await edi().send({ ...integration, authentications: { 'api-key': SINCH_EDI_KEY_ONLY } }, { event: 'forwarded', conversation: 'callIn' });
		const accepted = await edi().send({ ...integration, authentications: { 'api-key': SINCH_EDI_KEY_ONLY } }, event);

		expect([wrong, missing].map((result) => ({ status: result.status, json: result.json }))).toEqual([REFUSED, REFUSED]);
		expect({ status: call.status, json: call.json }).toEqual(IGNORED);
		expect({ status: accepted.status, json: accepted.json }).toEqual(STARTED);
		const runs = (await finishedExecutions(CUSTOM, before + 1)).slice(before);
		expect(runs).toHaveLength(1);
		expect(output(runs[0], 'Sinch Contact Pro Trigger')).toEqual([
			{
				'Event name': 'forwarded',
				'Event date': '2026-11-22T12:01:32.052Z',
				'Channel type': 'chat',
				ID: '4A6C8E0F2B4D46688A0C2E4F6A8B0C1D',
				'Current queue': { id: '5D2E8A14F0C34B7E9A61C2D3E4F5A6B7', address: 'billing.chat@nordlys-energia.fi' },
				'Current agent chat address': 'mikko.nieminen@nordlys-energia.fi',
			},
		]);
		expect(await executions(CUSTOM)).toHaveLength(before + 1);
	});
});
