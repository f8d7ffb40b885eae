import { sleep } from 'n8n-workflow';
import type { ICredentialDataDecryptedObject, IExecutePaginationFunctions } from 'n8n-workflow';

import { allowLoginAfter, isUnfailedKey, othersLoggedInLately, refusedAfterRenewal } from './sessionLogin';
import type { SessionTakenError } from './sessionLogin';

/**
 * A real n8n reads the stored credential from its database once per item, for all items at
 * once. When no session is stored yet, every item that read it before the first login was
 * saved logs in again: dozens of logins for 1,000 items (`npm run bench`). So when a login is
 * due, the first request of an execution goes alone and the other items wait for it; they then
 * read the session n8n saved. With a session stored nobody waits.
 */
export interface SessionGate {
	/** The credential type that holds the session. */
	credentialType: string;
	/** True when the stored credential has no session yet, so the first request logs in. */
	needsLogin: (credentials: ICredentialDataDecryptedObject) => boolean;
	/** The session key stored in the credential. */
	storedKey: (credentials: ICredentialDataDecryptedObject) => string;
}

const firstRequests = new Map<string, Promise<void>>();

export async function afterFirstLogin<T>(context: IExecutePaginationFunctions, gate: SessionGate, send: () => Promise<T>): Promise<T> {
	const executionId = context.getExecutionId();
	if (!executionId) return await send();
	// Per execution and credential type (getNode() would copy the node for every request): nodes
	// of one execution that need a login at the same moment wait for the same first request.
	const key = `${executionId}\u0000${gate.credentialType}`;
	const first = firstRequests.get(key);
	if (first) {
		await first;
		return await send();
	}
	let open!: () => void;
	firstRequests.set(key, new Promise<void>((resolve) => (open = resolve)));
	try {
		if (!gate.needsLogin(await context.getCredentials(gate.credentialType))) open();
		return await send();
	} finally {
		open();
		firstRequests.delete(key);
	}
}

/** Any context of a node: each read gets the credential as n8n stores it now. */
interface CredentialReader {
	getCredentials(type: string): Promise<ICredentialDataDecryptedObject>;
}

/** Sends of one request after its session was ended by another process's login. */
const TAKEN_ATTEMPTS = 5;

/**
 * How long a request waits for another process's key to be stored. n8n stores a login's key
 * before its first request with it; with both workers busy the queue suite saw 3.5 s between
 * a worker's login and that request.
 */
const KEY_WAIT_MS = 10_000;

/** How long when no other process's key was seen here: if there is one, n8n stores its key right after its login. */
const UNSEEN_KEY_WAIT_MS = 2_000;

/**
 * Sends a request again when its session was ended by another process's login
 * (SessionTakenError, see sessionLogin.ts): once n8n stores a key that has not failed here, the
 * request goes out with it; when none appears, the next renewal may log in. Also when the key
 * n8n's own renewal gave was refused (n8n then fails the request): at once when a newer one
 * exists, else as for a taken session. At most TAKEN_ATTEMPTS sends, so a vendor that refuses
 * every key fails the request after a few logins.
 */
export async function retryTakenSessions<T>(context: CredentialReader, gate: SessionGate, send: () => Promise<T>): Promise<T> {
	let attempt = 1;
	const sendOnce = async (): Promise<T> => {
		const sentAt = Date.now();
		return await send().catch(async (error: unknown) => {
			const taken = takenSession(error);
			if ((!taken && !unauthorized(error)) || attempt++ >= TAKEN_ATTEMPTS) return await Promise.reject(error as Error);
			if (taken) {
				await waitForNewerKey(context, gate, taken.failedKey);
				return await sendOnce();
			}
			// Refused with the key n8n's renewal gave (n8n fails the request then): someone ended that
			// session at once, most likely another process's login (a worker, or the main's poll), whose
			// key no request here may have carried yet. Once more if a newer key was got here, or once
			// one is stored, or else with a login of this process.
			const refusal = refusedAfterRenewal(sentAt);
			if (!refusal.newerKey) await waitForNewerKey(context, gate, refusal.key);
			return await sendOnce();
		});
	};
	return await sendOnce();
}

async function waitForNewerKey(context: CredentialReader, gate: SessionGate, failedKey: string | undefined): Promise<void> {
	if (!(await storedKeyAppears(context, gate)) && failedKey !== undefined) allowLoginAfter(failedKey);
}

/** Polls of the stored credential in progress, by the key stored when each began. */
const polls = new Map<string, Promise<boolean>>();

/** Whether the stored key is, or within KEY_WAIT_MS (UNSEEN_KEY_WAIT_MS) and up to half that again becomes, one that has not failed here. */
async function storedKeyAppears(context: CredentialReader, gate: SessionGate): Promise<boolean> {
	const stored = await storedKey(context, gate);
	if (isUnfailedKey(stored)) return true;
	// Hundreds of items can wait at once: they share one poll instead of each reading the database.
	let poll = polls.get(stored);
	if (!poll) {
		poll = pollStoredKey(context, gate, othersLoggedInLately() ? KEY_WAIT_MS : UNSEEN_KEY_WAIT_MS).finally(() => polls.delete(stored));
		polls.set(stored, poll);
	}
	return await poll;
}

async function pollStoredKey(context: CredentialReader, gate: SessionGate, wait: number): Promise<boolean> {
	// Up to half as long again, at random: two workers that both find no key log in at different
	// moments, and the later one finds the earlier one's key instead of ending its session.
	const until = Date.now() + wait * (1 + Math.random() / 2);
	while (Date.now() < until) {
		await sleep(200 + Math.random() * 200);
		if (isUnfailedKey(await storedKey(context, gate))) return true;
	}
	return false;
}

/** The session key in the credential as n8n stores it now. */
async function storedKey(context: CredentialReader, gate: SessionGate): Promise<string> {
	return gate.storedKey(await context.getCredentials(gate.credentialType));
}

type Wrapped = { cause?: unknown; httpCode?: unknown; status?: unknown; response?: { status?: unknown }; sessionTaken?: boolean };

/** The error, or one it wraps (n8n wraps what preAuthentication throws), that `test` accepts. */
function causeWhere(error: unknown, test: (cause: Wrapped) => boolean): Wrapped | undefined {
	let current = error as Wrapped | undefined;
	for (let depth = 0; current && depth < 5; depth++) {
		if (test(current)) return current;
		current = current.cause as Wrapped | undefined;
	}
	return undefined;
}

/** A 401 of the vendor, however n8n wrapped it. */
function unauthorized(error: unknown): boolean {
	return causeWhere(error, (cause) => String(cause.httpCode ?? cause.status ?? cause.response?.status ?? '') === '401') !== undefined;
}

/** The SessionTakenError behind an error. */
function takenSession(error: unknown): SessionTakenError | undefined {
	return causeWhere(error, (cause) => cause.sessionTaken === true) as SessionTakenError | undefined;
}
