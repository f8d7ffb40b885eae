import { copyFileSync, existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';

import type { RunningInstance } from '../scripts/lib/instance';
import { stopN8n } from '../scripts/lib/n8nProcess';
import { ARTIFACTS } from '../scripts/lib/paths';

export default async function globalTeardown(): Promise<void> {
	const instance = (globalThis as { e2eInstance?: RunningInstance }).e2eInstance;
	if (!instance) return;
	// The n8n running now, found by its pid file: a test may have restarted it (polling.e2e.test.ts).
	await stopN8n(instance.state);
	await instance.stop();
	mkdirSync(ARTIFACTS, { recursive: true });
	for (const file of [instance.state.logFile, join(instance.state.home, 'simulators.log')]) {
		if (existsSync(file)) copyFileSync(file, join(ARTIFACTS, file.split('/').pop()!));
	}
}
