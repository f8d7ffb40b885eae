import { readFileSync } from 'node:fs';
import { join } from 'node:path';

import { PACKAGE_ROOT } from './engine';

export const README = readFileSync(join(PACKAGE_ROOT, 'README.md'), 'utf8');

/** A `## Title` section of the README, up to the next `## ` heading. */
export function readmeSection(title: string): string {
	const start = README.indexOf(`## ${title}\n`);
	if (start < 0) throw new Error(`README has no section "## ${title}"`);
	return README.slice(start, README.indexOf('\n## ', start + 3));
}

/** GitHub's anchors of the README's headings: lower case, spaces to dashes, punctuation dropped. */
export const README_ANCHORS = new Set(
	[...README.matchAll(/^#{1,6} (.+)$/gm)].map(([, title]) => title.trim().toLowerCase().replace(/[^\p{L}\p{N} -]/gu, '').replace(/ /g, '-')),
);

/** The documentation URLs of a node's codex file (`nodes/<path>.node.json`). */
export function codexUrls(codex: string): string[] {
	const { resources } = JSON.parse(readFileSync(join(PACKAGE_ROOT, 'nodes', codex), 'utf8')) as {
		resources: Record<string, Array<{ url: string }>>;
	};
	return Object.values(resources).flat().map(({ url }) => url);
}
