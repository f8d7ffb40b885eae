/**
 * `npm start`: a real n8n on http://localhost:5678 with this package installed as a community
 * package, the vendor simulators with demo data, demo credentials and the example workflows.
 * `npm start -- --fresh` starts from an empty n8n database. Ctrl-C stops everything.
 */
import { DEMO_OWNER } from './lib/client';
import { tryLines } from './lib/demoTry';
import type { RunningInstance } from './lib/instance';
import { startInstance } from './lib/instance';
import { INSTANCES } from './lib/ports';

async function main(): Promise<void> {
	let instance: RunningInstance | undefined;
	let stopping = false;
	const shutdown = (code: number) => {
		if (stopping) return;
		stopping = true;
		console.log('\nStopping n8n and the simulators…');
		void (instance?.stop() ?? Promise.resolve()).then(() => process.exit(code));
	};
	process.on('SIGINT', () => shutdown(0));
	process.on('SIGTERM', () => shutdown(0));

	instance = await startInstance({
		...INSTANCES.demo,
		fresh: process.argv.includes('--fresh'),
	});
	if (stopping) return;
	const { state } = instance;
	const line = '─'.repeat(72);
	console.log(`\n${line}`);
	console.log(`n8n is running: ${state.url}`);
	console.log(`Log in with   ${DEMO_OWNER.email} / ${DEMO_OWNER.password}`);
	console.log(`\nVendor simulators (demo data):\n${instance.simulators.banner}`);
	console.log('\nCredentials (Overview → Credentials) point at them:');
	for (const credential of state.credentials) console.log(`• ${credential.name} (${credential.type})`);
	console.log('\nTry:');
	for (const text of tryLines(state)) console.log(text);
	for (const skipped of state.skipped) console.log(`(not imported: ${skipped.file} — ${skipped.reason})`);
	console.log(`\nn8n's log: ${state.logFile}`);
	console.log(`Ctrl-C stops n8n and the simulators.\n${line}`);
	instance.n8n.child.on('exit', (code) => {
		if (stopping) return;
		console.error(`n8n stopped unexpectedly (exit code ${code}); see ${state.logFile}`);
		shutdown(1);
	});
}

main().catch((error: Error) => {
	console.error(`\n✗ ${error.message}`);
	process.exit(1);
});
