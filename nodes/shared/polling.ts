import { createHash } from 'crypto';

import type { IDataObject, INodeExecutionData, IPollFunctions, IRun } from 'n8n-workflow';

/**
 * What every polling trigger of the package shares: state in the workflow's static data (n8n
 * saves it when the poll starts an execution, and at activation), "start from now" on the first
 * poll, a cursor of seen ids, and, for the vendors whose feed is consumed by reading it
 * (Cention's changed flags), executions whose outcome the trigger waits for.
 */

/**
 * The node's state in the workflow's static data (kept across polls and restarts). n8n only
 * notices writes to the node's own object, not inside objects added to it later: assign its
 * top-level keys anew (`state.seen = next`), never change their values in place.
 */
export function pollState<T extends object>(context: IPollFunctions): Partial<T> & IDataObject {
	return context.getWorkflowStaticData('node') as Partial<T> & IDataObject;
}

/** "Fetch Test Event" in the editor: a recent sample, the state left alone. */
export function isManual(context: IPollFunctions): boolean {
	return context.getMode() === 'manual';
}

// ── Seen ids ──────────────────────────────────────────────────────────────────

/** A short, stable hash of a value: object keys are sorted, so key order does not matter. */
export function fingerprint(value: unknown): string {
	return createHash('sha1').update(stableJson(value)).digest('base64').slice(0, 12);
}

function stableJson(value: unknown): string {
	if (Array.isArray(value)) return `[${value.map(stableJson).join(',')}]`;
	if (value !== null && typeof value === 'object') {
		const entries = Object.keys(value as object)
			.sort()
			.map((key) => `${JSON.stringify(key)}:${stableJson((value as IDataObject)[key])}`);
		return `{${entries.join(',')}}`;
	}
	return JSON.stringify(value) ?? 'null';
}

/** Id → version (a fingerprint or a date) of everything the last answer held. */
export type SeenIds = Record<string, string>;

export interface SeenComparison<T> {
	added: T[];
	changed: T[];
	/** The cursor to keep: exactly the ids of this answer, so it never outgrows the vendor's list. */
	next: SeenIds;
}

/** Which rows of a complete answer are new, which changed version, and the cursor to keep. */
export function compareWithSeen<T>(
	seen: SeenIds,
	rows: T[],
	idOf: (row: T) => string,
	versionOf: (row: T) => string,
): SeenComparison<T> {
	const added: T[] = [];
	const changed: T[] = [];
	const next: SeenIds = {};
	for (const row of rows) {
		const id = idOf(row);
		if (id === '' || id in next) continue;
		const version = versionOf(row);
		next[id] = version;
		if (!(id in seen)) added.push(row);
		else if (seen[id] !== version) changed.push(row);
	}
	return { added, changed, next };
}

// ── Feeds that are consumed by reading them ─────────────────────────────────

/**
 * What a trigger remembers only while this n8n process runs: items whose execution has not
 * ended, failed items waiting to be retried, and the work started when an execution ends.
 * Kept per static-data object, which n8n creates anew when it loads the workflow (activation,
 * restart): a restart starts with nothing in flight, as it should.
 */
export interface PollMemory {
	inFlight: Set<string>;
	failures: Map<string, { attempts: number; retryAt: number }>;
	settling: Set<Promise<void>>;
}

const memories = new WeakMap<object, Map<string, PollMemory>>();

/** The memory of one feed of a node (`state` is the node's static data). */
export function pollMemory(state: object, feed: string): PollMemory {
	let feeds = memories.get(state);
	if (!feeds) {
		feeds = new Map();
		memories.set(state, feeds);
	}
	let memory = feeds.get(feed);
	if (!memory) {
		memory = { inFlight: new Set(), failures: new Map(), settling: new Set() };
		feeds.set(feed, memory);
	}
	return memory;
}

/** Waits for the work started by executions that ended (e.g. clearing a flag), not for running executions. */
export async function settle(memory: PollMemory): Promise<void> {
	await Promise.all([...memory.settling]);
}

/** The same for every feed of a node: the engine tests wait for it before they look. */
export async function settleAll(state: object): Promise<void> {
	await Promise.all([...(memories.get(state)?.values() ?? [])].map(settle));
}

export type Outcome = 'succeeded' | 'failed';

/** A waiting execution got its data and goes on later; an error, a crash or a stop did not finish it. */
export function outcomeOf(run: IRun | undefined): Outcome {
	if (!run) return 'failed';
	if (run.status === 'success' || run.status === 'waiting') return 'succeeded';
	return 'failed';
}

const MAX_BACKOFF_MINUTES = 60;

/** After the n-th failure in a row an item waits 1, 2, 4 … up to 60 minutes before it is emitted again. */
export function recordOutcome(memory: PollMemory, id: string, outcome: Outcome, now = Date.now()): void {
	if (outcome === 'succeeded') {
		memory.failures.delete(id);
		return;
	}
	const attempts = (memory.failures.get(id)?.attempts ?? 0) + 1;
	const minutes = Math.min(2 ** (attempts - 1), MAX_BACKOFF_MINUTES);
	memory.failures.set(id, { attempts, retryAt: now + minutes * 60_000 });
}

export function isBackingOff(memory: PollMemory, id: string, now = Date.now()): boolean {
	const failure = memory.failures.get(id);
	return failure !== undefined && failure.retryAt > now;
}

/**
 * Starts one execution for one item and runs `whenDone` with its outcome once it has ended.
 * A poll that returns its items cannot learn how their execution ended; n8n's `__emit` with a
 * done promise can (IPollFunctions). The poll then returns null. If n8n cannot tell the
 * outcome, it counts as failed: the item is emitted again rather than lost.
 */
export function emitAndWatch(
	context: IPollFunctions,
	memory: PollMemory,
	item: INodeExecutionData,
	whenDone: (outcome: Outcome) => Promise<void>,
): void {
	const done = context.helpers.createDeferredPromise<IRun | undefined>();
	void done.promise.then(outcomeOf, (): Outcome => 'failed').then((outcome) => {
		// Tracked from the execution's end only: a poll waits for this work, never for a running execution.
		const work = whenDone(outcome).catch((error: Error) => {
			context.logger.warn(`${context.getNode().name}: could not finish an item after its execution: ${error.message}`);
		});
		const tracked = work.finally(() => memory.settling.delete(tracked));
		memory.settling.add(tracked);
	});
	context.__emit([[item]], undefined, done);
}

/**
 * "Start from now" for a feed of changed ids: the ids already changed when the trigger was
 * first activated are history, the backlog. On the first poll they are noted (under `key` in
 * the state) and nothing is returned; later polls clear a batch of them with `clear` (reading
 * them without emitting), so a long backlog does not hold up the activation, and return the ids
 * left to the feed.
 */
export async function afterBacklog(
	state: IDataObject,
	key: string,
	changedIds: string[],
	clear: (id: string) => Promise<unknown>,
	perPoll = 200,
): Promise<string[] | undefined> {
	const backlog = state[key] as string[] | undefined;
	if (backlog === undefined) {
		state[key] = [...new Set(changedIds)];
		return undefined;
	}
	const { batch, feed, remaining } = splitBacklog(backlog, changedIds, perPoll);
	for (const id of batch) await clear(id);
	state[key] = remaining;
	return feed;
}

/** Which backlog ids this poll clears, the ids left to the feed, and the backlog to keep once they are cleared. */
export function splitBacklog(
	backlog: string[],
	changedIds: string[],
	perPoll: number,
): { batch: string[]; feed: string[]; remaining: string[] } {
	const old = new Set(backlog);
	// Ids another client cleared meanwhile leave the backlog too.
	const stillChanged = changedIds.filter((id) => old.has(id));
	return {
		batch: stillChanged.slice(0, perPoll),
		feed: changedIds.filter((id) => !old.has(id)),
		remaining: stillChanged.slice(perPoll),
	};
}
