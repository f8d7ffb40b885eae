import type { ICredentialDataDecryptedObject, INodeCredentialsDetails } from 'n8n-workflow';

import { retryTakenSessions } from '../../nodes/shared/sessionGate';
import type { SessionGate } from '../../nodes/shared/sessionGate';
import { accountKey, keyToSend, othersLoggedInLately, sharedLogin } from '../../nodes/shared/sessionLogin';
import { engine } from '../harness/engine';
import { useSimulator } from '../harness/lifecycle';
import { ComnicaSimulator } from '../simulators/comnica';
import { UContactSimulator } from '../simulators/ucontact';

const comnica = useSimulator(new ComnicaSimulator());
const ucontact = useSimulator(new UContactSimulator());

/**
 * A real n8n reads the stored credential from its database for every item, and the reads queue
 * behind each other. Here each read returns what was stored when it was asked for, a few ms
 * later, one after the other — as n8n's database does — instead of the harness's instant reads.
 */
async function withQueuedReads<T>(run: () => Promise<T>): Promise<T> {
	const { credentials } = await engine();
	const original = credentials.getDecrypted.bind(credentials);
	let queue = Promise.resolve();
	credentials.getDecrypted = async (additionalData: unknown, details: INodeCredentialsDetails, type: string): Promise<ICredentialDataDecryptedObject> => {
		const snapshot = await original(additionalData, details, type);
		const read = queue.then(async () => await new Promise<void>((resolve) => setTimeout(resolve, 2)));
		queue = read;
		await read;
		return snapshot;
	};
	try {
		return await run();
	} finally {
		credentials.getDecrypted = original;
	}
}

const items = Array.from({ length: 40 }, (_, index) => ({ json: { phone: `3620${1000 + index}` } }));

describe('One login for the items of an execution while no session is stored yet', () => {
	test('COM-07 Record Create for 40 items with a fresh credential logs in once', async () => {
		const e = await engine();
		const credential = e.credentials.add('comnicaApi', { baseUrl: comnica.baseUrl, username: 'api.user', password: 'comnica-secret' });
		const result = await withQueuedReads(
			async () =>
				await e.run(
					{
						type: 'comnica',
						parameters: { resource: 'record', operation: 'create', project: 9, contacts: { contact: [{ contact: '={{ $json.phone }}', type: 'phone', priority: 1, preferred: true, active: true }] } },
						credentials: { comnicaApi: credential },
					},
					items,
				),
		);
		expect(result.error).toBeUndefined();
		expect(result.items).toHaveLength(40);
		expect(comnica.logins).toBe(1);
		expect(comnica.received('/integration/cc/record/save/v1')).toHaveLength(40);
	});

	test('UC-12 Dialer Add Task for 40 items with a fresh credential logs in once', async () => {
		const e = await engine();
		const credential = e.credentials.add('uContactApi', { baseUrl: ucontact.baseUrl, authentication: 'session', username: 'integracion', password: 'n8n-Integra-2024' });
		const result = await withQueuedReads(
			async () =>
				await e.run(
					{
						type: 'uContact',
						parameters: { resource: 'dialer', operation: 'addTask', campaign: 'Ventas->', destination: '={{ $json.phone }}' },
						credentials: { uContactApi: credential },
					},
					items,
				),
		);
		expect(result.error).toBeUndefined();
		expect(result.items).toHaveLength(40);
		expect(ucontact.logins).toBe(1);
		expect(ucontact.received('/Integra/resources/Dialers/DialerTask')).toHaveLength(40);
	});
});

describe('A request whose session another worker ended waits for that worker\'s key', () => {
	const gate: SessionGate = { credentialType: 'comnicaApi', needsLogin: (data) => !data.sessionKey, storedKey: (data) => String(data.sessionKey ?? '') };

	/** An account of its own, whose logins give `<prefix>-1`, `<prefix>-2`…, logged in once. */
	async function loggedIn(name: string, prefix: string) {
		let logins = 0;
		const account = accountKey('test', name, `${Date.now()}`);
		const login = async () => `${prefix}-${++logins}`;
		await sharedLogin(account, '', login);
		return { account, login, logins: () => logins };
	}

	/** The vendor's 401 after n8n's renewal, as n8n throws it. */
	const refused = () => Object.assign(new Error('Comnica refused the session key'), { httpCode: '401' });

	test('one process alone, refused with the key n8n\'s renewal got while another item logged in again: sent once more with the new key instead of failing', async () => {
		const { account, login, logins } = await loggedIn('renewal-ended', 'key');
		// No other process's key seen (this test runs before the ones that show one).
		expect(othersLoggedInLately()).toBe(false);
		let stored = 'older';
		const reader = { getCredentials: async () => ({ sessionKey: stored }) };
		const sentWith: string[] = [];
		const send = async () => {
			sentWith.push(stored);
			if (stored === 'key-2') return 'sent';
			// The stored key refused: n8n's renewal gets key-1, and sends once more with it.
			const renewed = await sharedLogin(account, stored, login);
			sentWith.push(renewed);
			// Meanwhile another item's request failed with key-1 too; its renewal logged in, and n8n stored key-2.
			stored = await sharedLogin(account, 'key-1', login);
			throw refused();
		};
		await expect(retryTakenSessions(reader, gate, send)).resolves.toBe('sent');
		expect(sentWith).toEqual(['older', 'key-1', 'key-2']);
		expect(logins()).toBe(2);
	});

	test('no other process\'s key seen yet, refused with the key n8n\'s renewal got while the database holds one this process never had: sent again with that one, no more logins', async () => {
		const { account, login, logins } = await loggedIn('renewal-stored', 'mine');
		expect(othersLoggedInLately()).toBe(false);
		// Later than that login: only the renewal's key counts as given since the request was sent.
		await new Promise((resolve) => setTimeout(resolve, 5));
		let stored = 'mine-1';
		const reader = { getCredentials: async () => ({ sessionKey: stored }) };
		const sentWith: string[] = [];
		const send = async () => {
			sentWith.push(stored);
			if (stored === 'theirs-1') return 'sent';
			const renewed = await sharedLogin(account, stored, login);
			sentWith.push(renewed);
			// Meanwhile another worker logged in (ending mine-2), and n8n stored its key.
			stored = 'theirs-1';
			throw refused();
		};
		await expect(retryTakenSessions(reader, gate, send)).resolves.toBe('sent');
		expect(sentWith).toEqual(['mine-1', 'mine-2', 'theirs-1']);
		expect(logins()).toBe(2);
	});

	/** Where the last fake clock stopped: sessionLogin.ts remembers when it gave each key, so time must not go back. */
	let fakeNow = 0;

	/** Fake timers for the waits of 2–3 s (10–15 s) for another process's key. */
	async function withFakeTimers(run: () => Promise<void>): Promise<void> {
		jest.useFakeTimers({ doNotFake: ['nextTick', 'setImmediate', 'queueMicrotask'], now: Math.max(Date.now(), fakeNow) });
		try {
			await run();
		} finally {
			fakeNow = Date.now();
			jest.useRealTimers();
		}
	}

	test('no other process\'s key seen, refused with the key n8n\'s renewal got, and none stored within 2–3 s: one more login, and sent again', async () => {
		await withFakeTimers(async () => {
			const { account, login, logins } = await loggedIn('renewal-alone', 'solo');
			expect(othersLoggedInLately()).toBe(false);
			await jest.advanceTimersByTimeAsync(5);
			let stored = 'solo-1';
			const reader = { getCredentials: async () => ({ sessionKey: stored }) };
			const sentWith: string[] = [];
			const send = async () => {
				sentWith.push(stored);
				// A 401; n8n's renewal stores the key it got and sends once more with it.
				stored = await sharedLogin(account, stored, login);
				sentWith.push(stored);
				if (stored === 'solo-3') return 'sent';
				// Someone ended that session at once (e.g. the main's poll, logged in with the same user).
				throw refused();
			};
			const result = retryTakenSessions(reader, gate, send);
			await jest.advanceTimersByTimeAsync(3_500);
			await expect(result).resolves.toBe('sent');
			expect(sentWith).toEqual(['solo-1', 'solo-2', 'solo-2', 'solo-3']);
			expect(logins()).toBe(3);
		});
	});

	test('a vendor that refuses every key it just gave: the request fails with its 401 after 5 sends, n8n\'s renewal logging in for each', async () => {
		await withFakeTimers(async () => {
			const { account, login, logins } = await loggedIn('renewal-refused', 'never');
			await jest.advanceTimersByTimeAsync(5);
			let stored = 'never-1';
			let sends = 0;
			const reader = { getCredentials: async () => ({ sessionKey: stored }) };
			const send = async () => {
				sends++;
				stored = await sharedLogin(account, stored, login);
				throw refused();
			};
			const result = retryTakenSessions(reader, gate, send);
			const failure = expect(result).rejects.toThrow('Comnica refused the session key');
			await jest.advanceTimersByTimeAsync(4 * 3_000);
			await failure;
			expect(sends).toBe(5);
			expect(logins()).toBe(1 + 5);
		});
	});

	test('the key taken over from another worker fails too, and the next worker\'s key is stored 3 s later: the request is sent again with it, no login', async () => {
		const { account, login, logins } = await loggedIn('gate-taken', 'mine');
		// Another worker's login ended this one's key; this worker took that worker's key over.
		keyToSend(account, 'theirs-1');
		expect(await sharedLogin(account, 'mine-1', login)).toBe('theirs-1');
		// What n8n's database holds: that key, replaced 3 s later by a third login's.
		let stored = 'theirs-1';
		setTimeout(() => (stored = 'theirs-2'), 3_000);
		const reader = { getCredentials: async () => ({ sessionKey: stored }) };
		const sentWith: string[] = [];
		const send = async () => {
			sentWith.push(stored);
			if (stored === 'theirs-2') return 'sent';
			// A 401: n8n renews the session through the credential, then sends once more.
			const renewed = await sharedLogin(account, stored, login);
			sentWith.push(renewed);
			return renewed === 'theirs-2' ? 'sent' : 'refused';
		};
		await expect(retryTakenSessions(reader, gate, send)).resolves.toBe('sent');
		expect(sentWith).toEqual(['theirs-1', 'theirs-2']);
		expect(logins()).toBe(1);
	});

	test('another worker at work, refused with the key n8n\'s renewal gave, and no newer key stored within 10–15 s: this worker logs in once and sends again', async () => {
		await withFakeTimers(async () => {
			const { account, login, logins } = await loggedIn('gate-refused', 'own');
			keyToSend(account, 'others-1');
			await jest.advanceTimersByTimeAsync(5);
			// n8n's database lags: it holds this worker's ended key all along.
			const reader = { getCredentials: async () => ({ sessionKey: 'own-1' }) };
			const sentWith: string[] = [];
			const send = async () => {
				sentWith.push('own-1');
				const renewed = await sharedLogin(account, 'own-1', login);
				sentWith.push(renewed);
				if (renewed === 'own-2') return 'sent';
				// The other worker's key was ended too (by a third login) by the time n8n sent again with it.
				throw refused();
			};
			const result = retryTakenSessions(reader, gate, send);
			await jest.advanceTimersByTimeAsync(16_000);
			await expect(result).resolves.toBe('sent');
			expect(sentWith).toEqual(['own-1', 'others-1', 'own-1', 'own-2']);
			expect(logins()).toBe(2);
		});
	});
});
