import { engine } from '../harness/engine';
import { useSimulator } from '../harness/lifecycle';
import { CentionSimulator, TOKENS } from '../simulators/cention';
import { centionCredential, centionNode, expectJsonApiGet } from './setup';

const sim = useSimulator(new CentionSimulator());

const library = (parameters: Record<string, unknown>) => ({ resource: 'library', ...parameters });

describe('Cention knowledge library', () => {
	test('CEN-11 Library Get Many: flat libraries with categories and questions resolved from included', async () => {
		const e = await engine();
		const result = await e.run(await centionNode(sim, library({ operation: 'getAll', returnAll: true })));
		expect(result.error).toBeUndefined();
		const [request] = sim.received('/s/demo/capi/json/c3_libraries');
		expectJsonApiGet(request);
		expect(request.query).toEqual({});
		expect(result.items.map((item) => [item.json.id, item.json.name, item.json.external])).toEqual([
			['3', 'cention-org - area-named-second', true],
			['4', 'cention-org - test-services-area', false],
			['7', 'Customer service - Accounts', true],
		]);
		const first = result.items[0].json as Record<string, any>;
		expect(first).toMatchObject({ type: 'c3_libraries', c3_id: 3 });
		expect(first.questions).toEqual([
			{ id: '2', type: 'c3_library_questions', answer: 'done!', c3_id: 2, question: '11th body<br/>2nd line<br/>', subject: '11th title' },
		]);
		// The category points back at libraries: resolved one more level, without looping.
		expect(first.categories[0]).toMatchObject({ id: '3', name: 'old_libraries' });
		expect(first.categories[0].libraries.map((entry: { id: string }) => entry.id)).toEqual(['4', '3']);
		const library4 = first.categories[0].libraries[0];
		expect(library4.questions.map((question: { subject: string }) => question.subject)).toEqual(['help me!', 'asdadasdas']);
		expect(library4.questions[1].attachments).toEqual([
			{ id: '2020', type: 'c3_library_attachments', attachment: { c3_id: 2020, content_type: 'text/plain', name: 'tst1_1.txt' }, c3_id: 2020 },
		]);
		expect(first.categories[0].libraries[1]).toEqual({ id: '3', type: 'c3_libraries' });
	});

	test('CEN-11 Library Get one with data URLs; Limit keeps the first libraries', async () => {
		const e = await engine();
		const one = await e.run(await centionNode(sim, library({ operation: 'get', libraryId: '7', options: { dataUrl: true } })));
		expect(one.error).toBeUndefined();
		const [request] = sim.received('/s/demo/capi/json/c3_libraries/7');
		expect(request.query).toEqual({ data_url: 'true' });
		const questions = one.items[0].json.questions as Array<Record<string, string>>;
		expect(questions.map((question) => question.subject)).toEqual(['How do I reset my password?', 'Change the email address of my account']);
		expect(questions[0].answer).toContain(`src="data:image/png;base64,${sim.fileBytes('c3_area_archives', 14).toString('base64')}"`);

		const limited = await e.run(await centionNode(sim, library({ operation: 'getAll', returnAll: false, limit: 1 })));
		expect(limited.items.map((item) => item.json.id)).toEqual(['3']);
	});

	test('CEN-11 the library dropdown lists the account\'s libraries', async () => {
		const e = await engine();
		const options = await e.loadOptions(
			{ type: 'cention', parameters: library({ operation: 'get' }), credentials: { centionApi: await centionCredential(sim) } },
			'getLibraries',
		);
		expect(options).toEqual([
			{ name: 'cention-org - area-named-second', value: '3', description: 'ID 3' },
			{ name: 'cention-org - test-services-area', value: '4', description: 'ID 4' },
			{ name: 'Customer service - Accounts', value: '7', description: 'ID 7' },
		]);
		expectJsonApiGet(sim.received('/s/demo/capi/json/c3_libraries')[0]);
	});

	test('CEN-12 External Library Get Many and Get one: only external libraries, no external flag', async () => {
		const e = await engine();
		const all = await e.run(await centionNode(sim, { resource: 'externalLibrary', operation: 'getAll', returnAll: true }));
		expect(all.error).toBeUndefined();
		expectJsonApiGet(sim.received('/s/demo/capi/json/c3_external_libraries')[0]);
		expect(all.items.map((item) => [item.json.id, item.json.type, item.json.name])).toEqual([
			['3', 'c3_external_libraries', 'cention-org - area-named-second'],
			['7', 'c3_external_libraries', 'Customer service - Accounts'],
		]);
		expect(all.items[0].json).not.toHaveProperty('external');

		const one = await e.run(await centionNode(sim, { resource: 'externalLibrary', operation: 'get', externalLibraryId: '3' }));
		expectJsonApiGet(sim.received('/s/demo/capi/json/c3_external_libraries/3')[0]);
		expect(one.items).toHaveLength(1);
		expect(one.items[0].json).toMatchObject({ id: '3', c3_id: 3, questions: [expect.objectContaining({ subject: '11th title' })] });

		const options = await e.loadOptions(
			{ type: 'cention', parameters: { resource: 'externalLibrary', operation: 'get' }, credentials: { centionApi: await centionCredential(sim) } },
			'getExternalLibraries',
		);
		expect(options.map((option) => option.value)).toEqual(['3', '7']);

		const internal = await e.run(await centionNode(sim, { resource: 'externalLibrary', operation: 'get', externalLibraryId: '4' }));
		expect(internal.error?.message).toBe('Cention has nothing at GET json/c3_external_libraries/4 (404 Not Found)');
	});

	test('CEN-13 Category Get Many and Get one', async () => {
		const e = await engine();
		const all = await e.run(await centionNode(sim, { resource: 'libraryCategory', operation: 'getAll', returnAll: true }));
		expectJsonApiGet(sim.received('/s/demo/capi/json/c3_library_categories')[0]);
		expect(all.items.map((item) => item.json)).toEqual([
			{
				id: '2',
				type: 'c3_library_categories',
				c3_id: 2,
				name: 'greeting',
				questions: [{ id: '5', type: 'c3_library_questions', answer: 'done 2', c3_id: 5, question: '<div dir="ltr">first HELP me!</div>\n', subject: 'help me!' }],
			},
			expect.objectContaining({ id: '3', name: 'old_libraries', libraries: [expect.objectContaining({ id: '4' }), expect.objectContaining({ id: '3' })] }),
		]);

		const one = await e.run(await centionNode(sim, { resource: 'libraryCategory', operation: 'get', categoryId: '3', simplify: false }));
		expectJsonApiGet(sim.received('/s/demo/capi/json/c3_library_categories/3')[0]);
		const document = one.items[0].json as { data: { id: string }; included: Array<{ type: string; id: string }> };
		expect(document.data.id).toBe('3');
		expect(document.included.map((resource) => `${resource.type}/${resource.id}`)).toContain('c3_libraries/4');

		const options = await e.loadOptions(
			{ type: 'cention', parameters: { resource: 'libraryCategory', operation: 'get' }, credentials: { centionApi: await centionCredential(sim) } },
			'getCategories',
		);
		expect(options.map((option) => option.name)).toEqual(['greeting', 'old_libraries']);
	});

	test('CEN-14 Question Get one: answer with its attachment list resolved', async () => {
		const e = await engine();
		const result = await e.run(await centionNode(sim, { resource: 'libraryQuestion', operation: 'get', questionId: '4' }));
		expect(result.error).toBeUndefined();
		const [request] = sim.received('/s/demo/capi/json/c3_library_questions/4');
		expectJsonApiGet(request);
		expect(result.items[0].json).toEqual({
			id: '4',
			type: 'c3_library_questions',
			answer: 'New answer!',
			c3_id: 4,
			question: '',
			subject: 'asdadasdas',
			attachments: [{ id: '2020', type: 'c3_library_attachments', attachment: { c3_id: 2020, content_type: 'text/plain', name: 'tst1_1.txt' }, c3_id: 2020 }],
			embedded_archives: [{ id: '12', type: 'c3_area_archives' }],
		});
	});

	test('CEN-14 Question Get Many: search by phrase and option, top list', async () => {
		const e = await engine();
		const search = await e.run(
			await centionNode(sim, { resource: 'libraryQuestion', operation: 'getAll', returnAll: true, filters: { phrase: 'password', option: 'answer' } }),
		);
		expect(search.error).toBeUndefined();
		const [request] = sim.received('/s/demo/capi/json/c3_library_questions');
		expectJsonApiGet(request);
		expect(request.query).toEqual({ 'q_filter[phrase]': 'password', 'q_filter[option]': 'answer' });
		expect(search.items.map((item) => item.json.subject)).toEqual(['How do I reset my password?']);

		sim.requests.length = 0;
		const inQuestions = await e.run(
			await centionNode(sim, { resource: 'libraryQuestion', operation: 'getAll', returnAll: true, filters: { phrase: 'help', option: 'question' } }),
		);
		expect(sim.requests[0].query).toEqual({ 'q_filter[phrase]': 'help', 'q_filter[option]': 'question' });
		expect(inQuestions.items.map((item) => item.json.id)).toEqual(['5']);

		sim.requests.length = 0;
		const top = await e.run(await centionNode(sim, { resource: 'libraryQuestion', operation: 'getAll', returnAll: true, filters: { toplist: true } }));
		expect(sim.requests[0].query).toEqual({ 'filter[toplist]': 'true' });
		expect(top.items.map((item) => item.json.id)).toEqual(['2', '5', '21']);

		sim.requests.length = 0;
		const limited = await e.run(await centionNode(sim, { resource: 'libraryQuestion', operation: 'getAll', limit: 2 }));
		expect(sim.requests[0].query).toEqual({});
		expect(limited.items.map((item) => item.json.id)).toEqual(['1', '2']);
	});

	test('CEN-14 Question Get Many in Library: the questions of one library', async () => {
		const e = await engine();
		const result = await e.run(await centionNode(sim, { resource: 'libraryQuestion', operation: 'getAllInLibrary', libraryId: '4', returnAll: true }));
		expect(result.error).toBeUndefined();
		expectJsonApiGet(sim.received('/s/demo/capi/json/c3_libraries/4/questions')[0]);
		expect(result.items.map((item) => [item.json.id, item.json.subject])).toEqual([
			['4', 'asdadasdas'],
			['5', 'help me!'],
		]);
	});

	test('CEN-11 a token without "Access to library": the 403 names the claim', async () => {
		const e = await engine();
		const result = await e.run(await centionNode(sim, library({ operation: 'getAll', returnAll: true }), { token: TOKENS.webForm }));
		expect(result.error?.message).toBe('The Cention token lacks the "Access to library" claim needed for GET json/c3_libraries');
	});
});
