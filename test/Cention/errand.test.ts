import { engine } from '../harness/engine';
import { useSimulator } from '../harness/lifecycle';
import { CentionSimulator, TOKENS } from '../simulators/cention';
import { LOGO_PNG, onePagePdf } from '../simulators/cention/files';
import { centionNode, documentOf, expectJsonApiGet } from './setup';

const sim = useSimulator(new CentionSimulator());

const PDF = onePagePdf('Invoice 2019-114');

/** An input item with two files, as e.g. an email trigger would produce it. */
function itemWithFiles() {
	return {
		json: { email: 'anna.berg@example.se' },
		binary: {
			invoice: { data: PDF.toString('base64'), mimeType: 'application/pdf', fileName: 'invoice-2019-114.pdf', fileExtension: 'pdf' },
			photo: { data: LOGO_PNG.toString('base64'), mimeType: 'image/png', fileName: 'screenshot.png', fileExtension: 'png' },
		},
	};
}

describe('Cention errands', () => {
	test('CEN-02 Create sends the message with attachments from binary fields, byte-exact', async () => {
		const e = await engine();
		const node = await centionNode(sim, {
			resource: 'errand',
			operation: 'create',
			from: '={{ $json.email }}',
			name: 'Anna Berg',
			subject: 'Invoice 2019-114 is wrong',
			body: 'The amount on the attached invoice is wrong.',
			attachmentFields: 'invoice, photo',
			additionalFields: { messageId: 'msgid_1485096554', htmlBody: '<p>The amount is wrong.</p>' },
		});
		const result = await e.run(node, [itemWithFiles()]);
		expect(result.error).toBeUndefined();
		expect(result.items).toEqual([{ json: { id: '511055', type: 'c3_new_errands' }, pairedItem: { item: 0 } }]);

		const [request] = sim.received('/s/demo/capi/json/c3_new_errands', 'POST');
		expect(request.bearer).toBe(TOKENS.full);
		const { data } = documentOf(request);
		expect(data.type).toBe('c3_new_errands');
		const msg = data.attributes.msg as Record<string, unknown>;
		expect(msg).toMatchObject({
			message_id: 'msgid_1485096554',
			name: 'Anna Berg',
			from: 'anna.berg@example.se',
			subject: 'Invoice 2019-114 is wrong',
			body: 'The amount on the attached invoice is wrong.',
			html_body: '<p>The amount is wrong.</p>',
		});
		expect(msg.attachments).toEqual([
			{ content_type: 'application/pdf', name: 'invoice-2019-114.pdf', content: PDF.toString('base64') },
			{ content_type: 'image/png', name: 'screenshot.png', content: LOGO_PNG.toString('base64') },
		]);
		expect(data.attributes).not.toHaveProperty('answer');
		const [created] = sim.created;
		expect(created.files.map((file) => file.content.equals(file.name.endsWith('.pdf') ? PDF : LOGO_PNG))).toEqual([true, true]);
		expect(sim.errands.find((errand) => errand.id === 511055)?.closed).toBe(false);
	});

	test('CEN-02 Create as a closed errand sends the answer and the errand is stored closed', async () => {
		const e = await engine();
		const node = await centionNode(sim, {
			resource: 'errand',
			operation: 'create',
			mode: 'closed',
			from: 'li.wei@example.com',
			name: 'Li Wei',
			subject: 'Where is my parcel?',
			body: 'Parcel 123 has not arrived.',
			answerUserType: 'solidus',
			answerUserId: '1234',
			answerSubject: 'Re: Where is my parcel?',
			answerBody: 'It was delivered to your pick-up point today.',
			answerHtmlBody: '<p>It was delivered to your pick-up point today.</p>',
		});
		const result = await e.run(node);
		expect(result.error).toBeUndefined();
		expect(result.items[0].json).toEqual({ id: '511055', type: 'c3_new_errands' });
		const { data } = documentOf(sim.received('/s/demo/capi/json/c3_new_errands')[0]);
		expect(data.attributes.answer).toEqual({
			user_type: 'solidus',
			user_id: '1234',
			subject: 'Re: Where is my parcel?',
			body: 'It was delivered to your pick-up point today.',
			html_body: '<p>It was delivered to your pick-up point today.</p>',
		});
		expect(data.attributes).not.toHaveProperty('watemplate');
		expect(sim.errands.find((errand) => errand.id === 511055)?.closed).toBe(true);
	});

	test('CEN-02 Create as a WhatsApp template sends watemplate and the answering user only', async () => {
		const e = await engine();
		const node = await centionNode(sim, {
			resource: 'errand',
			operation: 'create',
			mode: 'whatsappTemplate',
			from: '+60374571234',
			name: 'Kim Tan',
			answerUserType: 'cention',
			answerUserId: '2',
			templateElementName: 'payment_reminder',
			templateNamespace: 'c8ae5f90_307a_ca4c_b8f6_d1e2a2573574',
			templateParams: '[{"default": "$10", "order": "1234"}]',
		});
		const result = await e.run(node);
		expect(result.error).toBeUndefined();
		const { data } = documentOf(sim.received('/s/demo/capi/json/c3_new_errands')[0]);
		expect(data.attributes.watemplate).toEqual({
			elementname: 'payment_reminder',
			namespace: 'c8ae5f90_307a_ca4c_b8f6_d1e2a2573574',
			params: [{ default: '$10', order: '1234' }],
		});
		expect(data.attributes.answer).toEqual({ user_type: 'cention', user_id: '2' });
		expect(result.items[0].json.id).toBe('511055');
	});

	test('CEN-02 Create sends extradata, integrationData (Aventa) and cuid as JSON', async () => {
		const e = await engine();
		const integration = {
			integrationName: 'aventa',
			referenceId: '1',
			deviceId: 1000,
			extensionId: 1000,
			link: 'https://recordings.example.com/1',
			endSession: false,
			destNumber: '60374571234',
			pagingNumber: '12345',
			pagingName: 'GP office',
			queueName: 'EHS',
			queueNumber: '123',
			extraData: { comment: 'internal comment', callReason: 'reschedule appointment', appointmentTimestamp: '1593047865' },
		};
		const node = await centionNode(sim, {
			resource: 'errand',
			operation: 'create',
			from: 'david.liew@test.se',
			subject: 'Call back',
			additionalFields: {
				extradata: '{"message_id": "msgid_1485096554", "case_number": 21345, "zone": "A"}',
				integrationData: JSON.stringify(integration),
				cuid: '5462-13-6485',
			},
		});
		const result = await e.run(node);
		expect(result.error).toBeUndefined();
		const { data } = documentOf(sim.received('/s/demo/capi/json/c3_new_errands')[0]);
		expect(data.attributes.extradata).toEqual({ message_id: 'msgid_1485096554', case_number: 21345, zone: 'A' });
		expect(data.attributes.integrationData).toEqual(integration);
		expect(data.attributes.cuid).toBe('5462-13-6485');
		expect((data.attributes.msg as Record<string, unknown>).attachments).toBeUndefined();
	});

	test('CEN-02 bad input is refused before any request, naming the field', async () => {
		const e = await engine();
		const cases: Array<[Record<string, unknown>, string]> = [
			[{ additionalFields: { extradata: '{case: 1}' } }, 'Extra Data is not valid JSON'],
			[{ additionalFields: { extradata: '[1, 2]' } }, 'Extra Data must be a JSON object ({…})'],
			[{ additionalFields: { integrationData: '{"integrationName": "aventa", "extensionId": 1000}' } }, 'Integration Data: the Aventa integration needs deviceId, destNumber, queueName, queueNumber'],
			[{ attachmentFields: 'data' }, 'The input item has no binary field "data"'],
			[{ from: '  ' }, 'From is empty'],
			[{ mode: 'whatsappTemplate', answerUserId: '2', templateElementName: 'x', templateNamespace: 'y', templateParams: '{}' }, 'Template Parameters must be a JSON array ([…])'],
			[{ mode: 'closed', answerUserId: '={{ $json.missing ?? "" }}' }, 'Answered by User ID is empty'],
		];
		for (const [parameters, message] of cases) {
			const node = await centionNode(sim, { resource: 'errand', operation: 'create', from: 'a@example.com', ...parameters });
			const result = await e.run(node);
			// The preSend throws a NodeOperationError; RoutingNode re-wraps it (message kept, no HTTP code).
			expect(result.error?.message).toBe(message);
			expect((result.error as { httpCode?: string }).httpCode).toBe('none');
		}
		expect(sim.requests).toHaveLength(0);
	});

	test('CEN-02 a token without the "Create Errand" claim: 403 names the claim to tick', async () => {
		const e = await engine();
		const node = await centionNode(sim, { resource: 'errand', operation: 'create', from: 'a@example.com' }, { token: TOKENS.reporting });
		const result = await e.run(node);
		expect(sim.received('/s/demo/capi/json/c3_new_errands')[0].status).toBe(403);
		expect(result.error?.message).toBe('The Cention token lacks the "Create Errand" claim needed for POST json/c3_new_errands');
		expect(result.error?.description).toContain('Administration → API → Access Tokens');
		expect(result.error?.description).toContain('Cention said: token does not allow this resource');
		expect(JSON.stringify(result.error)).not.toContain(TOKENS.reporting);
	});

	test('CEN-03 Close sends errand_id as a number with the answer', async () => {
		const e = await engine();
		const node = await centionNode(sim, {
			resource: 'errand',
			operation: 'close',
			errandId: '4321',
			answerUserType: 'cention',
			answerUserId: '1234',
			answerSubject: 'Answer subject',
			answerBody: 'Your order ships tomorrow.',
		});
		const result = await e.run(node);
		expect(result.error).toBeUndefined();
		expect(result.items).toEqual([{ json: { id: '4321', type: 'c3_end_errands' }, pairedItem: { item: 0 } }]);
		const { data } = documentOf(sim.received('/s/demo/capi/json/c3_end_errands')[0]);
		expect(data).toEqual({
			type: 'c3_end_errands',
			attributes: {
				errand_id: 4321,
				answer: { user_type: 'cention', user_id: '1234', subject: 'Answer subject', body: 'Your order ships tomorrow.', html_body: '' },
			},
		});
		expect(sim.errands.find((errand) => errand.id === 4321)?.closed).toBe(true);
	});

	test('CEN-03 Close of a closed errand reports Cention\'s JSON:API error; a non-numeric ID never leaves n8n', async () => {
		const e = await engine();
		const closed = await e.run(await centionNode(sim, { resource: 'errand', operation: 'close', errandId: '33', answerUserId: '1' }));
		expect(closed.error?.message).toBe('Cention refused POST json/c3_end_errands: errand 33 is already closed');
		expect(closed.error?.description).toContain('Check the node parameters');

		sim.reset();
		const bad = await e.run(await centionNode(sim, { resource: 'errand', operation: 'close', errandId: '43x1', answerUserId: '1' }));
		expect(bad.error?.message).toBe('Errand ID must be a Cention database ID (a whole number such as 2256), not "43x1"');
		expect(sim.requests).toHaveLength(0);
	});

	test('CEN-06 Get Changed IDs gives one {id, status: changed} item per errand; CEN-05 Get Report with sparse fields clears the flag', async () => {
		const e = await engine();
		const changed = await e.run(await centionNode(sim, { resource: 'errand', operation: 'getChangedIds', returnAll: true }));
		expect(changed.error).toBeUndefined();
		expect(changed.items.map((item) => item.json)).toEqual(['34', '3203', '3204', '3216', '3217'].map((id) => ({ id, status: 'changed' })));
		expectJsonApiGet(sim.received('/s/demo/capi/json/c3_dirty_errand_list')[0]);

		const report = await e.run(
			await centionNode(sim, { resource: 'errand', operation: 'getReport', errandId: '={{ $json.id }}', options: { fields: ['sla', 'basic'] } }),
			changed.items.slice(0, 2),
		);
		expect(report.error).toBeUndefined();
		const requests = sim.received(/c3_errand_reports/);
		expect(requests.map((request) => request.path).sort()).toEqual(['/s/demo/capi/json/c3_errand_reports/3203', '/s/demo/capi/json/c3_errand_reports/34']);
		for (const request of requests) {
			expectJsonApiGet(request);
			expect(request.query).toEqual({ 'fields[c3_errand_reports]': 'sla,basic' });
		}
		expect(report.items.map((item) => item.pairedItem)).toEqual([{ item: 0 }, { item: 1 }]);
		expect(report.items[0].json).toEqual({
			id: '34',
			type: 'c3_errand_reports',
			sla: { done_due: false, expiry: 0, handling_time: 38, response_time: 72249, within_sla: false },
			basic: expect.objectContaining({ id: 34, data: expect.objectContaining({ subject: 'Invoice 2019-114 is wrong' }) }),
		});
		expect(Object.keys(report.items[0].json)).not.toContain('actions');

		const after = await e.run(await centionNode(sim, { resource: 'errand', operation: 'getChangedIds', returnAll: false, limit: 2 }));
		expect(after.items.map((item) => item.json.id)).toEqual(['3204', '3216']);
	});

	test('CEN-05 Get Report without Simplify returns the JSON:API document as Cention sent it', async () => {
		const e = await engine();
		const result = await e.run(await centionNode(sim, { resource: 'errand', operation: 'getReport', errandId: '33', simplify: false }));
		expect(result.error).toBeUndefined();
		expect(sim.received('/s/demo/capi/json/c3_errand_reports/33')[0].query).toEqual({});
		const document = result.items[0].json as { data: { type: string; id: string; attributes: Record<string, unknown> } };
		expect(document.data.type).toBe('c3_errand_reports');
		expect(document.data.id).toBe('33');
		expect(Object.keys(document.data.attributes).sort()).toEqual(['actions', 'basic', 'c3_id', 'changed', 'extended', 'sla']);
	});

	test('CEN-05 an unknown errand: 404 says what to check', async () => {
		const e = await engine();
		const result = await e.run(await centionNode(sim, { resource: 'errand', operation: 'getReport', errandId: '999999' }));
		expect(result.error?.message).toBe('Cention has nothing at GET json/c3_errand_reports/999999 (404 Not Found)');
		expect(result.error?.description).toContain('errand 999999 not found');
	});

	test('CEN-07 Mark as Changed sends the IDs as numbers and answers one {id, status: markedAsChanged} item per errand, the shape of CEN-06 and CEN-08', async () => {
		const e = await engine();
		const result = await e.run(await centionNode(sim, { resource: 'errand', operation: 'markChanged', errandIds: '4321, 101' }));
		expect(result.error).toBeUndefined();
		expect(result.items).toEqual([
			{ json: { id: '4321', status: 'markedAsChanged' }, pairedItem: { item: 0 } },
			{ json: { id: '101', status: 'markedAsChanged' }, pairedItem: { item: 0 } },
		]);
		const { data } = documentOf(sim.received('/s/demo/capi/json/c3_dirty_errand_list', 'POST')[0]);
		expect(data).toEqual({ type: 'c3_dirty_errand_list', attributes: { errands: [4321, 101] } });
		const changed = await e.run(await centionNode(sim, { resource: 'errand', operation: 'getChangedIds', returnAll: true }));
		expect(changed.items.map((item) => item.json.id)).toEqual(['34', '101', '3203', '3204', '3216', '3217', '4321']);

		const bad = await e.run(await centionNode(sim, { resource: 'errand', operation: 'markChanged', errandIds: '35, abc' }));
		expect(bad.error?.message).toBe('Errand IDs must be whole numbers; not: abc');
	});
});
