import { readFileSync } from 'node:fs';
import { join } from 'node:path';

import { PACKAGE_ROOT } from '../harness/engine';

const section = () => {
	const readme = readFileSync(join(PACKAGE_ROOT, 'README.md'), 'utf8');
	const start = readme.indexOf('## uContact');
	return readme.slice(start, readme.indexOf('\n## ', start + 3));
};

describe('uContact README section', () => {
	test('UC-B1 the browser-only Porthole actions are named and explained, with their server-side counterparts', () => {
		const text = section();
		expect(text).toContain('browser-only actions (UC-B1)');
		for (const action of ['call', 'callWithPhone', 'hangup', 'tag', 'respool', 'schedule', 'CTI']) expect(text).toContain(`\`${action}\``);
		expect(text).toContain('Porthole');
	});

	test('every UC operation row is documented', () => {
		const text = section();
		for (let row = 0; row <= 18; row++) expect(text).toContain(`(UC-${String(row).padStart(2, '0')})`);
		for (const event of ['AgentRingNoAnswer', 'AgentLog', 'AgentBreak', 'FinishInteraction', 'InteractionDisposition']) expect(text).toContain(event);
	});
});
