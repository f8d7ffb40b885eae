import { createHash } from 'crypto';

/**
 * n8n runs a declarative node's items concurrently, and each request asks the credential
 * for a session when it has none (or after a 401). Without sharing, 100 items would log in
 * 100 times. Logins for the same account are therefore shared: one login is in flight at a
 * time, and a key that already replaced a failed one is reused instead of logging in again.
 *
 * In queue mode several workers use one credential, and a vendor may allow one live session
 * per user: a worker's login then ends the session of the others, whose next login ends this
 * one's, and so on. So when this process's key fails soon after its login while requests
 * already carry another process's key (seen by the credential's authenticate, keyInUse), it
 * does not log in again: it throws SessionTakenError, and the request is sent again with the
 * key n8n stored by then (see retryTakenSessions in sessionGate.ts).
 */
interface Entry {
	key?: string;
	/** When this process got `key`. */
	at?: number;
	/** When a request last carried a key of this account that this process did not get. */
	foreignAt?: number;
	pending?: Promise<string>;
	/** A login the vendor refused, repeated to every caller until `until` instead of logging in again. */
	refused?: { error: unknown; until: number };
}

const sessions = new Map<string, Entry>();
/** Keys a request failed with: never reused. */
const failedKeys = new Set<string>();
/** Keys this process logged in with. */
const ownKeys = new Set<string>();
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

/** Called for every request (by the credential's authenticate) with the key it carries. */
export function keyInUse(account: string, key: string): void {
	const entry = sessions.get(account);
	if (entry?.key && key !== '' && key !== entry.key && !failedKeys.has(key)) entry.foreignAt = Date.now();
}

/** A stored key another process logged in with, not known to have failed here. */
export function isOthersKey(key: string): boolean {
	return key !== '' && !ownKeys.has(key) && !failedKeys.has(key);
}

/** Lets the next renewal of this failed key log in (the guard found no other process's key). */
export function allowLoginAfter(failedKey: string): void {
	loginAllowed.add(failedKey);
}

export async function sharedLogin(
	account: string,
	staleKey: string,
	login: () => Promise<string>,
	options: LoginOptions = {},
): Promise<string> {
	// n8n passes the stored key only after a request failed with it.
	if (staleKey !== '') failedKeys.add(staleKey);
	const entry = sessions.get(account);
	if (entry?.pending) return await entry.pending;
	if (entry?.refused && Date.now() < entry.refused.until) throw entry.refused.error;
	// Reuses the key another request already got. Also with no key stored ('' passed): n8n
	// stores a login's key a moment after it, and the items that read the credential meanwhile
	// would each log in again (the queue suite counted 3 logins over 2 workers).
	if (entry?.key && !failedKeys.has(entry.key)) return entry.key;
	const mine = staleKey !== '' && entry?.key === staleKey;
	const young = mine && entry.at !== undefined && Date.now() - entry.at < TAKEN_OVER_MS;
	const othersKeyInUse = young && entry.foreignAt !== undefined && entry.foreignAt >= entry.at!;
	if (othersKeyInUse && !loginAllowed.delete(staleKey)) throw new SessionTakenError(staleKey);

	const pending = login().then(
		(key) => {
			ownKeys.add(key);
			sessions.set(account, { key, at: Date.now() });
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
