import { readFileSync } from 'node:fs';
import { join } from 'node:path';

import { PACKAGE_ROOT } from '../harness/engine';

const readme = readFileSync(join(PACKAGE_ROOT, 'README.md'), 'utf8');

/** GitHub's anchor of a heading: lower case, spaces to dashes, punctuation dropped. */
const anchors = new Set(
	[...readme.matchAll(/^#{1,6} (.+)$/gm)].map(([, title]) => title.trim().toLowerCase().replace(/[^\p{L}\p{N} -]/gu, '').replace(/ /g, '-')),
);

function section(title: string): string {
	const start = readme.indexOf(`## ${title}\n`);
	return readme.slice(start, readme.indexOf('\n## ', start + 3));
}

describe('Comnica README section and codex links', () => {
	test('every COM row and both webhook events are documented', () => {
		const text = section('Comnica');
		for (let row = 1; row <= 14; row++) expect(text).toContain(`(COM-${String(row).padStart(2, '0')})`);
		for (const event of ['cc.record.save', 'i12n.record.state.change']) expect(text).toContain(event);
	});

	test.each(['Comnica/Comnica.node.json', 'Comnica/ComnicaTrigger.node.json', 'UContact/UContact.node.json', 'UContact/UContactTrigger.node.json'])(
		'the documentation links of %s point at README headings',
		(codex) => {
			const { resources } = JSON.parse(readFileSync(join(PACKAGE_ROOT, 'nodes', codex), 'utf8')) as {
				resources: Record<string, Array<{ url: string }>>;
			};
			const urls = Object.values(resources).flat().map(({ url }) => url);
			expect(urls.length).toBeGreaterThan(0);
			for (const url of urls) {
				expect(url).toMatch(/^https:\/\/github\.com\/n8n-nodes-contact-center\/n8n-nodes-contact-center#/);
				expect(anchors).toContain(url.split('#')[1]);
			}
		},
	);
});
