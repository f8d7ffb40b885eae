import type { ICredentialDataDecryptedObject, IExecutePaginationFunctions } from 'n8n-workflow';

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
