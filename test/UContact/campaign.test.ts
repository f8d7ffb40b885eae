import { engine } from '../harness/engine';
import { useSimulator } from '../harness/lifecycle';
import { UContactSimulator } from '../simulators/ucontact';
import { calls, formOf, jsonFieldOf, ucontactCredential, ucontactNode } from './setup';

const sim = useSimulator(new UContactSimulator());

describe('uContact Campaign and Do-not-call list', () => {
	test('UC-05 add to the do-not-call list: the black object with every key, the credential user as adder', async () => {
		const e = await engine();
		const result = await e.run(
			await ucontactNode(sim, {
				resource: 'doNotCall',
				operation: 'add',
				phone: '={{ $json.phone }}',
				campaign: 'Ventas->',
				additionalFields: { name: 'Ana Pérez', company: 'Tienda Sur', jobTitle: 'Compras' },
			}),
			[{ json: { phone: '098344484' } }],
		);
		expect(result.error).toBeUndefined();
		const request = calls(sim, 'admin/addblack')[0];
		expect(Object.keys(formOf(request))).toEqual(['black']);
		expect(jsonFieldOf(request, 'black')).toEqual({
			phone: '098344484',
			campaign: 'Ventas->',
			name: 'Ana Pérez',
			company: 'Tienda Sur',
			job_title: 'Compras',
			username: 'integracion',
		});
		expect(result.items).toEqual([{ json: { success: true, result: '1', phone: '098344484', campaign: 'Ventas->' }, pairedItem: { item: 0 } }]);
	});

	test('UC-05 do-not-call for all campaigns (*) is the default', async () => {
		const e = await engine();
		const result = await e.run(await ucontactNode(sim, { resource: 'doNotCall', operation: 'add', phone: '091000000' }));
		expect(result.error).toBeUndefined();
		expect(jsonFieldOf(calls(sim, 'admin/addblack')[0], 'black')).toMatchObject({ phone: '091000000', campaign: '*', name: '', company: '', job_title: '' });
	});

	test('UC-17 queue summary: one item per campaign, the trailing action entry left out', async () => {
		const e = await engine();
		const result = await e.run(await ucontactNode(sim, { resource: 'campaign', operation: 'getQueueSummary' }));
		expect(result.error).toBeUndefined();
		const [request] = calls(sim, 'Supervisor/queuesummary');
		expect(formOf(request)).toEqual({});
		expect(result.items.map((item) => item.json.queue)).toEqual(['Ventas->', 'Cobranzas->', 'Encuestas->', 'Soporte<-']);
		expect(result.items[3]).toEqual({
			json: {
				queue: 'Soporte<-',
				loggedIn: 2,
				available: 0,
				callers: 3,
				holdTime: 30,
				talkTime: 205,
				longestHoldTime: 220,
				internalActionId: '1982468278_6312',
				dateReceived: 'Jan 20, 2016 11:31:42 AM',
			},
			pairedItem: { item: 0 },
		});
	});

	test('UC-18 campaign status: uContact answers for every campaign; only the one asked for comes out (campaign, agents, ACD calls)', async () => {
		const e = await engine();
		const result = await e.run(await ucontactNode(sim, { resource: 'campaign', operation: 'getStatus', campaign: 'Soporte<-' }));
		expect(result.error).toBeUndefined();
		expect(formOf(calls(sim, 'Supervisor/campaignstatus')[0])).toEqual({ queue: 'Soporte<-' });
		expect(result.items.map((item) => [item.json.key, item.json.entryType])).toEqual([
			['Soporte<-', 'campaign'],
			['mrodriguez', 'agent'],
			['jgarcia', 'agent'],
			['1453300302.5521', 'call'],
		]);
		expect(result.items[0].json).toMatchObject({ campaign: 'Soporte<-', totalagents: 2, servicelevel: '91.1', strategy: 'rrmemory' });
		expect(result.items[1].json).toMatchObject({ agent: 'mrodriguez', status: 'paused', pausereason: 'Almuerzo' });
		expect(result.items.every((item) => (item.pairedItem as { item: number }).item === 0)).toBe(true);
	});

	test('UC-18 a campaign uContact does not know (answered for the others only) is an error, not zero items', async () => {
		const e = await engine();
		const result = await e.run(await ucontactNode(sim, { resource: 'campaign', operation: 'getStatus', campaign: 'Ventas' }));
		expect(formOf(calls(sim, 'Supervisor/campaignstatus')[0])).toEqual({ queue: 'Ventas' });
		expect(result.error?.message).toBe('uContact has no status for campaign "Ventas"');
		expect(result.error?.description).toContain('answered for Ventas->, Cobranzas->, Encuestas->, Soporte<- only');
		expect(result.error?.description).toContain('with its direction (Ventas-> or Soporte<-)');
	});

	test('UC-18 campaign status as returned: one item with the answer, limited to the campaign asked for', async () => {
		const e = await engine();
		const result = await e.run(await ucontactNode(sim, { resource: 'campaign', operation: 'getStatus', campaign: 'Ventas->', statusOutput: 'raw' }));
		expect(result.items).toHaveLength(1);
		expect(Object.keys(result.items[0].json)).toEqual(['Ventas->', 'mrodriguez', 'lfernandez']);
	});

	test('UC-18 All Campaigns (*) is an explicit choice: every campaign uContact answered for', async () => {
		const e = await engine();
		const result = await e.run(await ucontactNode(sim, { resource: 'campaign', operation: 'getStatus', campaign: '*' }));
		expect(result.error).toBeUndefined();
		expect(formOf(calls(sim, 'Supervisor/campaignstatus')[0])).toEqual({ queue: '*' });
		expect(result.items.map((item) => [item.json.key, item.json.entryType])).toEqual([
			['Ventas->', 'campaign'],
			['Cobranzas->', 'campaign'],
			['Encuestas->', 'campaign'],
			['Soporte<-', 'campaign'],
		]);
	});

	test('campaign dropdowns are loaded from Supervisor/queuesummary', async () => {
		const e = await engine();
		const spec = { type: 'uContact', parameters: { resource: 'dialer', operation: 'addTask' }, credentials: { uContactApi: await ucontactCredential(sim) } };
		expect(await e.loadOptions(spec, 'getCampaigns')).toEqual([
			{ name: 'Cobranzas->', value: 'Cobranzas->', description: 'Outbound' },
			{ name: 'Encuestas->', value: 'Encuestas->', description: 'Outbound' },
			{ name: 'Soporte<-', value: 'Soporte<-', description: 'Inbound' },
			{ name: 'Ventas->', value: 'Ventas->', description: 'Outbound' },
		]);
		const withAll = await e.loadOptions(spec, 'getCampaignsOrAll');
		expect(withAll[0]).toEqual({ name: 'All Campaigns (*)', value: '*' });
		expect(withAll).toHaveLength(5);
		expect(calls(sim, 'Supervisor/queuesummary')).toHaveLength(2);
	});
});
