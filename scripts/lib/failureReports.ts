import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

import { ARTIFACTS } from './paths';

/**
 * What a test saw when it failed (e.g. the vendor's side of a queue-mode run), kept for the end
 * of the run's output: logReporter.ts prints the reports after n8n's log, where an excerpt of a
 * long CI log still shows them. One folder per instance, emptied when a run starts.
 */
function reportsDir(instance: string): string {
	return join(ARTIFACTS, 'failures', instance);
}

export function saveFailureReport(instance: string, name: string, lines: string[]): void {
	mkdirSync(reportsDir(instance), { recursive: true });
	writeFileSync(join(reportsDir(instance), `${name}.txt`), `${lines.join('\n')}\n`);
}

export function failureReports(instance: string): string[] {
	let files: string[];
	try {
		files = readdirSync(reportsDir(instance)).sort();
	} catch {
		return [];
	}
	return files.map((file) => `── ${file}\n${readFileSync(join(reportsDir(instance), file), 'utf8')}`);
}

export function clearFailureReports(instance: string): void {
	rmSync(reportsDir(instance), { recursive: true, force: true });
}
