import { join } from 'node:path';

import { tail } from '../scripts/lib/n8n';
import { E2E_OPTIONS } from './support/e2eInstance';

interface Results {
	numFailedTests: number;
	numRuntimeErrorTestSuites: number;
}

/** Prints the end of n8n's log when anything failed (the whole log is in test-artifacts/). */
class N8nLogReporter {
	onRunComplete(_contexts: unknown, results: Results): void {
		if (results.numFailedTests === 0 && results.numRuntimeErrorTestSuites === 0) return;
		const logFile = join(E2E_OPTIONS.home, 'n8n.log');
		console.log(`\n──── last lines of n8n's log (${logFile}) ────\n${tail(logFile, 150)}\n────`);
	}
}

module.exports = N8nLogReporter;
