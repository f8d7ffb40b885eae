import type { IDataObject } from 'n8n-workflow';

/**
 * The PBX resends end-of-call data when it thinks a delivery failed, so the same call id can
 * arrive several times. Seen ids live in the trigger's static data (n8n saves it right after
 * each webhook call, so it survives restarts), pruned to the window. Requests of the same
 * process that overlap (a resend while the first delivery is still being read) are caught by
 * `claimed`, because static data is only saved once a request is answered. n8n loads static
 * data per request and saves it whole, so each save carries every id this process claimed:
 * two different calls answered at once do not overwrite each other's memory.
 */

const STATIC_KEY = 'receivedCalls';

const claimed = new Map<string, number>();

export interface DuplicateGuard {
	/** Static data of the trigger node. */
	staticData: IDataObject;
	/** Distinguishes workflows and nodes in this process. */
	scope: string;
	windowMs: number;
	now: number;
}

/** Ids seen within the window: the loaded static data and every claim of this process. */
function known(guard: DuplicateGuard): Record<string, number> {
	const oldest = guard.now - guard.windowMs;
	const seen: Record<string, number> = {};
	const stored = guard.staticData[STATIC_KEY];
	if (stored && typeof stored === 'object') {
		for (const [id, at] of Object.entries(stored as Record<string, unknown>)) {
			if (typeof at === 'number' && at >= oldest) seen[id] = at;
		}
	}
	const prefix = `${guard.scope}:`;
	for (const [key, at] of claimed) {
		if (at < oldest) claimed.delete(key);
		else if (key.startsWith(prefix)) seen[key.slice(prefix.length)] ??= at;
	}
	return seen;
}

/** True when the call id is new within the window (and remembers it); false for a repeat. */
export function claimCall(guard: DuplicateGuard, callId: string): boolean {
	const seen = known(guard);
	const repeat = seen[callId] !== undefined;
	if (!repeat) {
		seen[callId] = guard.now;
		claimed.set(`${guard.scope}:${callId}`, guard.now);
	}
	guard.staticData[STATIC_KEY] = seen;
	return !repeat;
}

/**
 * Call right before answering: n8n saves this request's static data then, and calls claimed
 * by other requests since this one's claim must be in it too, or a save that lands last
 * erases them (a real n8n lost 4 of 12 calls delivered at once; their resends ran again).
 */
export function rememberClaims(guard: DuplicateGuard): void {
	guard.staticData[STATIC_KEY] = known(guard);
}

/** Forgets a claim when the delivery could not be handed to the workflow, so the PBX's resend counts. */
export function releaseCall(guard: DuplicateGuard, callId: string): void {
	claimed.delete(`${guard.scope}:${callId}`);
	const stored = guard.staticData[STATIC_KEY] as Record<string, number> | undefined;
	if (stored && stored[callId] !== undefined) {
		const rest = { ...stored };
		delete rest[callId];
		guard.staticData[STATIC_KEY] = rest;
	}
}
