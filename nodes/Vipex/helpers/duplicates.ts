import { randomUUID } from 'crypto';
import { sleep } from 'n8n-workflow';
import type { IDataObject } from 'n8n-workflow';

import type { CallRecord, ClaimAction, ClaimView, Limits } from './callClaims';
import { act, readRecord, wasAccepted, writeRecord } from './callClaims';

/**
 * The PBX resends end-of-call data when its timeout passes, so one call can arrive several
 * times, in queue mode at several n8n processes at once (webhook processors behind a load
 * balancer). n8n 2.41 gives a node no atomic shared state: static data is loaded for each
 * request and saved whole afterwards, last write winning, and the store of n8n's Remove
 * Duplicates node reads, then writes. So one process decides for each trigger, in memory,
 * where a check and its change cannot interleave: the deciding process. It is named in the
 * trigger's static data with its own webhook address; the other processes ask it there
 * (claimRequests.ts). It writes the record of calls into the static data with every change,
 * so a process that takes over (the deciding one died or restarted) starts from it.
 *
 * A process becomes the deciding one by election, when none is named or the named one does
 * not answer: it writes itself as the deciding process, waits the settle time and looks again
 * (Fischer's timed mutual exclusion); only one election's write is left standing. Between
 * elections only the deciding process writes, so nothing it saved is overwritten.
 */

export interface Decider {
	url: string;
	token: string;
	/** Bumped with every change of the record, so unchanged records are not saved again. */
	version: number;
}

export type DeciderAction = 'elect' | 'whoDecides';

export interface ClaimMessage {
	action: ClaimAction | DeciderAction;
	callId: string;
	token: string;
	/** For an election: the deciding process that did not answer. */
	failed?: string;
	sent: number;
}

export interface ClaimAnswer extends Partial<ClaimView> {
	/** The asked process does not decide: here is who does (if anyone). */
	notDeciding?: boolean;
	/** The named deciding process is an earlier run of the asked one (it restarted). */
	restarted?: boolean;
	decider?: Decider;
}

/** How a delivery reaches processes: its own (through its webhook) and the deciding one. */
export interface Transport {
	ownUrl: string;
	send(url: string, message: ClaimMessage): Promise<ClaimAnswer>;
}

export interface DuplicateOptions extends Limits {
	/** Workflow and node: one process's memory serves all its triggers. */
	scope: string;
	/** 0: a single n8n process receives webhooks; it decides without an election. */
	settleMs: number;
}

/**
 * `hold` renews the claim before the workflow starts (false: the call was taken meanwhile);
 * `accept` records the call as received once n8n has queued its execution (false: another
 * delivery had been recorded first); `release` frees the call.
 */
export interface Won {
	outcome: 'new';
	hold: () => Promise<boolean>;
	accept: () => Promise<boolean>;
	release: () => Promise<void>;
}

export type Decision = Won | { outcome: 'repeat' } | { outcome: 'busy'; reason: string };

const DECIDER = 'decidingProcess';
const ATTEMPTS = 8;
const POLL_MS = 250;

interface ScopeMemory {
	/** This process, as deciding process of the scope. */
	token: string;
	/** Set while this process decides: the record of calls. */
	record?: CallRecord;
	version: number;
	/** The deciding process as this process last learned it. */
	known?: Decider;
}

const scopes = new Map<string, ScopeMemory>();
/** Calls accepted through this process: its resends are answered without asking anyone. */
const acceptedHere = new Map<string, number>();
/** A delivery deciding on a call in this process: overlapping ones wait for it. */
const deciding = new Map<string, Promise<Decision>>();
/** An election this process runs for a scope: deliveries that need one meanwhile wait for it. */
const elections = new Map<string, Promise<Decider | undefined>>();

function memoryOf(scope: string): ScopeMemory {
	let memory = scopes.get(scope);
	if (!memory) {
		memory = { token: randomUUID(), version: 0 };
		scopes.set(scope, memory);
	}
	return memory;
}

export function deciderIn(staticData: IDataObject): Decider | undefined {
	const stored = staticData[DECIDER] as Decider | undefined;
	return stored && typeof stored.url === 'string' && typeof stored.token === 'string' ? stored : undefined;
}

/** A process that sees another one named stops deciding (it lost an election it did not know of). */
function followStaticData(memory: ScopeMemory, staticData: IDataObject): void {
	if (memory.record && deciderIn(staticData)?.token !== memory.token) memory.record = undefined;
}

/** Writes the record (and this process as the deciding one) when it changed since the stored one. */
function save(memory: ScopeMemory, staticData: IDataObject, ownUrl: string): void {
	const stored = deciderIn(staticData);
	if (!memory.record || (stored?.token === memory.token && stored.version === memory.version)) return;
	writeRecord(staticData, memory.record);
	staticData[DECIDER] = { url: ownUrl, token: memory.token, version: memory.version } satisfies Decider;
}

/** A decision by this process, as the deciding one. */
function decideHere(memory: ScopeMemory, options: DuplicateOptions, message: ClaimMessage): ClaimView {
	const { view, changed } = act(memory.record!, message.action as ClaimAction, message.callId, message.token, Date.now(), options);
	if (changed) memory.version++;
	return view;
}

/** What a process answers to a claim request it received (through its webhook, static data fresh). */
export function answer(options: DuplicateOptions, staticData: IDataObject, message: ClaimMessage, ownUrl: string): ClaimAnswer {
	const memory = memoryOf(options.scope);
	followStaticData(memory, staticData);
	if (message.action === 'elect') {
		const current = deciderIn(staticData);
		if (!current || current.token === message.failed) staticData[DECIDER] = { url: ownUrl, token: memory.token, version: -1 } satisfies Decider;
		return { decider: deciderIn(staticData) };
	}
	if (message.action === 'whoDecides') {
		const current = deciderIn(staticData);
		// Won: decide from the record as the last deciding process saved it.
		if (current?.token === memory.token && !memory.record) memory.record = readRecord(staticData);
		return { decider: current };
	}
	if (!memory.record) {
		const named = deciderIn(staticData);
		return { notDeciding: true, decider: named, restarted: named?.url === ownUrl && named.token !== memory.token };
	}
	const view = decideHere(memory, options, message);
	save(memory, staticData, ownUrl);
	return view;
}

/**
 * Decides whether this delivery of a call goes ahead. `loaded` is the delivery's static data:
 * it is saved after the delivery is answered, so it carries the record when this process
 * decides itself.
 */
export async function decide(options: DuplicateOptions, callId: string, loaded: IDataObject, transport: Transport): Promise<Decision> {
	const now = Date.now();
	const known = acceptedHere.get(`${options.scope}\u0000${callId}`);
	if ((known !== undefined && known >= now - options.windowMs) || wasAccepted(readRecord(loaded), callId, now, options)) return { outcome: 'repeat' };
	const key = `${options.scope}\u0000${callId}`;
	const running = deciding.get(key);
	if (running) {
		const first = await running;
		return first.outcome === 'busy' ? first : { outcome: 'repeat' };
	}
	const decision = decideOnce(options, callId, loaded, transport);
	deciding.set(key, decision);
	try {
		return await decision;
	} finally {
		deciding.delete(key);
	}
}

async function decideOnce(options: DuplicateOptions, callId: string, loaded: IDataObject, transport: Transport): Promise<Decision> {
	const memory = memoryOf(options.scope);
	followStaticData(memory, loaded);
	if (options.settleMs === 0 && !memory.record) memory.record = readRecord(loaded);
	let decider = options.settleMs === 0 ? undefined : (deciderIn(loaded) ?? memory.known);
	const token = randomUUID();
	/** Sends a message to the deciding process, or decides here when that is this process. */
	const ask = async (action: ClaimAction): Promise<ClaimAnswer> => {
		const message: ClaimMessage = { action, callId, token, sent: Date.now() };
		if (memory.record && (options.settleMs === 0 || decider?.token === memory.token)) {
			const view = decideHere(memory, options, message);
			save(memory, loaded, transport.ownUrl);
			return view;
		}
		return await transport.send(decider!.url, message);
	};

	for (let attempt = 0; attempt < ATTEMPTS; attempt++) {
		if (options.settleMs > 0 && !decider) decider = await elect(options, transport);
		if (options.settleMs > 0 && !decider) continue;
		let view: ClaimAnswer;
		try {
			view = await ask('claim');
		} catch {
			// The deciding process does not answer: elect another, naming this one as failed.
			decider = await elect(options, transport, decider?.token);
			continue;
		}
		if (view.notDeciding) {
			// Restarted: elect again. Another process named: ask it. Still being elected: ask again shortly.
			if (view.restarted) decider = await elect(options, transport, decider?.token);
			else if (view.decider && view.decider.token !== decider?.token) decider = view.decider;
			else await sleep(POLL_MS);
			memory.known = decider;
			continue;
		}
		if (view.accepted) return { outcome: 'repeat' };
		if (view.claim?.token === token) return won(options, callId, token, ask, async (message) => await transport.send(decider?.url ?? transport.ownUrl, message));
		if (await acceptedWhileHeld(options, view.claim?.token, ask)) return { outcome: 'repeat' };
	}
	return { outcome: 'busy', reason: 'another delivery of this call is still being received' };
}

function won(
	options: DuplicateOptions,
	callId: string,
	token: string,
	ask: (action: ClaimAction) => Promise<ClaimAnswer>,
	askDecider: (message: ClaimMessage) => Promise<ClaimAnswer>,
): Won {
	// After the delivery's static data was saved: through the deciding process's webhook (this
	// process's own when it decides alone), so the record is saved with that request.
	const tell = async (action: ClaimAction) =>
		await askDecider({ action, callId, token, sent: Date.now() }).catch(async (error: Error) => {
			if (options.settleMs > 0) throw error;
			return await ask(action);
		});
	// A loaded machine can take longer than the lease to store the recording and to save and
	// queue the execution: the delivery renews its claim until the call is recorded or released.
	let renewing = true;
	const stopRenewing = () => (renewing = false);
	void (async () => {
		for (let round = 0; round < 10; round++) {
			await sleep(options.leaseMs / 3);
			if (!renewing) return;
			await tell('claim').catch(() => undefined);
		}
	})();
	return {
		outcome: 'new',
		hold: async () => {
			const view = await ask('claim');
			const held = !view.accepted && view.claim?.token === token;
			if (!held) stopRenewing();
			return held;
		},
		accept: async () => {
			stopRenewing();
			const view = await tell('accept');
			if (!view.accepted) throw new Error(`call ${callId} could not be recorded as received`);
			acceptedHere.set(`${options.scope}\u0000${callId}`, Date.now());
			return view.acceptedBefore !== true;
		},
		release: async () => {
			stopRenewing();
			await ask('release').catch(() => undefined);
		},
	};
}

/** Waits while another delivery holds the call: true once the call is accepted, false when the claim is gone. */
async function acceptedWhileHeld(options: DuplicateOptions, holder: string | undefined, ask: (action: ClaimAction) => Promise<ClaimAnswer>): Promise<boolean> {
	const deadline = Date.now() + options.leaseMs + POLL_MS;
	while (holder !== undefined && Date.now() < deadline) {
		await sleep(POLL_MS);
		const view = await ask('look').catch(() => undefined);
		if (!view || view.notDeciding) return false;
		if (view.accepted) return true;
		if (view.claim?.token !== holder) return false;
	}
	return false;
}

/**
 * Elects a deciding process through this process's own webhook: write this process if none
 * is named (or the named one failed), wait the settle time, then read who is named. One
 * election at a time per process: deliveries arriving meanwhile wait for its result.
 */
async function elect(options: DuplicateOptions, transport: Transport, failed?: string): Promise<Decider | undefined> {
	const running = elections.get(options.scope);
	if (running) return await running;
	const message = (action: DeciderAction): ClaimMessage => ({ action, callId: '', token: '', failed, sent: Date.now() });
	const election = (async () => {
		await transport.send(transport.ownUrl, message('elect'));
		await sleep(options.settleMs);
		return (await transport.send(transport.ownUrl, message('whoDecides'))).decider;
	})();
	elections.set(options.scope, election);
	try {
		const decider = await election;
		memoryOf(options.scope).known = decider;
		return decider;
	} finally {
		elections.delete(options.scope);
	}
}
