import { engine } from '../harness/engine';
import { useSimulator } from '../harness/lifecycle';
import { CentionSimulator, TOKENS } from '../simulators/cention';
import { centionNode, documentOf } from './setup';

const sim = useSimulator(new CentionSimulator());

describe('Cention outbound calls', () => {
	test('CEN-04 End notifies Cention with integration, dialed number and the agent\'s device and extension', async () => {
		const e = await engine();
		const result = await e.run(
			await centionNode(
				sim,
				{ resource: 'outboundCall', operation: 'end', integrationName: 'aventa', dialedNumber: '01211112222', deviceId: 1000, extensionId: 1001 },
				{ token: TOKENS.webForm },
			),
		);
		expect(result.error).toBeUndefined();
		const [request] = sim.received('/s/demo/capi/json/c3_end_obcall');
		expect(request.bearer).toBe(TOKENS.webForm);
		expect(documentOf(request).data).toEqual({
			type: 'c3_end_obcall',
			attributes: { integrationName: 'aventa', dialedNumber: '01211112222', deviceId: 1000, extensionId: 1001 },
		});
		expect(result.items).toEqual([{ json: { id: '1', type: 'c3_end_obcall' }, pairedItem: { item: 0 } }]);
		expect(sim.endedCalls).toHaveLength(1);
	});

	test('CEN-04 End without a dialed number leaves it out', async () => {
		const e = await engine();
		const result = await e.run(await centionNode(sim, { resource: 'outboundCall', operation: 'end', deviceId: 7, extensionId: 8 }));
		expect(result.error).toBeUndefined();
		expect(documentOf(sim.received('/s/demo/capi/json/c3_end_obcall')[0]).data.attributes).toEqual({
			integrationName: 'aventa',
			deviceId: 7,
			extensionId: 8,
		});
	});
});
