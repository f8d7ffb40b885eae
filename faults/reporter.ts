import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

import { tail } from '../scripts/lib/n8n';
import { FIGURES_DIR, formatTable, readParts } from './shared/figures';
import { FAULTS_OPTIONS } from './n8n/options';

interface Results {
	numFailedTests: number;
	numRuntimeErrorTestSuites: number;
	startTime: number;
}

/**
 * Prints the figures every part saved (test-artifacts/faults/parts/*.json) once the run is
 * over, and joins them into test-artifacts/faults/figures.json. After a failure it also prints
 * the end of n8n's log (the whole log is copied to test-artifacts/faults/).
 */
class FiguresReporter {
	onRunComplete(_contexts: unknown, results: Results): void {
		const parts = readParts();
		const seconds = Math.round((Date.now() - results.startTime) / 1000);
		const lines = ['', '════ Fault suite figures ════'];
		for (const part of parts) for (const table of part.tables) lines.push('', formatTable(table));
		const missed = parts.flatMap((part) => part.tables.flatMap((table) => (table.goals ?? []).filter((goal) => !goal.met)));
		lines.push('', `${missed.length === 0 ? '✓ every goal met' : `✗ ${missed.length} goal(s) missed`} · jest run ${seconds} s · ${join(FIGURES_DIR, 'figures.json')}`);
		console.log(lines.join('\n'));
		mkdirSync(FIGURES_DIR, { recursive: true });
		writeFileSync(join(FIGURES_DIR, 'figures.json'), JSON.stringify({ seconds, parts }, null, 2));
		if (results.numFailedTests > 0 || results.numRuntimeErrorTestSuites > 0) {
			const logFile = join(FAULTS_OPTIONS.home, 'n8n.log');
			console.log(`\n──── last lines of n8n's log (${logFile}) ────\n${tail(logFile, 80)}\n────`);
		}
	}
}

module.exports = FiguresReporter;
