import type { INodeExecutionData } from 'n8n-workflow';

import { engine } from '../harness/engine';
import { useSimulator } from '../harness/lifecycle';
import { CentionSimulator, TOKENS } from '../simulators/cention';
import { APPLE_PEN } from '../simulators/cention/files';
import { centionNode, expectJsonApiGet } from './setup';

const sim = useSimulator(new CentionSimulator());

function bytesOf(item: INodeExecutionData, property = 'data'): Buffer {
	return Buffer.from(item.binary![property].data, 'base64');
}

describe('Cention files as binary data', () => {
	test('CEN-15 Library Attachment Get: the file byte-exact with its name and type', async () => {
		const e = await engine();
		const result = await e.run(await centionNode(sim, { resource: 'libraryAttachment', operation: 'get', attachmentId: '2031', binaryPropertyName: 'policy' }));
		expect(result.error).toBeUndefined();
		const [request] = sim.received('/s/demo/capi/json/c3_library_attachments/2031');
		expectJsonApiGet(request);
		expect(request.query).toEqual({});
		const [item] = result.items;
		expect(item.json).toEqual({ id: '2031', type: 'c3_library_attachments', c3_id: 2031, content_type: 'application/pdf', name: 'password-policy.pdf' });
		expect(item.binary!.policy).toMatchObject({ fileName: 'password-policy.pdf', mimeType: 'application/pdf', fileExtension: 'pdf' });
		expect(bytesOf(item, 'policy').equals(sim.fileBytes('c3_library_attachments', 2031))).toBe(true);
		expect(item.pairedItem).toEqual({ item: 0 });
	});

	test('CEN-15 Library Attachment Get with Metadata Only asks without_content and outputs no file', async () => {
		const e = await engine();
		const result = await e.run(
			await centionNode(sim, { resource: 'libraryAttachment', operation: 'get', attachmentId: '1270', options: { metadataOnly: true } }),
		);
		expect(sim.received('/s/demo/capi/json/c3_library_attachments/1270')[0].query).toEqual({ without_content: 'true' });
		expect(result.items).toEqual([
			{ json: { id: '1270', type: 'c3_library_attachments', c3_id: 1270, content_type: 'text/plain', name: 'tst1_1.txt' }, pairedItem: { item: 0 } },
		]);
	});

	test('CEN-15 Library Attachment Get Many of Question: one item per file', async () => {
		const e = await engine();
		const result = await e.run(await centionNode(sim, { resource: 'libraryAttachment', operation: 'getAllOfQuestion', questionId: '4' }));
		expect(result.error).toBeUndefined();
		expectJsonApiGet(sim.received('/s/demo/capi/json/c3_library_questions/4/attachments')[0]);
		expect(result.items).toHaveLength(1);
		expect(result.items[0].binary!.data).toMatchObject({ fileName: 'tst1_1.txt', mimeType: 'text/plain' });
		expect(bytesOf(result.items[0]).equals(APPLE_PEN)).toBe(true);
	});

	test('CEN-15 a list answered without content: each file is fetched on its own', async () => {
		const e = await engine();
		sim.inject({
			path: '/s/demo/capi/json/c3_library_questions/21/attachments',
			status: 200,
			body: {
				data: [{ type: 'c3_library_attachments', id: '2031', attributes: { attachment: { c3_id: 2031, content_type: 'application/pdf', name: 'password-policy.pdf' }, c3_id: 2031 } }],
			},
		});
		const result = await e.run(await centionNode(sim, { resource: 'libraryAttachment', operation: 'getAllOfQuestion', questionId: '21' }));
		expect(result.error).toBeUndefined();
		expectJsonApiGet(sim.received('/s/demo/capi/json/c3_library_attachments/2031')[0]);
		expect(bytesOf(result.items[0]).equals(sim.fileBytes('c3_library_attachments', 2031))).toBe(true);
	});

	test('CEN-16 Area Archive Get and Get Many of Question: inline images as PNG files', async () => {
		const e = await engine();
		const one = await e.run(await centionNode(sim, { resource: 'areaArchive', operation: 'get', archiveId: '12' }));
		expect(one.error).toBeUndefined();
		expectJsonApiGet(sim.received('/s/demo/capi/json/c3_area_archives/12')[0]);
		expect(one.items[0].json).toEqual({ id: '12', type: 'c3_area_archives', c3_id: 12, content_type: 'image/png', name: 'cention-logo.png' });
		expect(one.items[0].binary!.data).toMatchObject({ fileName: 'cention-logo.png', mimeType: 'image/png', fileExtension: 'png' });
		expect(bytesOf(one.items[0]).equals(sim.fileBytes('c3_area_archives', 12))).toBe(true);

		const ofQuestion = await e.run(await centionNode(sim, { resource: 'areaArchive', operation: 'getAllOfQuestion', questionId: '21' }));
		expectJsonApiGet(sim.received('/s/demo/capi/json/c3_library_questions/21/embedded_archives')[0]);
		expect(ofQuestion.items.map((item) => item.json.name)).toEqual(['reset-password-step1.png']);
		expect(bytesOf(ofQuestion.items[0]).equals(sim.fileBytes('c3_area_archives', 14))).toBe(true);
	});

	test('CEN-17 Response Attachment Get: the file of an answered errand, byte-exact', async () => {
		const e = await engine();
		const result = await e.run(
			await centionNode(sim, { resource: 'responseAttachment', operation: 'get', attachmentId: '={{ $json.id }}' }, { token: TOKENS.callback }),
			[{ json: { id: '790' } }, { json: { id: '788' } }],
		);
		expect(result.error).toBeUndefined();
		for (const path of ['/s/demo/capi/json/c3_response_attachments/790', '/s/demo/capi/json/c3_response_attachments/788']) {
			expectJsonApiGet(sim.received(path)[0], TOKENS.callback);
		}
		expect(result.items.map((item) => [item.json.name, item.binary!.data.mimeType, item.pairedItem])).toEqual([
			['order-confirmation-2256.pdf', 'application/pdf', { item: 0 }],
			['signature.png', 'image/png', { item: 1 }],
		]);
		expect(bytesOf(result.items[0]).equals(sim.fileBytes('c3_response_attachments', 790))).toBe(true);
		expect(bytesOf(result.items[0]).subarray(0, 5).toString()).toBe('%PDF-');
		expect(bytesOf(result.items[1]).equals(sim.fileBytes('c3_response_attachments', 788))).toBe(true);
	});

	test('CEN-17 without the attachment claim: 403 names it; an unknown file: 404', async () => {
		const e = await engine();
		const denied = await e.run(await centionNode(sim, { resource: 'responseAttachment', operation: 'get', attachmentId: '789' }, { token: TOKENS.knowledgeBase }));
		expect(denied.error?.message).toBe('The Cention token lacks the "get attachment" claim needed for GET json/c3_response_attachments/789');
		const missing = await e.run(await centionNode(sim, { resource: 'responseAttachment', operation: 'get', attachmentId: '1' }));
		expect(missing.error?.message).toBe('Cention has nothing at GET json/c3_response_attachments/1 (404 Not Found)');
		expect(missing.error?.description).toContain('response_attachment 1 not found');
	});
});
