import {
	accountKey,
	allowLoginAfter,
	isUnfailedKey,
	keyToSend,
	othersLoggedInLately,
	refusedAfterRenewal,
	SessionTakenError,
	sessionToStore,
	sharedLogin,
} from '../../nodes/shared/sessionLogin';

/**
 * Logins shared by the requests of one n8n process (sessionLogin.ts), and what a process does
 * when its session is ended by another process's login (queue mode, a vendor that allows one
 * live session per user). The queue-mode suite shows the same with two real workers.
 */
let logins = 0;
const login = (key: string) => async () => {
	logins++;
	return key;
};

beforeEach(() => (logins = 0));

describe('UC-00 session logins of one process (Comnica and uContact)', () => {
	test('concurrent requests without a stored session log in once', async () => {
		const account = accountKey('test', 'concurrent', `${Date.now()}`);
		const keys = await Promise.all(Array.from({ length: 20 }, async () => await sharedLogin(account, '', login('k1'))));
		expect(new Set(keys)).toEqual(new Set(['k1']));
		expect(logins).toBe(1);
	});

	test('a key that failed is renewed once; requests that failed with it get the new one', async () => {
		const account = accountKey('test', 'renewed', `${Date.now()}`);
		await sharedLogin(account, '', login('k1'));
		const renewed = await Promise.all([1, 2, 3].map(async () => await sharedLogin(account, 'k1', login('k2'))));
		expect(renewed).toEqual(['k2', 'k2', 'k2']);
		expect(logins).toBe(2);
	});

	test('a request that read the credential before n8n stored the new key reuses the key instead of logging in', async () => {
		const account = accountKey('test', 'not stored yet', `${Date.now()}`);
		// Keys of their own: a key another test failed with is never reused.
		await sharedLogin(account, '', login('unsaved-1'));
		// n8n saves the key a moment after the login: items that read the credential meanwhile pass ''.
		expect(await sharedLogin(account, '', login('unsaved-2'))).toBe('unsaved-1');
		expect(logins).toBe(1);
	});

	test('one process alone: its young key failing (the vendor ended it) logs in again at once', async () => {
		const account = accountKey('test', 'alone', `${Date.now()}`);
		await sharedLogin(account, '', login('k1'));
		keyToSend(account, 'k1');
		expect(await sharedLogin(account, 'k1', login('k2'))).toBe('k2');
		expect(logins).toBe(2);
	});

	test('another process logged in: its key is in use here, so this process takes it over instead of ending that session with a login of its own', async () => {
		const account = accountKey('test', 'taken', `${Date.now()}`);
		await sharedLogin(account, '', login('mine'));
		// A request carried the other worker's key, which n8n stored after that worker's login.
		keyToSend(account, 'theirs');
		expect(await sharedLogin(account, 'mine', login('again'))).toBe('theirs');
		// Requests that failed with an older stored key get it too.
		expect(await sharedLogin(account, 'older', login('again'))).toBe('theirs');
		expect(logins).toBe(1);
		expect(othersLoggedInLately()).toBe(true);
	});

	test('the key taken over fails too: requests wait for the next one (SessionTakenError), and once the guard found none stored, one logs in', async () => {
		const account = accountKey('test', 'taken-twice', `${Date.now()}`);
		await sharedLogin(account, '', login('mine'));
		keyToSend(account, 'theirs');
		await sharedLogin(account, 'mine', login('again'));

		await expect(sharedLogin(account, 'theirs', login('again'))).rejects.toMatchObject({ failedKey: 'theirs' });
		await expect(sharedLogin(account, 'older', login('again'))).rejects.toBeInstanceOf(SessionTakenError);
		expect(logins).toBe(1);

		// The request guard found no newer key stored: the next renewal may log in.
		allowLoginAfter('theirs');
		expect(await sharedLogin(account, 'older', login('again'))).toBe('again');
		expect(logins).toBe(2);
	});

	test('logins that keep ending each other: a young key that replaced a young one fails too, so requests wait for another process\'s key before one logs in', async () => {
		const account = accountKey('test', 'churning', `${Date.now()}`);
		await sharedLogin(account, '', login('churn-1'));
		// Ended at once (no other process's key seen): one login, as for a process alone.
		expect(await sharedLogin(account, 'churn-1', login('churn-2'))).toBe('churn-2');
		// Ended at once again: another process is most likely logging in too, and n8n stores its key once.
		await expect(sharedLogin(account, 'churn-2', login('unused'))).rejects.toMatchObject({ failedKey: 'churn-2' });
		expect(logins).toBe(2);
		// The request guard found no other key stored: the next renewal logs in.
		allowLoginAfter('churn-2');
		expect(await sharedLogin(account, 'churn-2', login('churn-3'))).toBe('churn-3');
		expect(logins).toBe(3);
	});

	test('a stored key can be tried unless a request here failed with it', async () => {
		const account = accountKey('test', 'unfailed', `${Date.now()}`);
		await sharedLogin(account, '', login('unfailed-1'));
		expect(isUnfailedKey('unfailed-1')).toBe(true);
		await sharedLogin(account, 'unfailed-1', login('unfailed-2'));
		expect(isUnfailedKey('unfailed-1')).toBe(false);
		expect(isUnfailedKey('')).toBe(false);
	});

	test('refused with the key a renewal gave: the only key given since the request was sent failed; a newer one given since is worth a try', async () => {
		const account = accountKey('test', 'refused-after-renewal', `${Date.now()}`);
		await sharedLogin(account, '', login('given-1'));
		await new Promise((resolve) => setTimeout(resolve, 5));
		const sentAt = Date.now();
		await sharedLogin(account, 'older', login('unused'));
		expect(refusedAfterRenewal(sentAt)).toEqual({ key: 'given-1', newerKey: false });
		expect(isUnfailedKey('given-1')).toBe(false);
		// Another request's renewal logs in meanwhile.
		await sharedLogin(account, 'given-1', login('given-2'));
		expect(refusedAfterRenewal(sentAt)).toEqual({ key: undefined, newerKey: true });
	});

	test('a renewed key is given to n8n to store once per process: 20 requests that failed with the old key store the new one once', async () => {
		const account = accountKey('test', 'stored once', `${Date.now()}`);
		expect(await sessionToStore(account, '', login('once-1'))).toBe('once-1');
		const stored = await Promise.all(Array.from({ length: 20 }, async () => await sessionToStore(account, 'once-1', login('once-2'))));
		expect(stored.filter((key) => key !== undefined)).toEqual(['once-2']);
		// A credential with no key stored (another credential of the same account) gets it.
		expect(await sessionToStore(account, '', login('unused'))).toBe('once-2');
		expect(logins).toBe(2);
	});

	test('a request goes out with the key it read, unless that one is empty or failed here: then with this process\'s key', async () => {
		const account = accountKey('test', 'key to send', `${Date.now()}`);
		// No session of this process yet: the stored key, whatever it is.
		expect(keyToSend(account, '')).toBe('');
		await sharedLogin(account, '', login('send-1'));
		expect(keyToSend(account, '')).toBe('send-1');
		expect(keyToSend(account, 'send-1')).toBe('send-1');
		await sharedLogin(account, 'send-1', login('send-2'));
		// n8n still holds the failed key (this process stored the new one once, and the write lags).
		expect(keyToSend(account, 'send-1')).toBe('send-2');
		// A key this process does not know: another process's, sent as it is and taken over when this one's fails.
		expect(keyToSend(account, 'theirs-send')).toBe('theirs-send');
		expect(await sharedLogin(account, 'send-2', login('unused'))).toBe('theirs-send');
		expect(logins).toBe(2);
	});
});
