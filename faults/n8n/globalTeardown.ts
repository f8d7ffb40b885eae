import { copyFileSync, existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';

import type { RunningInstance } from '../../scripts/lib/instance';
import type { ComnicaSimulator } from '../../test/simulators/comnica';
import { figuresDir } from '../../scripts/lib/figures';
import { FAULTS_OPTIONS } from './faultsInstance';
import { stopN8n } from './faultsN8n';

export default async function globalTeardown(): Promise<void> {
	const globals = globalThis as { faultsInstance?: RunningInstance; faultsComnica?: ComnicaSimulator };
	const instance = globals.faultsInstance;
	if (!instance) return;
	// 3-duplicates restarts n8n: the pid file names the process running now, so it goes first.
	await stopN8n(FAULTS_OPTIONS);
	await instance.stop();
	await globals.faultsComnica?.stop();
	// n8n's and the simulators' logs beside the figures (test-artifacts/faults).
	const folder = figuresDir('faults');
	mkdirSync(folder, { recursive: true });
	for (const file of [instance.state.logFile, join(instance.state.home, 'simulators.log')]) {
		if (existsSync(file)) copyFileSync(file, join(folder, file.split('/').pop()!));
	}
}
