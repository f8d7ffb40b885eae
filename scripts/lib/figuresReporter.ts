import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

import { figuresDir, formatTable, readParts } from './figures';

interface Results {
	startTime: number;
}

interface Options {
	/** test-artifacts/<suite> holds the parts. */
	suite: string;
	title: string;
}

/**
 * A jest reporter for a suite that measures: once the run is over it prints the figures every
 * part saved (test-artifacts/<suite>/parts/*.json) and joins them into figures.json. The end
 * of n8n's log after a failure is logReporter.ts's.
 */
class FiguresReporter {
	constructor(
		_globalConfig: unknown,
		private readonly options: Options,
	) {}

	onRunComplete(_contexts: unknown, results: Results): void {
		const { suite, title } = this.options;
		const parts = readParts(suite);
		const seconds = Math.round((Date.now() - results.startTime) / 1000);
		const lines = ['', `════ ${title} ════`];
		for (const part of parts) for (const table of part.tables) lines.push('', formatTable(table));
		const missed = parts.flatMap((part) => part.tables.flatMap((table) => (table.goals ?? []).filter((goal) => !goal.met)));
		lines.push('', `${missed.length === 0 ? '✓ every goal met' : `✗ ${missed.length} goal(s) missed`} · jest run ${seconds} s · ${join(figuresDir(suite), 'figures.json')}`);
		console.log(lines.join('\n'));
		mkdirSync(figuresDir(suite), { recursive: true });
		writeFileSync(join(figuresDir(suite), 'figures.json'), JSON.stringify({ seconds, parts }, null, 2));
	}
}

module.exports = FiguresReporter;
