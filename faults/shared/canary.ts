import { randomBytes } from 'node:crypto';

/**
 * Canary secrets: unique strings used as passwords, tokens, session keys and webhook secrets,
 * so that any place they end up (logs, execution data, errors, outputs, answers) is found by a
 * plain text search. A canary is never a substring of another one.
 *
 * User names are not secrets (an error may name the user); they only make up the Basic
 * `user:secret` pairs, whose base64 form is searched too.
 */
export class Canaries {
	private readonly secrets = new Map<string, string>();

	private readonly pairs: Array<{ user: string; role: string }> = [];

	constructor(private readonly run = randomBytes(4).toString('hex')) {}

	/** The canary of `role` (e.g. `comnica-api-password`), made on first use. */
	make(role: string): string {
		let value = this.secrets.get(role);
		if (!value) {
			value = `cnry${this.run}${role.replace(/[^a-z0-9]/gi, '').toLowerCase()}${randomBytes(5).toString('hex')}`;
			this.secrets.set(role, value);
		}
		return value;
	}

	/** A secret made elsewhere (a session key a simulator issued). */
	add(role: string, value: unknown): void {
		if (typeof value === 'string' && value.length >= 8) this.secrets.set(role, value);
	}

	/** `user` authenticates with the secret of `role` by HTTP Basic: its header value is searched too. */
	basic(user: string, role: string): void {
		this.pairs.push({ user, role });
	}

	get size(): number {
		return this.secrets.size;
	}

	/** Every needle: [role, form, text]. */
	needles(): Array<[string, string, string]> {
		const found: Array<[string, string, string]> = [];
		for (const [role, value] of this.secrets) {
			found.push([role, 'plain', value]);
			found.push([role, 'base64', Buffer.from(value).toString('base64').replace(/=+$/, '')]);
		}
		for (const { user, role } of this.pairs) {
			const value = this.secrets.get(role);
			if (value) found.push([role, `basic (${user})`, Buffer.from(`${user}:${value}`).toString('base64').replace(/=+$/, '')]);
		}
		return found;
	}

	toJSON(): { secrets: Record<string, string>; pairs: Array<{ user: string; role: string }> } {
		return { secrets: Object.fromEntries(this.secrets), pairs: this.pairs };
	}

	static from(saved: ReturnType<Canaries['toJSON']>): Canaries {
		const canaries = new Canaries();
		for (const [role, value] of Object.entries(saved.secrets)) canaries.secrets.set(role, value);
		canaries.pairs.push(...saved.pairs);
		return canaries;
	}

	/** Adds another set's secrets and pairs (a part's issued session keys). */
	merge(other: Canaries): void {
		for (const [role, value] of other.secrets) this.secrets.set(role, value);
		this.pairs.push(...other.pairs);
	}
}

export interface Leak {
	role: string;
	form: string;
	where: string;
	context: string;
}

/** Every occurrence of a canary in `text`, named by `where` (a file, an execution, an answer). */
export function findLeaks(canaries: Canaries, where: string, text: string): Leak[] {
	const leaks: Leak[] = [];
	for (const [role, form, needle] of canaries.needles()) {
		for (let at = text.indexOf(needle); at >= 0; at = text.indexOf(needle, at + needle.length)) {
			leaks.push({ role, form, where, context: text.slice(Math.max(0, at - 80), at + needle.length + 40) });
		}
	}
	return leaks;
}

/** JSON text of anything, errors included (message, description, stack and own fields); cycles cut. */
export function serialize(value: unknown): string {
	// Holders being written and the values they came from (an error is written as a copy).
	const holders: unknown[] = [];
	const originals: unknown[] = [];
	return JSON.stringify(value, function (this: unknown, _key, current: unknown) {
		if (current === null || typeof current !== 'object') return current;
		while (holders.length > 0 && holders[holders.length - 1] !== this) {
			holders.pop();
			originals.pop();
		}
		if (originals.includes(current)) return '[circular]';
		let result: unknown = current;
		if (current instanceof Error) {
			const error = current as Error & Record<string, unknown>;
			result = { ...error, name: error.name, message: error.message, stack: error.stack, description: error.description };
		}
		holders.push(result);
		originals.push(current);
		return result;
	});
}
