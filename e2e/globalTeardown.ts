import { copyFileSync, existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';

import type { RunningInstance } from '../scripts/lib/instance';
import { ARTIFACTS } from '../scripts/lib/paths';

export default async function globalTeardown(): Promise<void> {
	const instance = (globalThis as { e2eInstance?: RunningInstance }).e2eInstance;
	if (!instance) return;
	await instance.stop();
	mkdirSync(ARTIFACTS, { recursive: true });
	for (const file of [instance.state.logFile, join(instance.state.home, 'simulators.log')]) {
		if (existsSync(file)) copyFileSync(file, join(ARTIFACTS, file.split('/').pop()!));
	}
}
