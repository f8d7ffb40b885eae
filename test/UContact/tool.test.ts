import { fromAI } from '../harness/agent';
import { engine } from '../harness/engine';
import { useSimulator } from '../harness/lifecycle';
import { UContactSimulator } from '../simulators/ucontact';
import { RECORDED } from '../simulators/ucontact/data';
import { calls, jsonFieldOf, ucontactNode } from './setup';

const sim = useSimulator(new UContactSimulator());

const search = {
	resource: 'recording',
	operation: 'search',
	callDateFrom: fromAI('From', 'Start of the period'),
	callDateTo: fromAI('To', 'End of the period'),
	limit: 3,
	filters: { agent: fromAI('Agent', 'User name of the agent') },
};

describe('uContact as an AI tool (n8n-core createNodeAsTool, called by a stand-in agent)', () => {
	test('UC-06 Search: described for the agent, compact call records with their GUIDs', async () => {
		const e = await engine();
		const call = await e.runAsTool(await ucontactNode(sim, search), { From: '2016-01-18 00:00:00', To: '2016-01-21 23:59:59', Agent: 'mrodriguez' });
		expect(call.description).toMatch(/^Search call recordings in uContact\. Find call records by date range .+ Returns one item per call with its GUID/);
		expect(Object.keys(call.arguments).sort()).toEqual(['Agent', 'From', 'To']);
		expect(jsonFieldOf(calls(sim, 'Cdr/getrecords')[0], 'filter')).toMatchObject({
			calldatei: '2016-01-18 00:00:00',
			calldatef: '2016-01-21 23:59:59',
			agent: 'mrodriguez',
		});
		expect(call.answer).toHaveLength(3);
		for (const record of call.answer) {
			expect(record).toMatchObject({ agent: 'mrodriguez', guid: expect.stringMatching(/^[0-9a-f-]{36}$/) });
			expect(record).not.toHaveProperty('type');
		}
	});

	test('UC-06 Search with a date uContact cannot read: a sentence, and no request is sent', async () => {
		const e = await engine();
		const call = await e.runAsTool(await ucontactNode(sim, search), { From: 'last Tuesday', To: '2016-01-21 23:59:59', Agent: 'mrodriguez' });
		expect(call.answer).toEqual([
			{ error: 'Call Date From is not a date: "last Tuesday". Use a date and time such as 2024-05-01 15:00:00 (ISO 8601 works too).' },
		]);
		expect(calls(sim, 'Cdr/getrecords')).toHaveLength(0);
	});

	test('UC-12 Add Task: success with the campaign and number; a campaign uContact refuses is a sentence', async () => {
		const e = await engine();
		const node = await ucontactNode(sim, {
			resource: 'dialer',
			operation: 'addTask',
			campaign: fromAI('Campaign', 'Campaign name with its direction'),
			destination: fromAI('Phone', 'Number to call'),
		});
		const added = await e.runAsTool(node, { Campaign: 'Ventas->', Phone: '098344484' });
		expect(added.answer).toEqual([{ success: true, result: '1', campaign: 'Ventas->', destination: '098344484' }]);
		expect(jsonFieldOf(calls(sim, 'Dialers/DialerTask')[0], 'call')).toMatchObject({ campaign: 'Ventas->', destination: '098344484' });

		const refused = await e.runAsTool(node, { Campaign: 'Nowhere->', Phone: '098344484' });
		expect(refused.answer).toHaveLength(1);
		expect(refused.answer[0].error).toMatch(/^uContact could not add the dialer task: it answered .+\. Check that the campaign exists/);
		expect(refused.answer[0].error).not.toContain('Dialers/');
	});

	test('UC-07 Download (a custom operation, which n8n does not run for tools): a sentence about the file', async () => {
		const e = await engine();
		const { guid, calldate } = RECORDED.telephonyDay;
		const call = await e.runAsTool(
			await ucontactNode(sim, { resource: 'recording', operation: 'download', guid: fromAI('GUID', 'GUID of the call'), callDate: fromAI('Call_Date', 'calldate of the call') }),
			{ GUID: guid, Call_Date: calldate },
		);
		expect(call.answer).toEqual([
			{
				guid,
				format: 'mp3',
				converted: false,
				calldate,
				file: expect.stringMatching(new RegExp(`^${guid}\\.mp3 \\(audio/mpeg, [\\d.]+ [kK]?B\\) was saved as binary field "data" of this tool's output in n8n`)),
			},
		]);
		expect(sim.received(`/records/20160118/${guid}.mp3`)).toHaveLength(1);
	});
});
