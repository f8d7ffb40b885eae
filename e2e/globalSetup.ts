import { startInstance } from '../scripts/lib/instance';
import type { RunningInstance } from '../scripts/lib/instance';
import { E2E_OPTIONS } from './support/e2eInstance';

/** Once per `npm run test:e2e`: n8n with the package, the simulators and the examples. */
export default async function globalSetup(): Promise<void> {
	console.log('\n');
	const instance = await startInstance(E2E_OPTIONS);
	(globalThis as { e2eInstance?: RunningInstance }).e2eInstance = instance;
	for (const skipped of instance.state.skipped) console.log(`  (not imported: ${skipped.file} — ${skipped.reason})`);
}
