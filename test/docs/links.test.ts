import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';

import { PACKAGE_ROOT } from '../harness/engine';
import { headingAnchors, markdownLinks } from '../harness/markdown';
import { README_ANCHORS } from '../harness/readme';

/** README.md is the package's page on npm and in n8n: users read it whole. */
const README_MAX_BYTES = 25_000;

/** Folders that are generated or installed, not written. */
const SKIPPED = new Set(['node_modules', 'build', 'dist', 'test-artifacts']);

/** Every Markdown file of the project: README.md, docs/**, SECURITY.md, CHANGELOG.md, … */
function markdownFiles(folder = PACKAGE_ROOT): string[] {
	const files: string[] = [];
	for (const entry of readdirSync(folder, { withFileTypes: true })) {
		if (entry.name.startsWith('.') || SKIPPED.has(entry.name)) continue;
		const path = join(folder, entry.name);
		if (entry.isDirectory()) files.push(...markdownFiles(path));
		else if (entry.name.endsWith('.md')) files.push(path);
	}
	return files;
}

const files = markdownFiles();
const anchorsOf = new Map<string, Set<string>>();
const anchors = (path: string) => {
	if (!anchorsOf.has(path)) anchorsOf.set(path, headingAnchors(readFileSync(path, 'utf8')));
	return anchorsOf.get(path)!;
};

/** The paths git ignores (a link to them works here but not in a clone); none outside a git work tree. */
function ignoredByGit(paths: string[]): Set<string> {
	const result = spawnSync('git', ['check-ignore', '--stdin'], { cwd: PACKAGE_ROOT, input: paths.join('\n'), encoding: 'utf8' });
	if (result.status !== 0) return new Set();
	return new Set(result.stdout.split('\n').filter(Boolean));
}

/** What is wrong with one relative link of `file`, or undefined when it resolves. */
function brokenLink(file: string, target: string): string | undefined {
	const [pathPart, anchor] = target.split('#', 2) as [string, string | undefined];
	const path = pathPart === '' ? file : resolve(dirname(file), decodeURIComponent(pathPart));
	if (!path.startsWith(PACKAGE_ROOT)) return 'points outside the project';
	if (!existsSync(path)) return 'no such file';
	if (anchor === undefined || anchor === '') return undefined;
	if (!path.endsWith('.md') || statSync(path).isDirectory()) return 'an anchor into a file that is not Markdown';
	return anchors(path).has(decodeURIComponent(anchor).toLowerCase()) ? undefined : `no heading with the anchor #${anchor}`;
}

const isExternal = (target: string) => /^[a-z][a-z0-9+.-]*:/i.test(target);

describe('documentation links', () => {
	test('the documentation is found: README.md and docs/', () => {
		const names = files.map((path) => relative(PACKAGE_ROOT, path));
		expect(names).toContain('README.md');
		expect(names).toContain(join('docs', 'DEVELOPING.md'));
	});

	test.each(files.map((path) => [relative(PACKAGE_ROOT, path), path]))('every relative link and #anchor of %s resolves', (_name, file) => {
		const links = markdownLinks(readFileSync(file, 'utf8')).filter(({ target }) => !isExternal(target));
		const broken = links
			.map(({ target, line }) => ({ target, line, problem: brokenLink(file, target) }))
			.filter(({ problem }) => problem !== undefined)
			.map(({ target, line, problem }) => `line ${line}: ${target} (${problem})`);
		const targets = links.map(({ target }) => target.split('#')[0]).filter(Boolean);
		const ignored = ignoredByGit(targets.map((target) => relative(PACKAGE_ROOT, resolve(dirname(file), decodeURIComponent(target)))));
		for (const path of ignored) broken.push(`${path} (ignored by git: not in a clone)`);
		expect(broken).toEqual([]);
	});

	test("the nodes' and credentials' documentation links point at README headings", () => {
		const sources = ['nodes', 'credentials'].flatMap((folder) =>
			readdirSync(join(PACKAGE_ROOT, folder), { recursive: true, encoding: 'utf8' })
				.filter((name) => /\.(ts|json)$/.test(name))
				.map((name) => readFileSync(join(PACKAGE_ROOT, folder, name), 'utf8')),
		);
		const links = sources.flatMap((text) => [...text.matchAll(/github\.com\/n8n-nodes-contact-center\/n8n-nodes-contact-center#([\w-]+)/g)].map(([, anchor]) => anchor));
		expect(links.length).toBeGreaterThan(10);
		expect(links.filter((anchor) => !README_ANCHORS.has(anchor))).toEqual([]);
	});

	test(`README.md is at most ${README_MAX_BYTES} bytes; maintainer material lives in docs/`, () => {
		expect(statSync(join(PACKAGE_ROOT, 'README.md')).size).toBeLessThanOrEqual(README_MAX_BYTES);
	});
});

describe('GitHub anchors', () => {
	test('are built from the heading text without markup, punctuation or case; repeats are numbered', () => {
		const anchors = headingAnchors(
			['# The demo (`npm start`)', '## VIPeX Webhook API credential (VPX-A1)', '## Not available: browser-only actions', '## Sinch', '## Sinch', '```', '# not a heading', '```'].join('\n'),
		);
		expect([...anchors]).toEqual([
			'the-demo-npm-start',
			'vipex-webhook-api-credential-vpx-a1',
			'not-available-browser-only-actions',
			'sinch',
			'sinch-1',
		]);
	});
});
