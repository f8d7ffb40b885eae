import { sleep } from 'n8n-workflow';
import type { ICredentialDataDecryptedObject, IExecutePaginationFunctions } from 'n8n-workflow';

import { allowLoginAfter, isOthersKey } from './sessionLogin';
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
 * Sends a request again when its session was ended by another process's login
 * (SessionTakenError, see sessionLogin.ts): once n8n stores the other process's key, the
 * request goes out with it. When no newer key appears, the next renewal may log in.
 */
export async function retryTakenSessions<T>(context: CredentialReader, gate: SessionGate, send: () => Promise<T>): Promise<T> {
	let attempt = 1;
	const sendOnce = async (): Promise<T> =>
		await send().catch(async (error: unknown) => {
			const taken = takenSession(error);
			if ((!taken && !unauthorized(error)) || attempt++ >= TAKEN_ATTEMPTS) return await Promise.reject(error as Error);
			if (taken) await waitForNewerKey(context, gate, taken.failedKey);
			// A 401 after n8n's own renewal: another process logged in after it; once its key is
			// stored, once more with that key. Otherwise the 401 stands.
			else if (!(await othersKeyStored(context, gate))) return await Promise.reject(error as Error);
			return await sendOnce();
		});
	return await sendOnce();
}

async function waitForNewerKey(context: CredentialReader, gate: SessionGate, failedKey: string): Promise<void> {
	for (let check = 0; check < 5; check++) {
		const stored = gate.storedKey(await context.getCredentials(gate.credentialType));
		if (stored !== '' && stored !== failedKey) return;
		await sleep(100 + Math.random() * 200);
	}
	allowLoginAfter(failedKey);
}

/** Whether another process's key is stored, or gets stored within about a second. */
async function othersKeyStored(context: CredentialReader, gate: SessionGate): Promise<boolean> {
	for (let check = 0; check < 5; check++) {
		if (isOthersKey(gate.storedKey(await context.getCredentials(gate.credentialType)))) return true;
		await sleep(100 + Math.random() * 200);
	}
	return false;
}

/** A 401 of the vendor, however n8n wrapped it. */
function unauthorized(error: unknown): boolean {
	let current = error as { cause?: unknown; httpCode?: unknown; status?: unknown; response?: { status?: unknown } } | undefined;
	for (let depth = 0; current && depth < 5; depth++) {
		if (String(current.httpCode ?? current.status ?? current.response?.status ?? '') === '401') return true;
		current = current.cause as typeof current;
	}
	return false;
}

/** The SessionTakenError behind an error (n8n wraps what preAuthentication throws). */
function takenSession(error: unknown): SessionTakenError | undefined {
	let current = error as { cause?: unknown } | undefined;
	for (let depth = 0; current && depth < 5; depth++) {
		if ((current as SessionTakenError).sessionTaken === true) return current as SessionTakenError;
		current = current.cause as { cause?: unknown } | undefined;
	}
	return undefined;
}
