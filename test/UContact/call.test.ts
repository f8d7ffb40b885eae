import { engine } from '../harness/engine';
import { useSimulator } from '../harness/lifecycle';
import { UContactSimulator } from '../simulators/ucontact';
import { calls, formOf, jsonFieldOf, ucontactNode } from './setup';

const sim = useSimulator(new UContactSimulator());

describe('uContact Call', () => {
	test('UC-01 originate: two-step call from an agent, the GUID as an item', async () => {
		const e = await engine();
		const result = await e.run(
			await ucontactNode(sim, {
				resource: 'call',
				operation: 'originate',
				agent: 'mrodriguez',
				agentPhone: '1001',
				destination: '={{ $json.phone }}',
				outqueue: 'Ventas->',
				callerId: '26001234',
				agentContext: 'from-internal',
			}),
			[{ json: { phone: '098344484' } }],
		);
		expect(result.error).toBeUndefined();
		const [request] = calls(sim, 'Agents/AgentCall');
		expect(formOf(request)).toEqual({
			agent: 'mrodriguez',
			phone: '1001',
			destination: '098344484',
			outqueue: 'Ventas->',
			callerid: '26001234',
			context: 'from-internal',
			tech: 'SIP',
		});
		const guid = sim.storedBy('Agents/AgentCall')[0].fields.guid;
		expect(result.items).toEqual([
			{
				json: { success: true, guid, agent: 'mrodriguez', phone: '1001', destination: '098344484', outqueue: 'Ventas->' },
				pairedItem: { item: 0 },
			},
		]);
	});

	test('UC-02 hang up: the agent phone is sent, 1 becomes success', async () => {
		const e = await engine();
		const result = await e.run(await ucontactNode(sim, { resource: 'call', operation: 'hangUp', agentPhone: '1002' }));
		expect(formOf(calls(sim, 'Agents/HungupPhone')[0])).toEqual({ phone: '1002' });
		expect(result.items).toEqual([{ json: { success: true, result: '1', phone: '1002' }, pairedItem: { item: 0 } }]);
	});

	test('UC-03 disposition: every documented field is sent, the schedule in uContact date format', async () => {
		const e = await engine();
		const guid = sim.cdrs[10].guid;
		const result = await e.run(
			await ucontactNode(sim, {
				resource: 'call',
				operation: 'disposition',
				campaign: 'Ventas->',
				agent: 'lfernandez',
				guid: '={{ $json.guid }}',
				customerPhone: '098344484',
				level1: 'Venta',
				level2: 'Credito',
				level3: '12 cuotas',
				additionalFields: { comment: 'Cliente pide factura', d1: 'idcustomer=7', schedule: '2024-05-02T15:30:00' },
			}),
			[{ json: { guid } }],
		);
		expect(result.error).toBeUndefined();
		expect(formOf(calls(sim, 'api/DispositionCall')[0])).toEqual({
			campaign: 'Ventas->',
			agent: 'lfernandez',
			guid,
			callerid: '098344484',
			l1: 'Venta',
			l2: 'Credito',
			l3: '12 cuotas',
			comment: 'Cliente pide factura',
			d1: 'idcustomer=7',
			d2: '',
			schedule: '2024-05-02 15:30:00',
		});
		expect(result.items[0].json).toEqual({ success: true, result: '1', guid, campaign: 'Ventas->', l1: 'Venta', l2: 'Credito', l3: '12 cuotas' });
	});

	test('UC-04 run a voice workflow: parameters from fields become the jsonparams object', async () => {
		const e = await engine();
		const result = await e.run(
			await ucontactNode(sim, {
				resource: 'call',
				operation: 'runWorkflow',
				flowContext: 'from-n8n',
				flowExtension: '5000',
				workflowParameters: { parameter: [{ name: 'idcustomer', type: 'number', value: '={{ $json.id }}' }, { name: 'segment', value: 'gold' }] },
			}),
			[{ json: { id: 7 } }],
		);
		expect(result.error).toBeUndefined();
		const [request] = calls(sim, 'admin/CallWorkflow');
		expect(formOf(request).context).toBe('from-n8n');
		expect(formOf(request).extension).toBe('5000');
		expect(jsonFieldOf(request, 'jsonparams')).toEqual({ idcustomer: 7, segment: 'gold' });
		expect(result.items[0].json).toEqual({ success: true, result: 'OK', context: 'from-n8n', extension: '5000' });
	});

	test('UC-04 parameters carry their Type: "42" as a Number is 42, "true" as a Boolean is true, text stays text', async () => {
		const e = await engine();
		const result = await e.run(
			await ucontactNode(sim, {
				resource: 'call',
				operation: 'runWorkflow',
				flowContext: 'from-n8n',
				flowExtension: '5000',
				workflowParameters: {
					parameter: [
						{ name: 'idcustomer', type: 'number', value: '42' },
						{ name: 'vip', type: 'boolean', value: 'true' },
						{ name: 'tags', type: 'json', value: '["gold", 2]' },
						{ name: 'phone', type: 'string', value: '={{ 98344484 }}' },
					],
				},
			}),
		);
		expect(result.error).toBeUndefined();
		expect(jsonFieldOf(calls(sim, 'admin/CallWorkflow')[0], 'jsonparams')).toEqual({ idcustomer: 42, vip: true, tags: ['gold', 2], phone: '98344484' });
		const bad = await e.run(
			await ucontactNode(sim, {
				resource: 'call',
				operation: 'runWorkflow',
				flowContext: 'from-n8n',
				flowExtension: '5000',
				workflowParameters: { parameter: [{ name: 'vip', type: 'boolean', value: 'si' }] },
			}),
		);
		expect(bad.error?.message).toBe('"vip" is not true or false: "si"');
		expect(calls(sim, 'admin/CallWorkflow')).toHaveLength(1);
	});

	test('UC-04 run a voice workflow with JSON typed by the user', async () => {
		const e = await engine();
		const result = await e.run(
			await ucontactNode(sim, {
				resource: 'call',
				operation: 'runWorkflow',
				flowContext: 'from-n8n',
				flowExtension: '5000',
				parametersMode: 'json',
				parametersJson: '{"idcustomer": 7, "vip": true}',
			}),
		);
		expect(result.error).toBeUndefined();
		expect(jsonFieldOf(calls(sim, 'admin/CallWorkflow')[0], 'jsonparams')).toEqual({ idcustomer: 7, vip: true });
		expect(result.items).toEqual([{ json: { success: true, result: 'OK', context: 'from-n8n', extension: '5000' }, pairedItem: { item: 0 } }]);
	});
});
