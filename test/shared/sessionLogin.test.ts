import { accountKey, allowLoginAfter, isOthersKey, keyInUse, SessionTakenError, sharedLogin } from '../../nodes/shared/sessionLogin';

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
		keyInUse(account, 'k1');
		expect(await sharedLogin(account, 'k1', login('k2'))).toBe('k2');
		expect(logins).toBe(2);
	});

	test('another process logged in: its key is in use here, so this process does not end that session with a login of its own', async () => {
		const account = accountKey('test', 'taken', `${Date.now()}`);
		await sharedLogin(account, '', login('mine'));
		// A request carried the other worker's key, which n8n stored after that worker's login.
		keyInUse(account, 'theirs');

		await expect(sharedLogin(account, 'mine', login('again'))).rejects.toBeInstanceOf(SessionTakenError);
		expect(logins).toBe(1);

		// The request guard found no newer key stored: the next renewal may log in.
		allowLoginAfter('mine');
		expect(await sharedLogin(account, 'mine', login('again'))).toBe('again');
		expect(logins).toBe(2);
	});

	test('a stored key counts as another process\'s only if this process did not log in with it and saw it fail', async () => {
		const account = accountKey('others-key', 'user');
		const key = await sharedLogin(account, '', async () => 'logged-in-here');
		expect(isOthersKey(key)).toBe(false);
		expect(isOthersKey('logged-in-by-another-worker')).toBe(true);
		await sharedLogin(account, 'logged-in-by-another-worker', async () => 'again');
		expect(isOthersKey('logged-in-by-another-worker')).toBe(false);
		expect(isOthersKey('')).toBe(false);
	});
});
