/**
 * `npm run bench`: what a contact center's volume costs with this package's nodes, measured
 * side by side with n8n's own HTTP Request and Webhook nodes (see docs/PERFORMANCE.md).
 *
 *   1. requests that reach the vendor (engine harness and a real n8n)
 *   2. execution time vs the HTTP Request node sending the same requests
 *   3. a VIPeX end-of-call with a long recording vs the Webhook node: answer time, peak memory
 *   4. VIPeX notifications at concurrency vs the Webhook node: none lost, requests per second
 *   5. the same in queue mode: through two webhook processors vs the main process alone, where n8n's Webhook node takes them too
 *
 * One real n8n 2.41 (installed once into .n8n-e2e/n8n) on its own ports (5708/5709, simulators
 * 4401–4405) serves parts 1–4. Each figure is the median of alternating rounds with min and
 * max. Prints the table and writes bench/results.json (bench/results.local.json when sizes are
 * lowered with BENCH_RUNS, BENCH_ITEMS, BENCH_NOTIFICATIONS, BENCH_CONCURRENCY, BENCH_RECORDING_MIB).
 */
import { spawn } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { join, resolve } from 'node:path';

import { startInstance } from '../scripts/lib/instance';
import type { RunningInstance } from '../scripts/lib/instance';
import { N8N_VERSION } from '../scripts/lib/paths';
import { BENCH_INSPECT_PORT, requireFreePorts } from '../scripts/lib/ports';
import { requireNode24, seconds, step } from '../scripts/lib/processes';
import type { EngineResult } from './engineProcess';
import { writeFloorNodes } from './floorNodes';
import { SimulatorControl } from '../scripts/lib/simulators';
import { BENCH_OPTIONS, isFull, LOCAL_RESULTS, parts, RESULTS, sizes as benchSizes } from './benchConfig';
import type { Sizes } from './benchConfig';
import { recordingsPart } from './recordings';
import type { BenchResults } from './report';
import { figures, markdownTable, textTable } from './report';
import { OUR_CREDENTIAL_IDS, requestsPart } from './requests';
import { queuePart } from './queue';
import { throughputPart } from './throughput';
import { vipexCredential, webhookFlows } from './webhookFlows';
import type { VendorKey } from './benchOperations';
import { VENDORS } from './benchOperations';

const log = (line: string) => console.log(line);

/** Part 1 in the engine harness, as its own process (the harness sets n8n-core's environment). */
async function enginePart(sizes: Sizes): Promise<EngineResult> {
	const child = spawn(process.execPath, [join(__dirname, 'engineProcess.js'), String(sizes.runs), String(sizes.items)], { stdio: ['ignore', 'pipe', 'inherit'] });
	let output = '';
	child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString('utf8')));
	const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
	const line = /^BENCH_ENGINE (.*)$/m.exec(output)?.[1];
	if (code !== 0 || !line) throw new Error(`the engine part failed (exit code ${code}):\n${output}`);
	return JSON.parse(line) as EngineResult;
}

/** Every credential our nodes use, imported with n8n's CLI like the demo ones. */
function benchCredentials(urls: Record<string, string>) {
	const simulatorOf: Record<VendorKey, string> = { comnica: urls.comnica, ucontact: urls.ucontact, cention: urls.cention, sinch: urls.sinch };
	return [
		...VENDORS.map((bench) => ({
			id: OUR_CREDENTIAL_IDS[bench.key],
			name: `bench: ${bench.title}`,
			type: bench.credentialType,
			data: bench.credentialData(simulatorOf[bench.key]) as Record<string, unknown>,
		})),
		vipexCredential(),
	];
}

/** What the bench's n8n needs beyond the e2e instance's settings (n8n inherits this environment). */
function benchEnvironment(sizes: Sizes): void {
	// n8n's default body limit is 16 MiB; the recording is larger.
	process.env.N8N_PAYLOAD_SIZE_MAX ??= String(Math.ceil(sizes.recordingMiB * 1.1) + 16);
	// /metrics: how many expressions each execution evaluated (the overhead's cause).
	process.env.N8N_METRICS = 'true';
	// Large buffers are mapped and unmapped on their own, so the resident size shows live memory
	// instead of what glibc keeps for later (the same for both sides of the memory figure).
	process.env.MALLOC_MMAP_THRESHOLD_ ??= '131072';
	process.env.MALLOC_TRIM_THRESHOLD_ ??= '131072';
	// The inspector port n8n opens on SIGUSR1 (garbage collection before each memory figure).
	// BENCH_CPU_PROF=<folder>: a CPU profile of every Node process n8n runs, written when it stops
	// (the largest is the n8n server's; docs/PERFORMANCE.md reads it).
	const profile = process.env.BENCH_CPU_PROF ? [`--cpu-prof`, `--cpu-prof-dir=${resolve(process.env.BENCH_CPU_PROF)}`] : [];
	process.env.NODE_OPTIONS = [process.env.NODE_OPTIONS, `--inspect-port=127.0.0.1:${BENCH_INSPECT_PORT}`, ...profile].filter(Boolean).join(' ');
	// Part 2's floors: our nodes with an empty routing, as custom nodes (bench/floorNodes.ts).
	writeFloorNodes(VENDORS);
}

async function main(): Promise<void> {
	requireNode24();
	const started = Date.now();
	const sizes = benchSizes();
	const selected = parts();
	const load = { start: loadavg(), end: [] as number[] };
	console.log(`n8n-nodes-contact-center bench: ${JSON.stringify(sizes)}, parts ${[...selected].join(', ')}`);
	const results: BenchResults = {};

	// The engine part runs in its own process while n8n starts (it reports counts, not times).
	const engine = selected.has('engine') ? enginePart(sizes) : undefined;
	const engineDone = engine ? step(`Part 1 in the engine harness (${sizes.runs} runs × ${sizes.items} items per vendor), beside n8n's start`) : undefined;
	const needsN8n = ['requests', 'recordings', 'throughput'].some((part) => selected.has(part));
	let instance: RunningInstance | undefined;
	try {
		if (needsN8n) {
			await requireFreePorts([[BENCH_INSPECT_PORT, "the inspector of the bench's n8n"]]);
			benchEnvironment(sizes);
			instance = await startInstance({ ...BENCH_OPTIONS, extraCredentials: benchCredentials });
		}
		if (engine) {
			results.engine = await engine;
			engineDone?.();
		}
	} catch (error) {
		await instance?.stop();
		await engine?.catch(() => undefined);
		throw error;
	}
	try {
		if (instance) {
			const { client } = instance;
			const url = instance.state.url;
			const controls = Object.fromEntries(
				(['comnica', 'ucontact', 'cention', 'sinch'] as VendorKey[]).map((key) => [key, new SimulatorControl(instance!.state.simulators[key])]),
			) as Record<VendorKey, SimulatorControl>;
			if (selected.has('requests')) {
				const done = step(`Parts 1 and 2 in n8n (${sizes.overheadRuns} rounds × ${sizes.items} items per vendor)`);
				results.requests = await requestsPart({ client, url, pid: instance.n8n.child.pid! }, controls, sizes, log);
				done();
			}
			if (selected.has('recordings') || selected.has('throughput')) {
				const flows = await webhookFlows(client, url);
				const pid = instance.n8n.child.pid!;
				if (selected.has('recordings')) {
					const done = step(`Part 3: ${sizes.runs} rounds of a ${sizes.recordingMiB} MiB base64 recording`);
					results.recordings = await recordingsPart(client, pid, BENCH_INSPECT_PORT, flows, sizes, log);
					done();
				}
				if (selected.has('throughput')) {
					const done = step(`Part 4: ${sizes.notifications} notifications per side at concurrency ${sizes.concurrency}`);
					results.throughput = await throughputPart(client, flows, sizes, log);
					done();
				}
			}
		}
	} finally {
		await instance?.stop();
	}
	// Queue mode after the single n8n has stopped: the cluster has the machine to itself.
	if (selected.has('queue')) {
		const done = step(`Part 5: ${sizes.notifications} notifications per side in queue mode at concurrency ${sizes.concurrency}`);
		results.queue = await queuePart(sizes, log);
		done();
	}

	load.end = loadavg();
	const list = figures(results, sizes);
	const wallSeconds = Number(seconds(started));
	console.log(textTable(list));
	const missed = list.filter((figure) => figure.met === false);
	console.log(`\n${list.filter((figure) => figure.met === true).length} goals met, ${missed.length} missed; ${wallSeconds} s in all.`);
	const file = isFull(sizes) && selected.size === 5 ? RESULTS : LOCAL_RESULTS;
	writeFileSync(
		file,
		`${JSON.stringify(
			{
				generatedAt: new Date().toISOString(),
				n8n: N8N_VERSION,
				node: process.versions.node,
				machine: { cpus: cpus().length, model: cpus()[0]?.model, loadAverage: load },
				sizes,
				wallSeconds,
				figures: list,
				markdown: markdownTable(list),
				raw: results,
			},
			null,
			2,
		)}\n`,
	);
	console.log(`Written to ${file}`);
}

main().catch((error: Error) => {
	const cause = error.cause instanceof Error ? `\nCaused by: ${error.cause.stack ?? error.cause.message}` : '';
	console.error(`\nThe bench failed: ${error.stack ?? error.message}${cause}`);
	process.exit(1);
});
