import { randomBytes } from 'node:crypto';

/**
 * Canary secrets: unique strings used as passwords, tokens, session keys and webhook secrets,
 * so that any place they end up (logs, execution data, errors, outputs, answers) can be found
 * by a plain text search. A canary is never a substring of another one.
 */
export class Canaries {
	private readonly values = new Map<string, string>();

	constructor(private readonly run = randomBytes(4).toString('hex')) {}

	/** A new canary for `role` (e.g. `comnica-password`); the same role always returns the same value. */
	make(role: string): string {
		const existing = this.values.get(role);
		if (existing) return existing;
		const value = `cnry${this.run}${role.replace(/[^a-z0-9]/gi, '').toLowerCase()}${randomBytes(5).toString('hex')}`;
		this.values.set(role, value);
		return value;
	}

	/** Registers a secret made elsewhere (a session key the vendor issued) under `role`. */
	add(role: string, value: string): void {
		if (value.length >= 8) this.values.set(role, value);
	}

	entries(): Array<[string, string]> {
		return [...this.values.entries()];
	}

	toJSON(): Record<string, string> {
		return Object.fromEntries(this.values);
	}

	static from(saved: Record<string, string>): Canaries {
		const canaries = new Canaries();
		for (const [role, value] of Object.entries(saved)) canaries.values.set(role, value);
		return canaries;
	}
}

export interface Leak {
	role: string;
	/** Which form was found: plain, base64 of user:password, URL-encoded. */
	form: string;
	where: string;
	context: string;
}

/** The forms a secret can take on the wire: as it is, inside Basic auth, percent-encoded. */
function formsOf(role: string, value: string, all: Map<string, string>): Array<[string, string]> {
	const forms: Array<[string, string]> = [
		['plain', value],
		['base64', Buffer.from(value, 'utf8').toString('base64').replace(/=+$/, '')],
		['url-encoded', encodeURIComponent(value)],
	];
	// Basic auth of a user/password pair stored under `<x>-user` / `<x>-password`.
	if (role.endsWith('-password')) {
		const user = all.get(role.replace(/-password$/, '-user'));
		if (user) forms.push(['basic', Buffer.from(`${user}:${value}`, 'utf8').toString('base64').replace(/=+$/, '')]);
	}
	return forms.filter(([, text], index, list) => list.findIndex(([, other]) => other === text) === index);
}

/** Every occurrence of a canary in `text`, named by `where` (a file, an execution, an answer). */
export function findLeaks(canaries: Canaries, where: string, text: string): Leak[] {
	const all = new Map(canaries.entries());
	const leaks: Leak[] = [];
	for (const [role, value] of canaries.entries()) {
		for (const [form, needle] of formsOf(role, value, all)) {
			let at = text.indexOf(needle);
			while (at >= 0) {
				leaks.push({ role, form, where, context: text.slice(Math.max(0, at - 80), at + needle.length + 40) });
				at = text.indexOf(needle, at + needle.length);
			}
		}
	}
	return leaks;
}

/** JSON text of anything, including errors (their message, description, stack and own fields). */
export function serialize(value: unknown): string {
	const seen = new WeakSet<object>();
	return JSON.stringify(value, (_key, current: unknown) => {
		if (current instanceof Error) {
			const error = current as Error & Record<string, unknown>;
			return { ...error, name: error.name, message: error.message, stack: error.stack, description: error.description };
		}
		if (Buffer.isBuffer(current)) return current.toString('utf8');
		if (current !== null && typeof current === 'object') {
			if (seen.has(current)) return '[circular]';
			seen.add(current);
		}
		return current;
	});
}
