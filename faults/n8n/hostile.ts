import type { KeyPlace, SenderAuth, TriggerProfile } from './faultWorkflows';

/**
 * Hostile webhook traffic: for one trigger, a reproducible mix (seeded) of requests an
 * attacker, a broken proxy or a misconfigured sender could send, each labelled with what must
 * happen to it.
 *
 * - `execute`: authenticated and well formed: answered 2xx and exactly one execution.
 * - `reject`: unauthenticated (or not a registered method): never an execution.
 * - `either`: authenticated but odd (wrong content type, deep nesting…): anything but a 5xx;
 *   an execution may or may not start.
 */

export type Expectation = 'execute' | 'reject' | 'either';

export interface Probe {
	index: number;
	kind: string;
	method: string;
	url: string;
	headers: Record<string, string>;
	body?: Buffer;
	expect: Expectation;
	/** Unique text inside the body, found again in the execution it starts. */
	marker: string;
}

/** mulberry32: small, seeded, good enough to pick cases reproducibly. */
function random(seed: number): () => number {
	let state = seed >>> 0;
	return () => {
		state = (state + 0x6d2b79f5) >>> 0;
		let t = state;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}

type Rng = () => number;

function pick<T>(rng: Rng, list: readonly T[]): T {
	return list[Math.floor(rng() * list.length)];
}

function setPath(target: Record<string, unknown>, path: string, value: unknown): void {
	const keys = path.split('.');
	let current = target;
	for (const key of keys.slice(0, -1)) {
		if (current[key] === null || typeof current[key] !== 'object') current[key] = {};
		current = current[key] as Record<string, unknown>;
	}
	current[keys[keys.length - 1]] = value;
}

const HUNGARIAN = 'Árvíztűrő tükörfúrógép — ŐŰőű, Kovács Anna, Szőlő utca 7., 1117 Budapest';
const UNICODE_ODDITIES = ['\u0000', '\u202e', '\u200b', '\ud83d\udcde', '\ufeff', '\u2028', '\\u0000', '%00', "'; DROP TABLE execution_entity; --", '{{ $env }}', '={{ $execution.id }}'];

/** Bytes that are not UTF-8: Latin-2 (ISO-8859-2) text, as an old PBX template may send. */
function latin2(text: string): Buffer {
	const map: Record<string, number> = { Á: 0xc1, á: 0xe1, é: 0xe9, í: 0xed, ó: 0xf3, ö: 0xf6, ő: 0xf5, ú: 0xfa, ü: 0xfc, ű: 0xfb, Ő: 0xd5, Ű: 0xdb };
	return Buffer.from([...text].map((char) => map[char] ?? (char.charCodeAt(0) < 128 ? char.charCodeAt(0) : 0x3f)));
}

/** Big buffers are made once and shared by every trigger. */
const cache = new Map<string, Buffer>();
function cached(key: string, make: () => Buffer): Buffer {
	let value = cache.get(key);
	if (!value) {
		value = make();
		cache.set(key, value);
	}
	return value;
}

const SIXTY_MB = 60 * 1024 * 1024;

function hugeJson(marker: string): Buffer {
	// {"marker":"…","pad":"xxxx…"} of 60 MB; the marker is patched into a shared buffer copy.
	const base = cached('60mb', () => {
		const head = Buffer.from('{"marker":"');
		const tail = Buffer.from('"}');
		const body = Buffer.alloc(SIXTY_MB, 0x78);
		head.copy(body, 0);
		tail.copy(body, SIXTY_MB - tail.length);
		return body;
	});
	const copy = Buffer.from(base);
	Buffer.from(`${marker}","pad":"`).copy(copy, 11);
	return copy;
}

function deepArray(depth: number): string {
	return cached(`deep-array-${depth}`, () => Buffer.from('['.repeat(depth) + ']'.repeat(depth))).toString();
}

function deepObject(depth: number): string {
	return cached(`deep-object-${depth}`, () => Buffer.from('{"a":'.repeat(depth) + '1' + '}'.repeat(depth))).toString();
}

interface Builder {
	profile: TriggerProfile & { url: string };
	rng: Rng;
	index: number;
	marker: string;
}

/** The parts of a request that carry the sender's authentication, right or wrong. */
interface AuthParts {
	headers: Record<string, string>;
	query: Record<string, string | string[]>;
	bodyFields: Record<string, unknown>;
}

function authParts(auth: SenderAuth | undefined): AuthParts {
	const parts: AuthParts = { headers: {}, query: {}, bodyFields: {} };
	if (!auth) return parts;
	if (auth.basic) parts.headers.Authorization = basic(auth.basic.user, auth.basic.password);
	if (auth.key) placeKey(parts, auth.key.place, auth.key.name, auth.key.value);
	return parts;
}

function placeKey(parts: AuthParts, place: KeyPlace, name: string, value: unknown): void {
	if (place === 'header') parts.headers[name] = String(value);
	if (place === 'query') parts.query[name] = value as string;
	if (place === 'body') parts.bodyFields[name] = value;
}

function basic(user: string, password: string): string {
	return `Basic ${Buffer.from(`${user}:${password}`).toString('base64')}`;
}

function url(base: string, query: Record<string, string | string[]>, raw = ''): string {
	const target = new URL(base);
	for (const [name, value] of Object.entries(query)) {
		for (const one of Array.isArray(value) ? value : [value]) target.searchParams.append(name, one);
	}
	return target.toString() + (raw ? (target.search ? `&${raw}` : `?${raw}`) : '');
}

function jsonBody(event: Record<string, unknown>, bodyFields: Record<string, unknown>): Buffer {
	const body: Record<string, unknown> = JSON.parse(JSON.stringify(event)) as Record<string, unknown>;
	for (const [path, value] of Object.entries(bodyFields)) setPath(body, path, value);
	return Buffer.from(JSON.stringify(body));
}

/**
 * A wrong secret of many shapes: near misses, encodings, types, sizes. HTTP trims the blanks
 * around a header value, so padded variants are not wrong in a header.
 */
function wrongSecret(rng: Rng, right: string, place: KeyPlace): unknown {
	const variants = [
		'',
		' ',
		'wrong',
		right.slice(0, -1),
		`${right}x`,
		` ${right}`,
		right.toUpperCase(),
		right.split('').reverse().join(''),
		encodeURIComponent(right).replace(/c/g, '%63'),
		'x'.repeat(4096),
		'null',
		'undefined',
		'[object Object]',
		'true',
	];
	return pick(rng, variants.filter((variant) => place !== 'header' || variant.trim() !== right));
}

function wrongSecretValue(rng: Rng, right: string): unknown {
	return pick(rng, [wrongSecret(rng, right, 'body'), null, 0, 1, true, [right, right], { value: right }, [right]]);
}

type Case = (builder: Builder) => Omit<Probe, 'index' | 'marker'> | undefined;

/** A legitimate request with optional changes to its parts. */
function legit(
	builder: Builder,
	kind: string,
	expect: Expectation,
	change: (parts: AuthParts, event: Record<string, unknown>) => Buffer | void = () => undefined,
): Omit<Probe, 'index' | 'marker'> {
	const { profile, marker, index } = builder;
	const parts = authParts(profile.auth);
	const event = profile.event(marker, index);
	const changed = change(parts, event);
	return {
		kind,
		method: 'POST',
		url: url(profile.url, { ...parts.query, marker }),
		headers: { 'Content-Type': profile.contentType, ...parts.headers },
		body: changed ?? jsonBody(event, parts.bodyFields),
		expect,
	};
}

const cases: Record<string, { weight: number; make: Case }> = {
	'valid (authenticated, well formed)': { weight: 6, make: (b) => legit(b, 'valid (authenticated, well formed)', 'execute') },
	'valid with Hungarian / odd Unicode text': {
		weight: 2,
		make: (b) =>
			legit(b, 'valid with Hungarian / odd Unicode text', 'execute', (_parts, event) => {
				event.note = `${HUNGARIAN} ${pick(b.rng, UNICODE_ODDITIES)} ${pick(b.rng, UNICODE_ODDITIES)}`;
			}),
	},
	'valid with __proto__ / constructor keys': {
		weight: 2,
		make: (b) =>
			legit(b, 'valid with __proto__ / constructor keys', 'execute', (parts, event) => {
				const body = jsonBody(event, parts.bodyFields).toString();
				const hostile = pick(b.rng, [
					'"__proto__":{"polluted":"yes","isAdmin":true}',
					'"constructor":{"prototype":{"polluted":"yes"}}',
					'"__proto__":{"toString":"x"},"hasOwnProperty":"x"',
					'"payload2":{"__proto__":{"polluted":"yes"}}',
				]);
				return Buffer.from(`{${hostile},${body.slice(1)}`);
			}),
	},
	'valid, Latin-2 bytes (not UTF-8)': {
		weight: 1,
		make: (b) =>
			legit(b, 'valid, Latin-2 bytes (not UTF-8)', 'execute', (parts, event) => {
				const text = jsonBody(event, parts.bodyFields).toString();
				return Buffer.concat([Buffer.from(text.slice(0, -1)), Buffer.from(',"note":"'), latin2('Árvíztűrő tükörfúrógép Őr'), Buffer.from('"}')]);
			}),
	},
	'no credentials': {
		weight: 8,
		make: (b) =>
			legit(b, 'no credentials', 'reject', (parts) => {
				parts.headers = {};
				parts.query = {};
				parts.bodyFields = {};
			}),
	},
	'wrong Basic auth': {
		weight: 8,
		make: (b) => {
			const right = b.profile.auth.basic;
			return legit(b, 'wrong Basic auth', 'reject', (parts) => {
				const user = right?.user ?? 'admin';
				const password = right?.password ?? 'admin';
				// With Basic configured everything else stays right; without it the key is wrong too.
				if (!right) parts.query = {};
				if (!right) parts.headers = {};
				if (!right) parts.bodyFields = {};
				parts.headers.Authorization = pick(b.rng, [
					basic(user, `${password}x`),
					basic(`${user}x`, password),
					basic(user, ''),
					basic('', password),
					basic(password, user),
					`Basic ${Buffer.from(`${user}${password}`).toString('base64')}`,
					'Basic',
					'Basic !!!not-base64!!!',
					`Bearer ${password}`,
					`Basic ${Buffer.from(`${user}:${password}`).toString('hex')}`,
					`${basic(user, password).replace('Basic ', '')}`,
					`Basic ${'A'.repeat(8000)}`,
					`Digest username="${user}"`,
				]);
			});
		},
	},
	'wrong API key (header)': { weight: 6, make: (b) => wrongKey(b, 'header') },
	'wrong API key (query)': { weight: 6, make: (b) => wrongKey(b, 'query') },
	'wrong API key (body)': { weight: 6, make: (b) => wrongKey(b, 'body') },
	'right key in the wrong place': {
		weight: 4,
		make: (b) => {
			const key = b.profile.auth.key;
			if (!key) return undefined;
			return legit(b, 'right key in the wrong place', 'reject', (parts) => {
				delete parts.headers[key.name];
				delete parts.query[key.name];
				delete parts.bodyFields[key.name];
				const place = pick(b.rng, (['header', 'query', 'body'] as KeyPlace[]).filter((candidate) => candidate !== key.place));
				placeKey(parts, place, place === 'body' ? key.name : key.name.split('.').pop()!, key.value);
			});
		},
	},
	'wrong method': {
		weight: 5,
		make: (b) => {
			const registered = b.profile.methods;
			const method = pick(b.rng, ['PUT', 'PATCH', 'DELETE', 'GET', 'OPTIONS', 'TRACE'].filter((candidate) => !registered.includes(candidate)));
			const probe = legit(b, 'wrong method', 'reject');
			return { ...probe, method, body: method === 'GET' || method === 'OPTIONS' || method === 'TRACE' ? undefined : probe.body };
		},
	},
	'GET without credentials': {
		weight: 2,
		make: (b) => {
			const event = b.profile.event(b.marker, b.index);
			const query = Object.fromEntries(Object.entries(event).filter(([, value]) => typeof value !== 'object').map(([name, value]) => [name, String(value)]));
			return { kind: 'GET without credentials', method: pick(b.rng, ['GET', 'HEAD']), url: url(b.profile.url, { ...query, marker: b.marker }), headers: {}, expect: 'reject' };
		},
	},
	'malformed or truncated JSON': {
		weight: 8,
		make: (b) => {
			const authenticated = b.rng() < 0.5;
			const probe = legit(b, 'malformed or truncated JSON', authenticated ? 'either' : 'reject', (parts) => {
				if (!authenticated) {
					parts.headers = {};
					parts.query = {};
					parts.bodyFields = {};
				}
			});
			const text = probe.body!.toString();
			const broken = pick(b.rng, [
				text.slice(0, Math.max(1, Math.floor(text.length * b.rng()))),
				`${text}}`,
				text.replace(/"/g, "'"),
				text.replace(':', '::'),
				`${text},{"a":1}`,
				'{"a":NaN}',
				'{"marker":"' + b.marker + '",}',
				`\u0000${text}`,
				'{',
				'}{',
				'[1,2,',
				'{"a":"\\x41"}',
				`{"marker":"${b.marker}","a":"\\ud800"}`,
				'01',
			]);
			return { ...probe, kind: `malformed or truncated JSON${authenticated ? ' (authenticated)' : ''}`, body: Buffer.from(broken) };
		},
	},
	'wrong content type': {
		weight: 8,
		make: (b) => {
			const authenticated = b.rng() < 0.5;
			const probe = legit(b, 'wrong content type', authenticated ? 'either' : 'reject', (parts) => {
				if (!authenticated) {
					parts.headers = {};
					parts.query = {};
					parts.bodyFields = {};
				}
			});
			const type = pick(b.rng, [
				'text/plain',
				'application/xml',
				'application/x-www-form-urlencoded',
				'multipart/form-data; boundary=----n8nfaults',
				'application/octet-stream',
				'',
				'application/json; charset=iso-8859-2',
				'image/png',
				'application/json, text/plain',
				'text/html; charset=utf-7',
			]);
			const headers = { ...probe.headers };
			delete headers['Content-Type'];
			if (type) headers['Content-Type'] = type;
			let body = probe.body!;
			if (type.startsWith('multipart/')) {
				body = Buffer.from(
					`------n8nfaults\r\nContent-Disposition: form-data; name="data"; filename="../../etc/passwd"\r\nContent-Type: application/json\r\n\r\n${body.toString()}\r\n------n8nfaults--\r\n`,
				);
			}
			if (type === 'application/xml') body = Buffer.from(`<?xml version="1.0"?><!DOCTYPE a [<!ENTITY b "bbbbbbbb"><!ENTITY c "&b;&b;&b;&b;&b;&b;">]><event><marker>${b.marker}</marker><x>&c;</x></event>`);
			if (type === 'application/x-www-form-urlencoded') body = Buffer.from(`marker=${b.marker}&event=cc.record.save&__proto__[polluted]=yes&a[b][c][d][e][f]=1`);
			return { ...probe, kind: `wrong content type${authenticated ? ' (authenticated)' : ''}`, headers, body };
		},
	},
	'empty body': {
		weight: 5,
		make: (b) => {
			const authenticated = b.rng() < 0.5;
			const probe = legit(b, 'empty body', authenticated ? 'either' : 'reject', (parts) => {
				if (!authenticated) {
					parts.headers = {};
					parts.query = {};
				}
				parts.bodyFields = {};
			});
			const body = pick(b.rng, ['', '{}', '[]', 'null', '""', '0', 'true', ' ', '\n\n']);
			// An authenticated empty body can only pass where the key does not travel in the body.
			const expect: Expectation = authenticated && b.profile.auth.key?.place !== 'body' ? 'either' : 'reject';
			return { ...probe, kind: `empty body${authenticated ? ' (authenticated)' : ''}`, body: Buffer.from(body), expect };
		},
	},
	'deeply nested JSON': {
		weight: 3,
		make: (b) => {
			const authenticated = b.rng() < 0.3;
			const depth = pick(b.rng, [100, 5_000, 50_000]);
			const nested = b.rng() < 0.5 ? deepArray(depth) : deepObject(depth);
			return legit(b, `deeply nested JSON${authenticated ? ' (authenticated)' : ''}`, authenticated ? 'either' : 'reject', (parts, event) => {
				if (!authenticated) {
					parts.headers = {};
					parts.query = {};
					parts.bodyFields = {};
				}
				const text = jsonBody(event, parts.bodyFields).toString();
				return Buffer.from(`${text.slice(0, -1)},"nested":${nested}}`);
			});
		},
	},
	'huge array': {
		weight: 2,
		make: (b) => {
			const authenticated = b.rng() < 0.3;
			const length = pick(b.rng, [50_000, 200_000]);
			return legit(b, `huge array${authenticated ? ' (authenticated)' : ''}`, authenticated ? 'either' : 'reject', (parts, event) => {
				if (!authenticated) {
					parts.headers = {};
					parts.query = {};
					parts.bodyFields = {};
				}
				const text = jsonBody(event, parts.bodyFields).toString();
				const array = cached(`array-${length}`, () => Buffer.from(`[${new Array(length).fill('0').join(',')}]`)).toString();
				return Buffer.from(`${text.slice(0, -1)},"items":${array}}`);
			});
		},
	},
	'unauthenticated array of events': {
		weight: 1,
		make: (b) =>
			legit(b, 'unauthenticated array of events', 'reject', (parts, event) => {
				parts.headers = {};
				parts.query = {};
				parts.bodyFields = {};
				return Buffer.from(JSON.stringify(new Array(2_000).fill(event)));
			}),
	},
	'oversized headers / query': {
		weight: 2,
		make: (b) =>
			legit(b, 'oversized headers / query', 'reject', (parts) => {
				const key = b.profile.auth.key;
				parts.headers = {};
				parts.query = {};
				parts.bodyFields = {};
				if (b.rng() < 0.5) parts.headers['X-Padding'] = 'p'.repeat(20_000);
				else parts.query[key?.place === 'query' ? key.name : 'token'] = 'q'.repeat(40_000);
			}),
	},
};

function wrongKey(b: Builder, place: KeyPlace): Omit<Probe, 'index' | 'marker'> {
	const key = b.profile.auth.key;
	const name = key?.place === place ? key.name : place === 'body' ? 'api_key' : place === 'header' ? 'X-API-Key' : 'token';
	return legit(b, `wrong API key (${place})`, 'reject', (parts) => {
		if (key) {
			delete parts.headers[key.name];
			delete parts.query[key.name];
			delete parts.bodyFields[key.name];
		}
		placeKey(parts, place, name, place === 'body' ? wrongSecretValue(b.rng, key?.value ?? 'secret') : String(wrongSecret(b.rng, key?.value ?? 'secret', place)));
	});
}

/** `count` probes for one trigger plus `big` 60 MB bodies (half of them authenticated). */
export function hostileProbes(profile: TriggerProfile & { url: string }, count: number, big: number, seed: number): Probe[] {
	const rng = random(seed);
	const weighted = Object.values(cases).flatMap((entry) => new Array<Case>(entry.weight).fill(entry.make));
	const probes: Probe[] = [];
	let index = 0;
	while (probes.length < count) {
		const marker = `mk${profile.key.replace(/[^a-z]/g, '')}x${index}x`;
		const made = pick(rng, weighted)({ profile, rng, index, marker });
		index++;
		if (made) probes.push({ ...made, index: probes.length, marker });
	}
	for (let n = 0; n < big; n++) {
		const marker = `mk${profile.key.replace(/[^a-z]/g, '')}x${index++}x`;
		const authenticated = n % 2 === 0;
		const parts = authParts(authenticated ? profile.auth : undefined);
		probes.push({
			index: probes.length,
			kind: `60 MB body${authenticated ? ' (authenticated)' : ''}`,
			method: 'POST',
			url: url(profile.url, { ...parts.query, marker }),
			headers: { 'Content-Type': 'application/json', ...parts.headers },
			body: hugeJson(marker),
			expect: authenticated ? 'either' : 'reject',
			marker,
		});
	}
	return probes;
}
