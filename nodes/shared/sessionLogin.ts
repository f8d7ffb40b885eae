import { createHash } from 'crypto';

/**
 * n8n runs a declarative node's items concurrently, and each request asks the credential
 * for a session when it has none (or after a 401). Without sharing, 100 items would log in
 * 100 times. Logins for the same account are therefore shared: one login is in flight at a
 * time, and a key that already replaced a failed one is reused instead of logging in again.
 *
 * In queue mode several workers use one credential, and a vendor may allow one live session
 * per user: a worker's login then ends the session of the others, whose next login ends this
 * one's, and so on. So when this process's key fails while requests here already carried
 * another process's key (seen by the credential's authenticate, keyToSend), it takes that key
 * over instead of logging in. If that one failed too, soon after, it does not log in either: it
 * throws SessionTakenError, and the request is sent again once n8n stores a key that has not
 * failed here (see retryTakenSessions in sessionGate.ts). The same when a young key that
 * replaced a young one fails: logins that keep ending each other. Each process gives n8n a
 * renewed key to store once (sessionToStore) and sends with it (keyToSend).
 */
interface Entry {
	key?: string;
	/** When this process got `key` (logged in, or took it over from another process). */
	at?: number;
	/** When this process got the key that `key` replaced. */
	before?: number;
	/** The key of this account that a request here last carried and this process did not get, and when. */
	foreign?: { key: string; at: number };
	pending?: Promise<string>;
	/** A login the vendor refused, repeated to every caller until `until` instead of logging in again. */
	refused?: { error: unknown; until: number };
}

const sessions = new Map<string, Entry>();
/** Keys a request failed with: never reused. */
const failedKeys = new Set<string>();
/** Failed keys whose replacement the request guard found nowhere: the next request may log in. */
const loginAllowed = new Set<string>();

/** A key this young that fails was most likely ended by another process's login. */
export const TAKEN_OVER_MS = 30_000;

export class SessionTakenError extends Error {
	readonly sessionTaken = true;

	constructor(readonly failedKey: string) {
		super('The session ended right after this n8n process logged in: another process (an n8n worker) or user probably logged in with the same user');
	}
}

/**
 * How long a refused login (wrong user or password) is answered from memory. Every item of an
 * execution, and n8n's own retry after a 401, would otherwise log in again with the same wrong
 * password, and repeated failed logins can lock the account.
 */
export const REFUSED_LOGIN_MS = 60_000;

export interface LoginOptions {
	/** Whether the login's error means the vendor refused the user or password. */
	refused?: (error: unknown) => boolean;
}

export function accountKey(...parts: string[]): string {
	return createHash('sha256').update(parts.join('\u0000')).digest('hex');
}

/** When a request last carried a key of any account that this process did not get. */
let lastForeignAt = 0;

/**
 * For the credential's authenticate: the key a request goes out with. The stored key it read,
 * unless that one is empty or failed here while this process holds a key that has not: then
 * this process's key (n8n stores a key once per process, see sessionToStore, so the stored one
 * can lag behind).
 */
export function keyToSend(account: string, stored: string): string {
	const own = sessions.get(account)?.key;
	if ((stored === '' || failedKeys.has(stored)) && own !== undefined && !failedKeys.has(own)) return own;
	keyInUse(account, stored);
	return stored;
}

/** Notes the stored key a request carries when it is another process's. */
function keyInUse(account: string, key: string): void {
	const entry = sessions.get(account);
	if (!entry?.key || key === '' || key === entry.key || failedKeys.has(key)) return;
	lastForeignAt = Date.now();
	entry.foreign = { key, at: lastForeignAt };
}

/** Whether another process's key was in use here lately: then its next one is worth waiting longer for. */
export function othersLoggedInLately(): boolean {
	return Date.now() - lastForeignAt < TAKEN_OVER_MS;
}

/** A stored key not known to have failed here. */
export function isUnfailedKey(key: string): boolean {
	return key !== '' && !failedKeys.has(key);
}

/** Lets the next renewal of this failed key log in (the guard found no other process's key). */
export function allowLoginAfter(failedKey: string): void {
	loginAllowed.add(failedKey);
}

/** When each key was last given to a request: tells which key a request's renewal gave it. */
const givenAt = new Map<string, number>();

export interface Refusal {
	/** The key the request was refused with, when known (a single key was given since it was sent). */
	key?: string;
	/** Whether a key given since has not failed (another item's renewal got a newer one): worth sending again. */
	newerKey: boolean;
}

/**
 * A request sent at `sentAt` was refused with the key n8n's renewal gave it (n8n then fails
 * it). When a single key was given since, that was the one, and it failed too.
 */
export function refusedAfterRenewal(sentAt: number): Refusal {
	const given = [...givenAt].filter(([, at]) => at >= sentAt).map(([key]) => key);
	const key = given.length === 1 ? given[0] : undefined;
	if (key !== undefined) failedKeys.add(key);
	return { key, newerKey: given.some((other) => !failedKeys.has(other)) };
}

/** Keys this process gave n8n to store. */
const storedKeys = new Set<string>();

/**
 * For the credential's preAuthentication: the session key for n8n to store, or undefined when
 * a key failed and this process gave the new one before. n8n writes the credential for every
 * renewal that returns a key: hundreds of writes of one key, landing in no set order for
 * seconds, left another worker reading an ended key (the queue suite). Without a key returned,
 * n8n sends the request again with the credential as it was, and keyToSend puts this process's
 * key in. A credential with no key stored ('' passed, e.g. a new one of a known account) gets it.
 */
export async function sessionToStore(
	account: string,
	staleKey: string,
	login: () => Promise<string>,
	options: LoginOptions = {},
): Promise<string | undefined> {
	const key = await sharedLogin(account, staleKey, login, options);
	if (staleKey !== '' && storedKeys.has(key)) return undefined;
	storedKeys.add(key);
	return key;
}

export async function sharedLogin(
	account: string,
	staleKey: string,
	login: () => Promise<string>,
	options: LoginOptions = {},
): Promise<string> {
	const key = await sessionKey(account, staleKey, login, options);
	givenAt.set(key, Date.now());
	return key;
}

async function sessionKey(account: string, staleKey: string, login: () => Promise<string>, options: LoginOptions): Promise<string> {
	// n8n passes the stored key only after a request failed with it.
	if (staleKey !== '') failedKeys.add(staleKey);
	const entry = sessions.get(account);
	if (entry?.pending) return await entry.pending;
	if (entry?.refused && Date.now() < entry.refused.until) throw entry.refused.error;
	// Reuses the key another request already got. Also with no key stored ('' passed): n8n
	// stores a login's key a moment after it, and the items that read the credential meanwhile
	// would each log in again (the queue suite counted 3 logins over 2 workers).
	if (entry?.key && !failedKeys.has(entry.key)) return entry.key;
	// This process's latest key failed, whichever key the request itself carried (the stored key
	// can be an older one: n8n stores what every item's renewal returned, in no set order).
	// Another process's key seen since is most likely what ended it: take that one over.
	const own = entry?.key;
	const foreign = entry?.foreign;
	if (own !== undefined && foreign && !failedKeys.has(foreign.key)) {
		// Got when first seen, so that its failing too counts as another process's doing (below).
		sessions.set(account, { key: foreign.key, at: foreign.at, foreign });
		return foreign.key;
	}
	// Young, and another process's key seen since, though that one failed too: wait for the key of
	// the login that ended it instead of ending that session with one more login.
	const young = own !== undefined && entry?.at !== undefined && Date.now() - entry.at < TAKEN_OVER_MS;
	const othersKeyInUse = young && foreign !== undefined && foreign.at >= entry.at!;
	// Or a young key that itself replaced a young one: logins here keep ending sessions, most likely
	// another process's, whose key n8n stores once (this process may not have seen it yet).
	const churning = young && entry.before !== undefined && entry.at! - entry.before < TAKEN_OVER_MS;
	if ((othersKeyInUse || churning) && !loginAllowed.delete(own)) throw new SessionTakenError(own);

	const pending = login().then(
		(key) => {
			sessions.set(account, { key, at: Date.now(), before: entry?.at });
			return key;
		},
		(error: unknown) => {
			if (options.refused?.(error)) sessions.set(account, { refused: { error, until: Date.now() + REFUSED_LOGIN_MS } });
			else sessions.delete(account);
			throw error;
		},
	);
	sessions.set(account, { ...entry, pending });
	return await pending;
}
