import { README_ANCHORS, codexUrls, readmeSection } from '../harness/readme';

describe('Comnica README section and codex links', () => {
	test('every COM row and both webhook events are documented', () => {
		const text = readmeSection('Comnica');
		for (let row = 1; row <= 14; row++) expect(text).toContain(`(COM-${String(row).padStart(2, '0')})`);
		for (const event of ['cc.record.save', 'i12n.record.state.change']) expect(text).toContain(event);
	});

	test.each(['Comnica/Comnica.node.json', 'Comnica/ComnicaTrigger.node.json'])('the documentation links of %s point at README headings', (codex) => {
		const urls = codexUrls(codex);
		expect(urls.length).toBeGreaterThan(0);
		for (const url of urls) {
			expect(url).toMatch(/^https:\/\/github\.com\/n8n-nodes-contact-center\/n8n-nodes-contact-center#/);
			expect(README_ANCHORS).toContain(url.split('#')[1]);
		}
	});
});
