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
			else if (!(await storedKeyAppears(context, gate, isOthersKey))) return await Promise.reject(error as Error);
			return await sendOnce();
		});
	return await sendOnce();
}

async function waitForNewerKey(context: CredentialReader, gate: SessionGate, failedKey: string): Promise<void> {
	if (!(await storedKeyAppears(context, gate, (stored) => stored !== '' && stored !== failedKey))) allowLoginAfter(failedKey);
}

/** Whether the stored key is, or within about a second becomes, one that `wanted` accepts. */
async function storedKeyAppears(context: CredentialReader, gate: SessionGate, wanted: (key: string) => boolean): Promise<boolean> {
	for (let check = 0; check < 5; check++) {
		if (wanted(gate.storedKey(await context.getCredentials(gate.credentialType)))) return true;
		await sleep(100 + Math.random() * 200);
	}
	return false;
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
