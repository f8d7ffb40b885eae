import { README_ANCHORS, codexUrls, readmeSection } from '../harness/readme';

describe('uContact README section and codex links', () => {
	test('UC-B1 the browser-only Porthole actions are named and explained, with their server-side counterparts', () => {
		const text = readmeSection('uContact');
		expect(text).toContain('browser-only actions (UC-B1)');
		for (const action of ['call', 'callWithPhone', 'hangup', 'tag', 'respool', 'schedule', 'CTI']) expect(text).toContain(`\`${action}\``);
		expect(text).toContain('Porthole');
	});

	test('every UC operation row is documented', () => {
		const text = readmeSection('uContact');
		for (let row = 0; row <= 18; row++) expect(text).toContain(`(UC-${String(row).padStart(2, '0')})`);
		for (const event of ['AgentRingNoAnswer', 'AgentLog', 'AgentBreak', 'FinishInteraction', 'InteractionDisposition']) expect(text).toContain(event);
	});

	test.each(['UContact/UContact.node.json', 'UContact/UContactTrigger.node.json'])('the documentation links of %s point at README headings', (codex) => {
		const urls = codexUrls(codex);
		expect(urls.length).toBeGreaterThan(0);
		for (const url of urls) {
			expect(url).toMatch(/^https:\/\/github\.com\/n8n-nodes-contact-center\/n8n-nodes-contact-center#/);
			expect(README_ANCHORS).toContain(url.split('#')[1]);
		}
	});
});
