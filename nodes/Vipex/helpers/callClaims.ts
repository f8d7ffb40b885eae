import type { IDataObject } from 'n8n-workflow';

/**
 * The record of end-of-call deliveries one VIPeX Trigger keeps: which calls were accepted
 * (started the workflow) and which delivery holds a call while it stores the recording.
 * The deciding process keeps it in memory and writes it whole into the trigger's static data.
 */
export interface Claim {
	token: string;
	at: number;
}

export interface CallRecord {
	/** call id → when it was accepted */
	accepted: Record<string, number>;
	/** call id → the delivery holding it */
	claims: Record<string, Claim>;
}

export type ClaimAction = 'claim' | 'look' | 'accept' | 'release';

export interface ClaimView {
	/** The call was accepted already: this delivery is a repeat. */
	accepted: boolean;
	/** The delivery holding the call, if any. */
	claim?: Claim;
	/** For an accept: another delivery had accepted the call before. */
	acceptedBefore?: boolean;
}

export interface Limits {
	/** Accepted calls are remembered this long (Ignore Repeats Within). */
	windowMs: number;
	/** A claim not accepted within this time is dropped: its delivery died. */
	leaseMs: number;
}

const ACCEPTED = 'receivedCalls';
const CLAIMS = 'callClaims';

function numbers(value: unknown): Record<string, number> {
	if (!value || typeof value !== 'object') return {};
	return Object.fromEntries(Object.entries(value as IDataObject).filter(([, at]) => typeof at === 'number')) as Record<string, number>;
}

function claimsOf(value: unknown): Record<string, Claim> {
	if (!value || typeof value !== 'object') return {};
	return Object.fromEntries(
		Object.entries(value as IDataObject).filter(([, claim]) => typeof (claim as Claim)?.token === 'string' && typeof (claim as Claim)?.at === 'number'),
	) as Record<string, Claim>;
}

export function readRecord(staticData: IDataObject): CallRecord {
	return { accepted: numbers(staticData[ACCEPTED]), claims: claimsOf(staticData[CLAIMS]) };
}

export function writeRecord(staticData: IDataObject, record: CallRecord): void {
	staticData[ACCEPTED] = { ...record.accepted };
	staticData[CLAIMS] = { ...record.claims };
}

export function wasAccepted(record: CallRecord, callId: string, now: number, limits: Limits): boolean {
	const at = record.accepted[callId];
	return at !== undefined && at >= now - limits.windowMs;
}

/** Forgets accepted calls older than the window and claims older than the lease; true if it forgot any. */
function prune(record: CallRecord, now: number, limits: Limits): boolean {
	let changed = false;
	for (const [callId, at] of Object.entries(record.accepted)) {
		if (at < now - limits.windowMs) changed = delete record.accepted[callId];
	}
	for (const [callId, claim] of Object.entries(record.claims)) {
		if (claim.at < now - limits.leaseMs) changed = delete record.claims[callId];
	}
	return changed;
}

/**
 * One decision on a call, made by the one process that keeps the record; synchronous, so
 * atomic. `changed` tells whether the record must be saved again.
 */
export function act(
	record: CallRecord,
	action: ClaimAction,
	callId: string,
	token: string,
	now: number,
	limits: Limits,
): { view: ClaimView; changed: boolean } {
	let changed = prune(record, now, limits);
	const acceptedBefore = wasAccepted(record, callId, now, limits);
	const holder = record.claims[callId];
	// A claim by the delivery that holds the call renews its lease.
	if (action === 'claim' && !acceptedBefore && (holder === undefined || holder.token === token)) {
		record.claims[callId] = { token, at: now };
		changed = true;
	}
	if (action === 'accept' && !acceptedBefore) {
		record.accepted[callId] = now;
		changed = true;
	}
	if ((action === 'accept' || action === 'release') && holder?.token === token) changed = delete record.claims[callId];
	const claim = record.claims[callId];
	const view = { accepted: wasAccepted(record, callId, now, limits), ...(claim ? { claim: { ...claim } } : {}), acceptedBefore };
	return { view, changed };
}
