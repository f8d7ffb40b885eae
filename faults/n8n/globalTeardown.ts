import { copyFileSync, existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';

import type { RunningInstance } from '../../scripts/lib/instance';
import { stopStale } from '../../scripts/lib/n8n';
import type { ComnicaSimulator } from '../../test/simulators/comnica';
import { FIGURES_DIR } from '../shared/figures';
import { FAULTS_OPTIONS } from './options';
import { stopN8n } from './support';

export default async function globalTeardown(): Promise<void> {
	const globals = globalThis as { faultsInstance?: RunningInstance; faultsComnica?: ComnicaSimulator };
	const instance = globals.faultsInstance;
	if (!instance) return;
	await instance.stop();
	// The duplicate test restarts n8n: that process is known by its pid file only.
	await stopN8n(FAULTS_OPTIONS);
	stopStale(FAULTS_OPTIONS);
	await globals.faultsComnica?.stop();
	mkdirSync(FIGURES_DIR, { recursive: true });
	for (const file of [instance.state.logFile, join(instance.state.home, 'simulators.log')]) {
		if (existsSync(file)) copyFileSync(file, join(FIGURES_DIR, file.split('/').pop()!));
	}
}
