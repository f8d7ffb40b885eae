import { createHmac, timingSafeEqual } from 'node:crypto';

/**
 * Cention's access tokens are JSON Web Tokens carrying claims (Administration → API → Access
 * Tokens). The simulator signs its own and reads the claims back, so a test can mint a token
 * with exactly the claims it needs.
 */
export const CLAIM = {
	createErrand: 'Create Errand',
	errandData: 'Access to errand data',
	export: 'Access to export API',
	logio: 'Access to logio API',
	library: 'Access to library',
	contacts: 'Access and create customer contacts',
	attachment: 'get attachment',
} as const;

export const ALL_CLAIMS = Object.values(CLAIM);

const SIGNING_KEY = 'cention-simulator-signing-key';

const base64url = (value: string | Buffer) => Buffer.from(value).toString('base64url');

export function signToken(name: string, claims: string[], workspace = 'demo'): string {
	const header = base64url(JSON.stringify({ alg: 'HS256', typ: 'JWT' }));
	const payload = base64url(JSON.stringify({ iss: 'cention', sub: name, workspace, claims, iat: 1700000000 }));
	const signature = createHmac('sha256', SIGNING_KEY).update(`${header}.${payload}`).digest('base64url');
	return `${header}.${payload}.${signature}`;
}

export interface TokenClaims {
	sub: string;
	workspace: string;
	claims: string[];
}

/** The claims of a token this simulator signed; undefined for anything else (→ 401). */
export function verifyToken(token: string | undefined): TokenClaims | undefined {
	const [header, payload, signature] = (token ?? '').split('.');
	if (!header || !payload || !signature) return undefined;
	const expected = createHmac('sha256', SIGNING_KEY).update(`${header}.${payload}`).digest();
	const given = Buffer.from(signature, 'base64url');
	if (given.length !== expected.length || !timingSafeEqual(given, expected)) return undefined;
	try {
		return JSON.parse(Buffer.from(payload, 'base64url').toString('utf8')) as TokenClaims;
	} catch {
		return undefined;
	}
}

/** Demo tokens: one with every claim, and narrow ones as real integrations get them. */
export const TOKENS = {
	full: signToken('n8n (all claims)', ALL_CLAIMS),
	webForm: signToken('web form errands', [CLAIM.createErrand]),
	reporting: signToken('BI reporting', [CLAIM.errandData]),
	knowledgeBase: signToken('help centre', [CLAIM.library]),
	exports: signToken('nightly export', [CLAIM.export]),
	logio: signToken('workforce management', [CLAIM.logio]),
	crm: signToken('CRM sync', [CLAIM.contacts]),
	callback: signToken('answer callback', [CLAIM.attachment]),
};
