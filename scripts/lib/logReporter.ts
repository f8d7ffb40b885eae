import { join } from 'node:path';

import { clearFailureReports, failureReports } from './failureReports';
import { tail } from './n8nProcess';
import type { InstanceName } from './ports';
import { INSTANCES } from './ports';

interface Results {
	numFailedTests: number;
	numRuntimeErrorTestSuites: number;
}

interface Options {
	/** The instance (scripts/lib/ports.ts) whose n8n the suite ran against. */
	instance: InstanceName;
}

/**
 * A jest reporter for a suite against a real n8n: when anything failed it prints the end of
 * that n8n's log (the whole log stays in the instance's folder), then the reports the failed
 * tests saved (failureReports.ts).
 */
class LogReporter {
	constructor(
		_globalConfig: unknown,
		private readonly options: Options,
	) {}

	onRunStart(): void {
		clearFailureReports(this.options.instance);
	}

	onRunComplete(_contexts: unknown, results: Results): void {
		if (results.numFailedTests === 0 && results.numRuntimeErrorTestSuites === 0) return;
		const logFile = join(INSTANCES[this.options.instance].home, 'n8n.log');
		console.log(`\n──── last lines of n8n's log (${logFile}) ────\n${tail(logFile, 150)}\n────`);
		const reports = failureReports(this.options.instance);
		if (reports.length > 0) console.log(`\n──── what the failed tests saw ────\n${reports.join('\n')}────`);
	}
}

module.exports = LogReporter;
