import { fromAI } from '../harness/agent';
import { engine } from '../harness/engine';
import { useSimulator } from '../harness/lifecycle';
import { CentionSimulator } from '../simulators/cention';
import { centionNode, documentOf } from './setup';

const sim = useSimulator(new CentionSimulator());

describe('Cention as an AI tool (n8n-core createNodeAsTool, called by a stand-in agent)', () => {
	test('CEN-14 Search library questions: question and answer as text, one ID, no JSON:API type or links', async () => {
		const e = await engine();
		const call = await e.runAsTool(
			// Simplify off in the node: an agent gets the simplified questions anyway.
			await centionNode(sim, { resource: 'libraryQuestion', operation: 'getAll', filters: { phrase: fromAI('Phrase', 'Words to look for') }, simplify: false }),
			{ Phrase: 'password' },
		);
		expect(call.description).toMatch(/^Search library questions in Cention\. .+ Returns one item per question with its ID, subject, question and answer as text\.$/);
		expect(sim.received('/s/demo/capi/json/c3_library_questions')[0].query).toMatchObject({ 'q_filter[phrase]': 'password' });
		expect(call.answer).toEqual([
			{
				id: '21',
				subject: 'How do I reset my password?',
				question: 'I forgot my password and cannot log in to My Pages.',
				answer: 'Click Forgot password on the login page; we email you a link that works for 24 hours.',
				attachments: [{ id: '2031', attachment: { content_type: 'application/pdf', name: 'password-policy.pdf' } }],
				embedded_archives: [{ id: '14' }],
			},
		]);
	});

	test('CEN-02 Create errand: the new errand ID; without a sender a sentence, and nothing is sent', async () => {
		const e = await engine();
		const node = await centionNode(sim, {
			resource: 'errand',
			operation: 'create',
			from: fromAI('From', 'Email address of the customer'),
			subject: fromAI('Subject', 'Subject of the errand'),
			body: fromAI('Body', 'The customer message'),
		});
		const created = await e.runAsTool(node, { From: 'anna.berg@example.com', Subject: 'Invoice is wrong', Body: 'Please check invoice 114.' });
		expect(created.answer).toEqual([{ id: '511055' }]);
		const [request] = sim.received('/s/demo/capi/json/c3_new_errands', 'POST');
		expect(documentOf(request).data.attributes).toMatchObject({
			msg: { from: 'anna.berg@example.com', subject: 'Invoice is wrong', body: 'Please check invoice 114.' },
		});

		sim.reset();
		const refused = await e.runAsTool(node, { From: ' ', Subject: 'Invoice is wrong', Body: 'Please check invoice 114.' });
		expect(refused.answer).toEqual([{ error: "From is empty. Cention needs the writer's address to create an errand." }]);
		expect(sim.received('/s/demo/capi/json/c3_new_errands', 'POST')).toHaveLength(0);
	});

	test('CEN-15 Get a library attachment: its ID and a sentence about the file', async () => {
		const e = await engine();
		const call = await e.runAsTool(
			await centionNode(sim, { resource: 'libraryAttachment', operation: 'get', attachmentId: fromAI('Attachment_ID', 'ID of the attachment') }),
			{ Attachment_ID: '2031' },
		);
		expect(call.answer).toEqual([
			{
				id: '2031',
				content_type: 'application/pdf',
				name: 'password-policy.pdf',
				file: expect.stringMatching(/^password-policy\.pdf \(application\/pdf, [\d.]+ [kK]?B\) was saved as binary field "data"/),
			},
		]);
	});
});
