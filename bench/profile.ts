/**
 * Where an execution's CPU time goes, for one side of part 2 in the engine harness with n8n's
 * vm expression engine (as n8n 2.41 runs it):
 *
 *   npm run build:test && npx node build/bench/profile.js <comnica|ucontact|cention|sinch> <ours|floor> [items] [runs]
 *
 * Profiles only the measured executions (node:inspector) and prints the top frames by own time
 * and the shares of n8n's expression engine, RoutingNode's own walk, the HTTP requests and the
 * package's code (docs/PERFORMANCE.md). `npx node build/bench/profile.js <file.cpuprofile>`
 * prints the same for a profile of the bench's n8n (BENCH_CPU_PROF).
 */
import { readFileSync } from 'node:fs';
import { Session } from 'node:inspector/promises';

import { Expression } from 'n8n-workflow';

import { engine } from '../test/harness/engine';
import { emptyRouting } from '../test/harness/floor';
import type { Simulator } from '../test/simulators/base';
import { CentionSimulator } from '../test/simulators/cention';
import { ComnicaSimulator } from '../test/simulators/comnica';
import { SinchSimulator } from '../test/simulators/sinch';
import { UContactSimulator } from '../test/simulators/ucontact';
import { ROOT } from '../scripts/lib/paths';
import { requireNode24 } from '../scripts/lib/processes';
import type { VendorKey } from './benchOperations';
import { inputItems, VENDORS } from './benchOperations';

interface ProfileNode {
	id: number;
	callFrame: { functionName: string; url: string; lineNumber: number };
	children?: number[];
}

interface Profile {
	nodes: ProfileNode[];
	samples: number[];
	timeDeltas: number[];
}

const simulators: Record<VendorKey, () => Simulator> = {
	comnica: () => new ComnicaSimulator(),
	ucontact: () => new UContactSimulator(),
	cention: () => new CentionSimulator(),
	sinch: () => new SinchSimulator(),
};

/** Where a frame's own time counts: the first group whose marker is on its stack, innermost first. */
const GROUPS: Array<[string, RegExp]> = [
	['the vendor simulator (runs in this process; not n8n)', /^build\/test\/simulators\//],
	["n8n's expression engine", /expression\.js:\d+ resolveSimpleParameterValue|@n8n\/expression-runtime|isolated-vm/],
	['HTTP request and answer', /backend-network|axios|node:_http|node:net|follow-redirects/],
	['the package (nodes, credentials)', /^dist\/(nodes|credentials)\/|n8n-nodes-contact-center\/dist\//],
	["n8n's HTTP Request node", /n8n-nodes-base\/dist\/nodes\/HttpRequest\//],
	["RoutingNode's walk (parameters, display checks, merging)", /routing-node\.js|node-helpers\.js|node-execution-context|lodash/],
];

/** `n8n-core/dist/…/routing-node.js:454 getRequestOptionsFromParameters`, `dist/nodes/…` for the package. */
function label(node: ProfileNode): string {
	const url = node.callFrame.url.replace(/^file:\/\//, '');
	const file = url.includes('node_modules/') ? url.replace(/^.*node_modules\//, '') : url.startsWith(ROOT) ? url.slice(ROOT.length + 1) : url;
	return `${file}:${node.callFrame.lineNumber + 1} ${node.callFrame.functionName || '(anonymous)'}`;
}

/** `items` 0: a whole process's profile, shown in ms instead of ms per item. */
function report(profile: Profile, items: number): void {
	const byId = new Map(profile.nodes.map((node) => [node.id, node]));
	const parent = new Map<number, number>();
	for (const node of profile.nodes) for (const child of node.children ?? []) parent.set(child, node.id);
	const own = new Map<number, number>();
	profile.samples.forEach((id, index) => own.set(id, (own.get(id) ?? 0) + (profile.timeDeltas[index] ?? 0)));
	const total = [...own.values()].reduce((sum, value) => sum + value, 0);
	const byFrame = new Map<string, number>();
	const byGroup = new Map<string, number>();
	for (const [id, micros] of own) {
		const frame = label(byId.get(id)!);
		byFrame.set(frame, (byFrame.get(frame) ?? 0) + micros);
		let group = /garbage collector/.test(frame) ? 'garbage collection' : 'other (n8n engine, promises, idle)';
		for (let cursor: number | undefined = id; cursor !== undefined; cursor = parent.get(cursor)) {
			const match = GROUPS.find(([, pattern]) => pattern.test(label(byId.get(cursor!)!)));
			if (match) {
				group = match[0];
				break;
			}
		}
		byGroup.set(group, (byGroup.get(group) ?? 0) + micros);
	}
	const amount = (micros: number) => (items ? `${(micros / 1000 / items).toFixed(3).padStart(7)} ms/item` : `${(micros / 1000).toFixed(0).padStart(7)} ms`);
	const line = (name: string, micros: number) => `${((100 * micros) / total).toFixed(1).padStart(5)} %  ${amount(micros)}  ${name}`;
	console.log(`\n${(total / 1000).toFixed(0)} ms profiled${items ? `, ${(total / 1000 / items).toFixed(3)} ms per item` : ''}\n\nBy part (own time, attributed to the innermost part on the stack):`);
	for (const [name, micros] of [...byGroup].sort((a, b) => b[1] - a[1])) console.log(line(name, micros));
	console.log('\nTop frames by own time:');
	for (const [name, micros] of [...byFrame].sort((a, b) => b[1] - a[1]).slice(0, 15)) console.log(line(name, micros));
}

async function main(): Promise<void> {
	requireNode24();
	if (process.argv[2]?.endsWith('.cpuprofile')) {
		report(JSON.parse(readFileSync(process.argv[2], 'utf8')) as Profile, 0);
		return;
	}
	const [key, side = 'ours', itemsText = '500', runsText = '3'] = process.argv.slice(2) as [VendorKey, string, string, string];
	const bench = VENDORS.find((candidate) => candidate.key === key);
	if (!bench || !['ours', 'floor'].includes(side)) throw new Error('usage: profile.js <comnica|ucontact|cention|sinch> <ours|floor> [items] [runs]');
	const items = Number(itemsText);
	const runs = Number(runsText);
	await Expression.initExpressionEngine({ engine: 'vm', poolSize: 1, maxCodeCacheSize: 1024, bridgeTimeout: 5000, bridgeMemoryLimit: 128 });
	const e = await engine();
	const sim = simulators[key]();
	const url = await sim.start(0, '127.0.0.1');
	try {
		const credential = e.credentials.add(bench.credentialType, bench.credentialData(url));
		let type = bench.nodeType;
		if (side === 'floor') {
			const floor = emptyRouting(e.nodeType(bench.nodeType));
			type = `${e.packageName}.${floor.description.name}`;
			e.addNodeType(type, floor);
		}
		const spec = { type, parameters: bench.parameters, credentials: { [bench.credentialType]: credential } };
		await e.run(spec, inputItems(20).map((json) => ({ json })));
		const input = inputItems(items).map((json) => ({ json }));
		const session = new Session();
		session.connect();
		await session.post('Profiler.enable');
		await session.post('Profiler.setSamplingInterval', { interval: 200 });
		await session.post('Profiler.start');
		for (let run = 0; run < runs; run++) await e.run(spec, input);
		const { profile } = (await session.post('Profiler.stop')) as { profile: Profile };
		session.disconnect();
		console.log(`${bench.title} ${bench.operation}, ${side === 'ours' ? 'our node' : 'its floor'}: ${runs} runs × ${items} items, vm expression engine`);
		report(profile, runs * items);
	} finally {
		await sim.stop();
		await Expression.disposeExpressionEngine();
	}
}

main().then(
	() => process.exit(0),
	(error: Error) => {
		console.error(error.stack ?? error.message);
		process.exit(1);
	},
);
