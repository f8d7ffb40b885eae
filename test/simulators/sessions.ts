import { json } from './base';
import type { SimReply, SimRequest } from './base';

/**
 * The sessions of a vendor with a login (Comnica's session key, uContact's token): issued by
 * the login, looked up on every call, and expired on demand — now, or after a number of calls
 * (a 401 in the middle of a run). Also answers the `/__sim/expire-sessions[?after=N]` control
 * route, and `/__sim/one-session-per-user?on=1|0`: a new login then ends the user's earlier
 * sessions (the manuals do not say whether the vendors allow several; this tests the worst case).
 */
export class SessionStore<User> {
	private live = new Map<string, User>();

	private countdown?: number;

	/** A new login ends the same user's other sessions. */
	onePerUser = false;

	/** Logins since the last reset, per user (the login's first argument names the user). */
	readonly logins: User[] = [];

	/** Every key handed out since the start, oldest first (kept over resets: a client may hold one). */
	readonly issued: string[] = [];

	issue(key: string, user: User): void {
		if (this.onePerUser) {
			for (const [other, owner] of this.live) if (owner === user) this.live.delete(other);
		}
		this.live.set(key, user);
		this.issued.push(key);
		this.logins.push(user);
	}

	userOf(key: string | undefined): User | undefined {
		return key === undefined ? undefined : this.live.get(key);
	}

	end(key: string): void {
		this.live.delete(key);
	}

	/** Counts one authenticated call; when the countdown of expireAfter runs out, every session ends. */
	counted(): void {
		if (this.countdown === undefined || --this.countdown > 0) return;
		this.countdown = undefined;
		this.live.clear();
	}

	expire(): void {
		this.live.clear();
	}

	expireAfter(count: number): void {
		this.countdown = count;
	}

	reset(): void {
		this.live.clear();
		this.countdown = undefined;
		this.onePerUser = false;
		this.logins.length = 0;
	}

	control(request: SimRequest): SimReply | undefined {
		if (request.path === '/__sim/one-session-per-user') {
			this.onePerUser = request.query.on === '1';
			return json(200, { onePerUser: this.onePerUser });
		}
		if (request.path === '/__sim/logins') return json(200, { logins: this.logins.length });
		if (request.path !== '/__sim/expire-sessions') return undefined;
		const after = Number(request.query.after ?? 0);
		if (after > 0) this.expireAfter(after);
		else this.expire();
		return json(200, { expired: true });
	}
}
