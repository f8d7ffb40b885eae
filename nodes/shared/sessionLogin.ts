import { createHash } from 'crypto';

/**
 * n8n runs a declarative node's items concurrently, and each request asks the credential
 * for a session when it has none (or after a 401). Without sharing, 100 items would log in
 * 100 times. Logins for the same account are therefore shared: one login is in flight at a
 * time, and a key that already replaced the stale one is reused instead of logging in again.
 */
interface Entry {
	key?: string;
	pending?: Promise<string>;
	/** A login the vendor refused, repeated to every caller until `until` instead of logging in again. */
	refused?: { error: unknown; until: number };
}

const sessions = new Map<string, Entry>();

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

export async function sharedLogin(
	account: string,
	staleKey: string,
	login: () => Promise<string>,
	options: LoginOptions = {},
): Promise<string> {
	const entry = sessions.get(account);
	if (entry?.pending) return await entry.pending;
	if (entry?.refused && Date.now() < entry.refused.until) throw entry.refused.error;
	if (entry?.key && staleKey !== '' && entry.key !== staleKey) return entry.key;

	const pending = login().then(
		(key) => {
			sessions.set(account, { key });
			return key;
		},
		(error: unknown) => {
			if (options.refused?.(error)) sessions.set(account, { refused: { error, until: Date.now() + REFUSED_LOGIN_MS } });
			else sessions.delete(account);
			throw error;
		},
	);
	sessions.set(account, { key: entry?.key, pending });
	return await pending;
}
