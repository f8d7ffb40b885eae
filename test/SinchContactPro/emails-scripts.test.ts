import { bodyOf, data, useSinch } from './setup';

const h = useSinch();
const [satisfaction, sales] = data.demoScripts();
const [rating, comments, reason] = satisfaction.questions;

describe('Sinch Contact Pro emails', () => {
	test('SCP-01 email get many sends the documented filters and limit', async () => {
		const result = await h.run({
			resource: 'email',
			operation: 'getAll',
			returnAll: false,
			limit: 1,
			filters: { case_id: '21180', includeAttachedData: true, language: 'EN' },
		});
		expect(result.error).toBeUndefined();
		const [request] = h.sim.received('/RI/cmi/emails', 'GET');
		expect(request.query).toEqual({ case_id: '21180', includeAttachedData: 'true', language: 'EN', limit: '1' });
		expect(request.headers.accept).toBe('application/json');
		expect(result.items).toHaveLength(1);
		expect(result.items[0].json).toMatchObject({ id: data.ids.emailHandled, case_id: '21180', attached_data: { crmCaseId: 'CS-88412' } });
	});

	test('SCP-01 email get many with Return All and a free filter', async () => {
		const result = await h.run({
			resource: 'email',
			operation: 'getAll',
			returnAll: true,
			additionalFilters: { filter: [{ name: 'cid', value: 'CID44DB84A95E02' }] },
		});
		const [request] = h.sim.received('/RI/cmi/emails', 'GET');
		expect(request.query).toEqual({ cid: 'CID44DB84A95E02' });
		expect(result.items.map((item) => item.json.subject)).toEqual(['Moving to Tampere on 1 December']);
		expect(result.items[0].json.attached_data).toBeUndefined();
	});

	test('SCP-01 email get by id', async () => {
		const result = await h.run({ resource: 'email', operation: 'get', emailId: data.ids.emailHandled });
		expect(h.sim.received(`/RI/cmi/emails/${data.ids.emailHandled}`, 'GET')).toHaveLength(1);
		expect(result.items[0].json).toMatchObject({ id: data.ids.emailHandled, subject: 'Invoice 2026-0112 looks too high' });
	});

	test('SCP-01 email get with an empty id stops before any request instead of listing', async () => {
		const result = await h.run({ resource: 'email', operation: 'get', emailId: ' ' });
		expect(result.error?.message).toBe('"Email ID" is empty');
		expect(h.sim.requests).toHaveLength(0);
	});
});

describe('Sinch Contact Pro scripts (RCI)', () => {
	test('SCP-04 script get many with Return All pages through /RI/rci/scripts with offset and limit', async () => {
		for (let index = 0; index < 150; index++) {
			h.sim.scripts.push({ id: `5C${String(index).padStart(30, '0')}`, name: `Campaign script ${index}`, questions: [] });
		}
		const result = await h.run({ resource: 'script', operation: 'getAll', returnAll: true });
		expect(result.error).toBeUndefined();
		const requests = h.sim.received('/RI/rci/scripts', 'GET');
		expect(requests.map((request) => request.query)).toEqual([
			{ limit: '100', offset: '0' },
			{ limit: '100', offset: '100' },
		]);
		expect(result.items).toHaveLength(152);
		expect(result.items[0].json).toEqual({ id: satisfaction.id, name: 'Customer satisfaction', description: 'Asked at the end of service calls' });
	});

	test('SCP-04 script get many with a limit and a name filter', async () => {
		const result = await h.run({ resource: 'script', operation: 'getAll', returnAll: false, limit: 5, filters: { name: 'Fixed*', sort: '-name' } });
		expect(h.sim.received('/RI/rci/scripts', 'GET')[0].query).toEqual({ name: 'Fixed*', sort: '-name', limit: '5' });
		expect(result.items.map((item) => item.json.id)).toEqual([sales.id]);
	});

	test('SCP-04 script get returns the questions and answers', async () => {
		const result = await h.run({ resource: 'script', operation: 'get', scriptId: satisfaction.id });
		expect(h.sim.received(`/RI/rci/scripts/${satisfaction.id}`, 'GET')).toHaveLength(1);
		expect(result.items).toHaveLength(1);
		expect(result.items[0].json).toEqual(satisfaction);
	});

	test('SCP-04 dropdowns: scripts, their questions and answers are loaded from the server', async () => {
		const credentials = { sinchContactProApi: h.credential() };
		const scripts = await h.e.loadOptions({ type: 'sinchContactPro', parameters: { resource: 'scriptResult', operation: 'upsert' }, credentials }, 'getScripts');
		expect(scripts).toEqual([
			{ name: 'Customer satisfaction', value: satisfaction.id },
			{ name: 'Fixed-price offer', value: sales.id },
		]);
		const spec = { type: 'sinchContactPro', parameters: { resource: 'scriptResult', operation: 'upsert', scriptId: satisfaction.id }, credentials };
		expect(await h.e.loadOptions(spec, 'getScriptQuestions')).toEqual([
			{ name: 'How satisfied were you with the service? (RADIOBUTTON) *', value: rating.id },
			{ name: 'Comments (TEXTAREA)', value: comments.id },
			{ name: 'Reason for the call (COMBOBOX)', value: reason.id },
		]);
		const answers = await h.e.loadOptions(spec, 'getScriptAnswers');
		expect(answers[0]).toEqual({ name: 'How satisfied were you with the service?: Very satisfied', value: rating.answers[0].id });
		expect(answers).toHaveLength(6);
		expect(h.sim.received(`/RI/rci/scripts/${satisfaction.id}`, 'GET')).toHaveLength(2);
	});
});

describe('Sinch Contact Pro script results', () => {
	test('SCP-02 script result get many and get', async () => {
		const [stored] = data.demoScriptResults();
		const list = await h.run({ resource: 'scriptResult', operation: 'getAll', returnAll: true, additionalFilters: { filter: [{ name: 'contact_id', value: data.ids.callRemarked }] } });
		expect(h.sim.received('/RI/cmi/scriptResults', 'GET')[0].query).toEqual({ contact_id: data.ids.callRemarked });
		expect(list.items.map((item) => item.json)).toEqual([stored]);
		const one = await h.run({ resource: 'scriptResult', operation: 'get', scriptResultId: stored.id as string });
		expect(h.sim.received(`/RI/cmi/scriptResults/${stored.id as string}`, 'GET')).toHaveLength(1);
		expect(one.items.map((item) => item.json)).toEqual([stored]);
	});

	test('SCP-03 script result add or update: one script result entity per answer, each its own POST and output item', async () => {
		const result = await h.run(
			{
				resource: 'scriptResult',
				operation: 'upsert',
				contactId: '={{ $json.contact }}',
				scriptId: satisfaction.id,
				answers: {
					answer: [
						{ questionId: rating.id, answerId: rating.answers[0].id, answerText: 'ignored because an id is set' },
						{ questionId: comments.id, answerText: 'Quick and friendly' },
						{ questionId: reason.id, answerText: 'Meter reading' },
					],
				},
			},
			{ input: [{ json: { contact: data.ids.callHandled } }] },
		);
		expect(result.error).toBeUndefined();
		const requests = h.sim.received('/RI/cmi/scriptResults', 'POST');
		const row = { contact_id: data.ids.callHandled, script_id: satisfaction.id };
		expect(requests.map((request) => bodyOf(request))).toEqual([
			{ ...row, question: { id: rating.id }, answer: { id: rating.answers[0].id } },
			{ ...row, question: { id: comments.id }, answer: { answerdata: 'Quick and friendly' } },
			{ ...row, question: { id: reason.id }, answer: { answerdata: 'Meter reading' } },
		]);
		expect(requests.map((request) => request.status)).toEqual([201, 201, 201]);
		const saved = h.sim.scriptResults.filter((stored) => stored.contact_id === data.ids.callHandled);
		expect(saved.map((stored) => (stored.question as { id: string }).id)).toEqual([rating.id, comments.id, reason.id]);
		expect(result.items).toEqual(
			saved.map((stored) => ({
				json: { id: stored.id, location: `${h.sim.baseUrl}/RI/cmi/scriptResults/${stored.id as string}` },
				pairedItem: { item: 0 },
			})),
		);
	});

	test('SCP-03 two input items: each answer of each item is its own request, paired to its item', async () => {
		const result = await h.run(
			{
				resource: 'scriptResult',
				operation: 'upsert',
				contactId: data.ids.callHandled,
				scriptId: satisfaction.id,
				answers: { answer: [{ questionId: rating.id, answerId: '={{ $json.answer }}' }] },
			},
			{ input: [{ json: { answer: rating.answers[0].id } }, { json: { answer: rating.answers[1].id } }] },
		);
		expect(result.error).toBeUndefined();
		expect(h.sim.received('/RI/cmi/scriptResults', 'POST').map((request) => (bodyOf(request) as { answer: unknown }).answer)).toEqual(
			expect.arrayContaining([{ id: rating.answers[0].id }, { id: rating.answers[1].id }]),
		);
		expect(result.items.map((item) => item.pairedItem)).toEqual([{ item: 0 }, { item: 1 }]);
	});

	test('SCP-03 the simulator takes one entity per POST: an array of rows is a 400', async () => {
		const response = await fetch(`${h.sim.baseUrl}/RI/cmi/scriptResults`, {
			method: 'POST',
			headers: {
				Authorization: `Basic ${Buffer.from(`${data.users[0].user}:${data.users[0].password}`).toString('base64')}`,
				Accept: 'text/html',
				'Content-Type': 'application/json',
			},
			body: JSON.stringify([{ contact_id: data.ids.callHandled, script_id: satisfaction.id, question: { id: rating.id }, answer: { id: rating.answers[0].id } }]),
		});
		expect(response.status).toBe(400);
		expect(await response.text()).toBe('Script result must be one entity (a JSON object), not an array');
		expect(h.sim.scriptResults).toHaveLength(1);
	});

	test('SCP-03 a script answer with neither answer id nor text stops before any request, naming both fields', async () => {
		const result = await h.run({
			resource: 'scriptResult',
			operation: 'upsert',
			contactId: data.ids.callHandled,
			scriptId: satisfaction.id,
			answers: { answer: [{ questionId: rating.id, answerId: rating.answers[1].id }, { questionId: comments.id, answerText: '  ' }] },
		});
		expect(result.error?.message).toBe(`Answer 2: set "Answer ID" or "Answer Text" (question ${comments.id})`);
		expect(h.sim.requests).toHaveLength(0);
	});

	test('SCP-03 a missing mandatory answer: the server\'s 400 reaches the user', async () => {
		const result = await h.run({
			resource: 'scriptResult',
			operation: 'upsert',
			contactId: data.ids.callHandled,
			scriptId: satisfaction.id,
			answers: { answer: [{ questionId: comments.id, answerText: 'No rating given' }] },
		});
		expect(result.error?.message).toBe(
			'Sinch Contact Pro refused POST /scriptResults: Mandatory question is not answered: How satisfied were you with the service?',
		);
		expect(h.sim.scriptResults).toHaveLength(1);
	});

	test('SCP-03 a failing later answer stops the item and says which answer failed and what was saved', async () => {
		const result = await h.run({
			resource: 'scriptResult',
			operation: 'upsert',
			contactId: data.ids.callHandled,
			scriptId: satisfaction.id,
			answers: { answer: [{ questionId: rating.id, answerId: rating.answers[0].id }, { questionId: reason.id, answerId: 'A3A2B3C4D5E6F708192A3B4C5D6E7F99' }] },
		});
		expect(result.error?.message).toBe('Sinch Contact Pro refused POST /scriptResults: Answer not found: A3A2B3C4D5E6F708192A3B4C5D6E7F99');
		expect(result.error?.description).toContain('Answer 2 of 2 failed; the 1 before it was saved.');
		expect(h.sim.scriptResults.filter((stored) => stored.contact_id === data.ids.callHandled)).toHaveLength(1);
	});
});
