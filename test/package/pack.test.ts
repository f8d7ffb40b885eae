import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { dirname, join, posix } from 'node:path';

import { PACKAGE_ROOT } from '../harness/engine';

interface PackedFile {
	path: string;
	size: number;
}

/** What `npm pack` would put into the tarball users install (dist/ is built by `npm test`). */
function packedFiles(): PackedFile[] {
	const output = execFileSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], { cwd: PACKAGE_ROOT, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] });
	const [pack] = JSON.parse(output) as Array<{ files: PackedFile[] }>;
	return pack.files;
}

const manifest = JSON.parse(readFileSync(join(PACKAGE_ROOT, 'package.json'), 'utf8')) as { n8n: { nodes: string[]; credentials: string[] } };

/** What n8n loads: the node and credential classes, their codex files and icons. Nothing else but the readme, licence, changelog and manifest. */
const ALLOWED = [/^dist\/(nodes|credentials)\/.+\.js$/, /^dist\/nodes\/.+\.node\.json$/, /^dist\/(nodes|credentials)\/.+\.(svg|png)$/, /^(README\.md|LICENSE|CHANGELOG\.md|package\.json)$/];

/** The `file:` icons of a built node or credential class, as paths inside the package. */
function iconFiles(builtFile: string): string[] {
	const exports = require(join(PACKAGE_ROOT, builtFile)) as Record<string, new () => { description?: { icon?: unknown }; icon?: unknown }>;
	const instance = new (Object.values(exports)[0])();
	const icon = instance.description?.icon ?? instance.icon;
	const names = typeof icon === 'string' ? [icon] : Object.values((icon ?? {}) as Record<string, string>);
	return names.filter((name) => name.startsWith('file:')).map((name) => posix.join(dirname(builtFile), name.slice('file:'.length)));
}

describe('npm pack: the package holds only what users need', () => {
	const files = packedFiles();
	const paths = new Set(files.map((file) => file.path));

	test('every packed file is a node or credential class, a codex file, an icon, or the readme, licence, changelog and manifest', () => {
		const unexpected = [...paths].filter((path) => !ALLOWED.some((pattern) => pattern.test(path)));
		expect(unexpected).toEqual([]);
		for (const path of ['README.md', 'LICENSE', 'CHANGELOG.md', 'package.json']) expect(paths).toContain(path);
	});

	test('no source maps, type declarations, sources, tests or build output', () => {
		const leaked = [...paths].filter((path) => /\.(map|ts)$/.test(path) || /^(build|test|e2e|faults|queue|bench|scripts|nodes|credentials|docs|examples)\//.test(path));
		expect(leaked).toEqual([]);
	});

	test.each([...manifest.n8n.nodes, ...manifest.n8n.credentials])('%s is packed with its icons', (file) => {
		expect(paths).toContain(file);
		const icons = iconFiles(file);
		expect(icons.length).toBeGreaterThan(0);
		for (const icon of icons) expect(paths).toContain(icon);
	});

	test.each(manifest.n8n.nodes)('%s is packed with its codex file', (file) => {
		expect(paths).toContain(file.replace(/\.js$/, '.json'));
	});

	test('every module a packed class requires from the package is packed too', () => {
		const missing: string[] = [];
		for (const file of files.filter(({ path }) => path.endsWith('.js'))) {
			const source = readFileSync(join(PACKAGE_ROOT, file.path), 'utf8');
			for (const [, target] of source.matchAll(/require\("(\.{1,2}\/[^"]+)"\)/g)) {
				const resolved = posix.join(posix.dirname(file.path), target);
				if (![resolved, `${resolved}.js`, `${resolved}/index.js`].some((path) => paths.has(path))) missing.push(`${file.path} → ${target}`);
			}
		}
		expect(missing).toEqual([]);
	});
});
