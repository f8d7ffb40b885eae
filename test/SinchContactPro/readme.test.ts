import { README_ANCHORS, codexUrls, readmeSection } from '../harness/readme';
import { EDI_EVENTS } from '../../nodes/SinchContactPro/helpers/edi';

describe('Sinch Contact Pro README section and codex links', () => {
	test('SCP-W1 the trigger\'s setup names where to click, what to paste and every event the filter offers', () => {
		const text = readmeSection('Sinch Contact Pro');
		expect(text).toContain('### Sinch Contact Pro Trigger');
		expect(text).toContain('System Management → Event-Driven Integrations → Add New');
		expect(text).toContain('"body": {"event": "{event}", "contact": "{contact}"}');
		for (const event of EDI_EVENTS) expect(text).toContain(event.name);
	});

	test.each(['SinchContactPro/SinchContactPro.node.json', 'SinchContactPro/SinchContactProTrigger.node.json'])(
		'the documentation links of %s point at README headings',
		(codex) => {
			const urls = codexUrls(codex);
			expect(urls.length).toBeGreaterThan(0);
			for (const url of urls) {
				expect(url).toMatch(/^https:\/\/github\.com\/n8n-nodes-contact-center\/n8n-nodes-contact-center#/);
				expect(README_ANCHORS).toContain(url.split('#')[1]);
			}
		},
	);
});
