/**
 * Part 1 in the engine harness (test/harness: the real n8n-core WorkflowExecute and RoutingNode):
 * each vendor's operation over N items with a fresh simulator and credential per run, counting what reaches
 * the vendor's simulator. Run as its own process by run.ts (the harness sets n8n-core's
 * environment, which must not leak into the real n8n the bench starts afterwards); prints one
 * line `BENCH_ENGINE <json>`.
 */
import type { INodeExecutionData } from 'n8n-workflow';

import { engine } from '../test/harness/engine';
import type { Simulator } from '../test/simulators/base';
import { CentionSimulator } from '../test/simulators/cention';
import { ComnicaSimulator } from '../test/simulators/comnica';
import { SinchSimulator } from '../test/simulators/sinch';
import { UContactSimulator } from '../test/simulators/ucontact';
import type { VendorKey } from './benchOperations';
import { inputItems, VENDORS } from './benchOperations';

export interface EngineRun {
	/** Requests to the operation's endpoint. */
	requests: number;
	logins: number;
	/** Every request that reached the simulator. */
	total: number;
	outputItems: number;
	errors: number;
	ms: number;
}

export type EngineResult = Record<VendorKey, EngineRun[]>;

const simulators: Record<VendorKey, () => Simulator> = {
	comnica: () => new ComnicaSimulator(),
	ucontact: () => new UContactSimulator(),
	cention: () => new CentionSimulator(),
	sinch: () => new SinchSimulator(),
};

async function main(): Promise<void> {
	const runs = Number(process.argv[2] ?? 5);
	const count = Number(process.argv[3] ?? 1000);
	const e = await engine();
	const input: INodeExecutionData[] = inputItems(count).map((json) => ({ json }));
	const result = {} as EngineResult;
	for (const bench of VENDORS) {
		result[bench.key] = [];
		for (let run = 0; run < runs; run++) {
			// A new simulator (a new address, so a new account) and credential each run: no session
			// anywhere yet, as on a first execution. This process keeps the keys of accounts it used.
			const sim = simulators[bench.key]();
			const url = await sim.start(0, '127.0.0.1');
			try {
				const credential = e.credentials.add(bench.credentialType, bench.credentialData(url));
				const started = performance.now();
				const outcome = await e.run({ type: bench.nodeType, parameters: bench.parameters, credentials: { [bench.credentialType]: credential } }, input);
				const ms = performance.now() - started;
				result[bench.key].push({
					requests: sim.received(bench.path).length,
					logins: bench.loginPath ? sim.received(bench.loginPath).length : 0,
					total: sim.requests.length,
					outputItems: outcome.items.length,
					errors: outcome.error ? 1 : outcome.items.filter((item) => item.error).length,
					ms,
				});
				if (outcome.error) console.error(`${bench.title}: ${outcome.error.message}`);
			} finally {
				await sim.stop();
			}
		}
	}
	console.log(`BENCH_ENGINE ${JSON.stringify(result)}`);
}

if (require.main === module) {
	main().then(
		() => process.exit(0),
		(error: Error) => {
			console.error(error.stack ?? error.message);
			process.exit(1);
		},
	);
}
