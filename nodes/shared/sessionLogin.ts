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
}

const sessions = new Map<string, Entry>();

export function accountKey(...parts: string[]): string {
	return createHash('sha256').update(parts.join('\u0000')).digest('hex');
}

export async function sharedLogin(
	account: string,
	staleKey: string,
	login: () => Promise<string>,
): Promise<string> {
	const entry = sessions.get(account);
	if (entry?.pending) return await entry.pending;
	if (entry?.key && staleKey !== '' && entry.key !== staleKey) return entry.key;

	const pending = login().then(
		(key) => {
			sessions.set(account, { key });
			return key;
		},
		(error: unknown) => {
			sessions.delete(account);
			throw error;
		},
	);
	sessions.set(account, { key: entry?.key, pending });
	return await pending;
}
