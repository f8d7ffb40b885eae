import type { IDataObject } from 'n8n-workflow';

import type * as Duplicates from '../../nodes/Vipex/helpers/duplicates';
import type { ClaimMessage, Transport } from '../../nodes/Vipex/helpers/duplicates';

/**
 * The VIPeX Trigger between n8n processes (queue mode), with n8n's storage as it is: every
 * request loads the workflow's static data and, when it changed it, saves the whole object
 * afterwards, last write winning. Each "process" is its own copy of the trigger's module
 * (its own memory); a claim request to a process runs that process's `answer`. Requests
 * overlap with random delays.
 */

type Module = typeof Duplicates;

function loadModule(): Module {
	let loaded!: Module;
	jest.isolateModules(() => {
		loaded = require('../../nodes/Vipex/helpers/duplicates') as Module;
	});
	return loaded;
}

const pause = async (ms: number) => await new Promise((resolve) => setTimeout(resolve, ms));
const copy = (data: IDataObject) => JSON.parse(JSON.stringify(data)) as IDataObject;

const options = { scope: 'workflow:vipex-node', windowMs: 60 * 60_000, leaseMs: 2_000, settleMs: 150 };

/** One n8n with its database (one workflow's static data) and its processes. */
class Cluster {
	data: IDataObject = {};

	readonly processes: Array<{ url: string; module: Module; dead: boolean }>;

	constructor(count: number, private readonly maxDelayMs = 20) {
		this.processes = Array.from({ length: count }, (_, index) => ({ url: `http://process-${index}/webhook/x/vipex`, module: loadModule(), dead: false }));
	}

	/** A webhook request at a process: load, run, save if changed (after a delay), answer. */
	async request<T>(url: string, run: (loaded: IDataObject, module: Module) => T | Promise<T>): Promise<T> {
		const process = this.processes.find((candidate) => candidate.url === url)!;
		if (process.dead) throw Object.assign(new Error('connect ECONNREFUSED'), { code: 'ECONNREFUSED' });
		await pause(Math.random() * this.maxDelayMs);
		const loaded = copy(this.data);
		const before = JSON.stringify(loaded);
		const result = await run(loaded, process.module);
		await pause(Math.random() * this.maxDelayMs);
		if (JSON.stringify(loaded) !== before) this.data = loaded;
		return result;
	}

	transport(url: string): Transport {
		return {
			ownUrl: url,
			send: async (target: string, message: ClaimMessage) =>
				await this.request(target, (loaded, module) => copy(module.answer(options, loaded, message, target) as IDataObject)),
		};
	}

	/**
	 * An end-of-call delivery at a process: 'new' when it started the workflow. `queueingMs`: how
	 * long n8n takes to save and queue the execution before it answers.
	 */
	async deliver(index: number, callId: string, queueingMs = 0): Promise<string> {
		const { url } = this.processes[index];
		const decision = await this.request(url, async (loaded, module) => {
			const decided = await module.decide(options, callId, loaded, this.transport(url));
			if (decided.outcome !== 'new') return decided;
			return (await decided.hold()) ? decided : { outcome: 'repeat' as const };
		});
		if (decision.outcome !== 'new') return decision.outcome;
		// The workflow starts here; the trigger records the call once n8n has answered.
		await pause(queueingMs);
		await decision.accept();
		return 'new';
	}

	accepted(): string[] {
		return Object.keys((this.data.receivedCalls as IDataObject) ?? {}).sort();
	}
}

function newPerCall(outcomes: Array<{ callId: string; outcome: string }>): Record<string, number> {
	const counts: Record<string, number> = {};
	for (const { callId, outcome } of outcomes) counts[callId] = (counts[callId] ?? 0) + (outcome === 'new' ? 1 : 0);
	return counts;
}

describe('VPX-W3 one execution per call across n8n processes (queue mode)', () => {
	test('VPX-W3 60 calls, each delivered 3× at once, spread over two processes that save over each other: one delivery per call goes ahead', async () => {
		const cluster = new Cluster(2);
		const calls = Array.from({ length: 60 }, (_, index) => String(70000 + index));

		const outcomes = await Promise.all(
			calls.flatMap((callId, index) => [0, 1, 2].map(async (copyIndex) => ({ callId, outcome: await cluster.deliver((index + copyIndex) % 2, callId) }))),
		);

		expect(newPerCall(outcomes)).toEqual(Object.fromEntries(calls.map((callId) => [callId, 1])));
		expect(outcomes.filter(({ outcome }) => outcome === 'busy')).toEqual([]);
		expect(cluster.accepted()).toEqual(calls);
		expect(cluster.data.callClaims).toEqual({});
	});

	test('VPX-W3 a resend at the other process after the call was accepted: a repeat', async () => {
		const cluster = new Cluster(2);
		expect(await cluster.deliver(0, '76355')).toBe('new');
		expect(await cluster.deliver(1, '76355')).toBe('repeat');
		expect(await cluster.deliver(0, '76355')).toBe('repeat');
	});

	test('VPX-W3 the deciding process dies: the other is elected from what it saved, and no call runs twice', async () => {
		const cluster = new Cluster(2);
		const before = ['1', '2', '3', '4'];
		await Promise.all(before.map(async (callId, index) => await cluster.deliver(index % 2, callId)));
		const decider = cluster.processes.find((process) => (cluster.data.decidingProcess as IDataObject).url === process.url)!;
		decider.dead = true;
		const survivor = cluster.processes.indexOf(cluster.processes.find((process) => !process.dead)!);

		// The PBX resends the earlier calls and sends new ones; all land on the survivor.
		const outcomes = await Promise.all(
			['1', '2', '3', '4', '5', '6'].flatMap((callId) => [0, 1].map(async () => ({ callId, outcome: await cluster.deliver(survivor, callId) }))),
		);
		expect(newPerCall(outcomes)).toEqual({ '1': 0, '2': 0, '3': 0, '4': 0, '5': 1, '6': 1 });
		expect((cluster.data.decidingProcess as IDataObject).url).toBe(cluster.processes[survivor].url);
	});

	test('VPX-W3 n8n takes longer than the claim\'s lease to queue the execution: the delivery keeps its claim, a copy at the other process does not start the call', async () => {
		const cluster = new Cluster(2);
		const slow = cluster.deliver(0, '60001', 2.5 * options.leaseMs);
		await pause(options.settleMs * 3);
		const copy = await cluster.deliver(1, '60001');
		expect([await slow, copy]).toEqual(['new', expect.stringMatching(/^(repeat|busy)$/)]);
		expect(await cluster.deliver(1, '60001')).toBe('repeat');
	}, 30_000);

	test('VPX-W3 a released call (recording not stored) goes ahead on the resend', async () => {
		const cluster = new Cluster(1);
		const { url, module } = cluster.processes[0];
		await cluster.request(url, async (loaded) => {
			const decision = await module.decide(options, '50001', loaded, cluster.transport(url));
			expect(decision.outcome).toBe('new');
			if (decision.outcome === 'new') await decision.release();
		});
		expect(await cluster.deliver(0, '50001')).toBe('new');
	});
});
