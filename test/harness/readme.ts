import { readFileSync } from 'node:fs';
import { join } from 'node:path';

import { PACKAGE_ROOT } from './engine';
import { headingAnchors } from './markdown';

export const README = readFileSync(join(PACKAGE_ROOT, 'README.md'), 'utf8');

/** A `## Title` section of the README, up to the next `## ` heading. */
export function readmeSection(title: string): string {
	const start = README.indexOf(`## ${title}\n`);
	if (start < 0) throw new Error(`README has no section "## ${title}"`);
	return README.slice(start, README.indexOf('\n## ', start + 3));
}

/** GitHub's anchors of the README's headings. */
export const README_ANCHORS = headingAnchors(README);

/** The documentation URLs of a node's codex file (`nodes/<path>.node.json`). */
export function codexUrls(codex: string): string[] {
	const { resources } = JSON.parse(readFileSync(join(PACKAGE_ROOT, 'nodes', codex), 'utf8')) as {
		resources: Record<string, Array<{ url: string }>>;
	};
	return Object.values(resources).flat().map(({ url }) => url);
}
