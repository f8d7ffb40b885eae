/**
 * Sinch Contact Pro in a real n8n 2.41: the daily export example run by `n8n execute` (its Manual
 * Trigger beside the Schedule Trigger): callbacks (SCP-08) and contacts (SCP-09) read with the
 * credential n8n stores (HTTP Basic), turned into one flat row each.
 */
import { executeCli, executions, finishedExecutions, imported, output } from './support/n8n';
import { simulator } from './support/simulators';

const DAILY = 'exSinchDailyRep1';
const COLUMNS = ['agent', 'customer', 'id', 'notes', 'queue', 'status', 'time', 'type'];

const sinch = simulator('sinch');
const describeIf = imported(DAILY) ? describe : describe.skip;

describeIf('Sinch Contact Pro in a real n8n', () => {
	test('SCP-08 SCP-09 the daily export: every callback and contact as a spreadsheet row of the same columns', async () => {
		await sinch.clearLog();
		const before = (await executions(DAILY)).length;

		await executeCli(DAILY);

		const [execution] = (await finishedExecutions(DAILY, before + 1)).slice(before);
		expect(execution).toMatchObject({ mode: 'cli', status: 'success' });
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
		expect(reads.map((request) => `${request.method} ${request.path} ${request.status}`).sort()).toEqual([
			'GET /RI/cmi/callbacks 200',
			'GET /RI/cmi/contacts 200',
		]);
		for (const request of reads) expect(request.basic).toEqual({ user: 'integration', password: 'Nordlys#Api2026' });
	});
});
