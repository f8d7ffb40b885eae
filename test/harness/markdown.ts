/**
 * What GitHub makes of a Markdown file's headings and links, for the documentation tests.
 * Fenced code blocks and inline code hold neither.
 */

/** The lines outside fenced code blocks, with their line numbers (1-based). */
function proseLines(markdown: string): Array<[number, string]> {
	const lines: Array<[number, string]> = [];
	let fence = '';
	markdown.split('\n').forEach((line, index) => {
		const marker = /^\s*(`{3,}|~{3,})/.exec(line)?.[1];
		if (marker && (fence === '' || marker.startsWith(fence))) {
			fence = fence === '' ? marker : '';
			return;
		}
		if (fence === '') lines.push([index + 1, line]);
	});
	return lines;
}

/** A heading's anchor as GitHub builds it: the text without markup, lower case, punctuation dropped, spaces to dashes. */
export function githubSlug(heading: string): string {
	const text = heading
		.replace(/!?\[([^\]]*)\]\([^)]*\)/g, '$1')
		.replace(/<[^>]+>/g, '')
		.replace(/[`*]/g, '');
	return text
		.trim()
		.toLowerCase()
		.replace(/[^\p{L}\p{M}\p{N}\p{Pc} -]/gu, '')
		.replace(/ /g, '-');
}

/** The anchors of every heading; a repeated one gets `-1`, `-2`, … as on GitHub. */
export function headingAnchors(markdown: string): Set<string> {
	const anchors = new Set<string>();
	for (const [, line] of proseLines(markdown)) {
		const heading = /^#{1,6}\s+(.+?)\s*#*\s*$/.exec(line)?.[1];
		if (heading === undefined) continue;
		const slug = githubSlug(heading);
		let anchor = slug;
		for (let n = 1; anchors.has(anchor); n++) anchor = `${slug}-${n}`;
		anchors.add(anchor);
	}
	return anchors;
}

export interface MarkdownLink {
	target: string;
	line: number;
}

/** Every link and image target: `[text](target)`, `[name]: target`, and `href`/`src` of HTML. */
export function markdownLinks(markdown: string): MarkdownLink[] {
	const links: MarkdownLink[] = [];
	for (const [line, raw] of proseLines(markdown)) {
		const text = raw.replace(/`[^`]*`/g, '');
		for (const [, target] of text.matchAll(/\]\(\s*<?([^)\s>]+)>?(?:\s+"[^"]*")?\s*\)/g)) links.push({ target, line });
		for (const [, target] of text.matchAll(/^\s*\[[^\]]+\]:\s*<?(\S+?)>?(?:\s|$)/g)) links.push({ target, line });
		for (const [, target] of text.matchAll(/\b(?:href|src)="([^"]+)"/g)) links.push({ target, line });
	}
	return links;
}
