import { bodyToBuffer } from '../../shared/binary';

/**
 * auth/getUserToken answers a JSON array whose last element is the token, or `0` when the
 * user or password is wrong. Parsed defensively: an array gives its last string element,
 * anything else the body without quotes.
 */
export function parseUserToken(answer: unknown): string {
	const text = bodyToBuffer(answer).toString('utf8').trim();
	let token = text.replace(/^"+|"+$/g, '');
	try {
		const parsed = JSON.parse(text) as unknown;
		if (Array.isArray(parsed)) {
			const last = [...parsed].reverse().find((entry) => typeof entry === 'string');
			token = typeof last === 'string' ? last : '';
		}
	} catch {
		// Not JSON: the token as plain text.
	}
	if (token === '' || token === '0' || token.toUpperCase() === 'ERROR') {
		throw Object.assign(
			new Error('uContact did not accept the user or password (auth/getUserToken answered 0). Check them in the uContact credential.'),
			{ refused: true },
		);
	}
	if (/[\s<>]/.test(token)) {
		throw new Error(
			'auth/getUserToken did not answer with a token. Check the instance name or Base URL in the uContact credential.',
		);
	}
	return token;
}

/** Whether a login error is uContact refusing the user or password (see sharedLogin). */
export function isRefusedLogin(error: unknown): boolean {
	return (error as { refused?: boolean } | null)?.refused === true;
}
