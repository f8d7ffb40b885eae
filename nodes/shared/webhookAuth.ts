import { createHash, timingSafeEqual } from 'crypto';
import type {
	ICredentialDataDecryptedObject,
	ICredentialTestFunctions,
	ICredentialsDecrypted,
	IDataObject,
	INodeCredentialTestResult,
	INodeProperties,
} from 'n8n-workflow';

/**
 * One check for every trigger of the package: what a vendor sends to n8n is compared in
 * constant time with what the user stored in the trigger's credential. receiveWebhook()
 * (trigger.ts) answers a rejected request, and it starts nothing.
 *
 * Answers: 401 when a credential is missing or wrong (with `WWW-Authenticate: Basic` when
 * Basic auth is configured), 403 when the sender's IP address is not on the allow-list.
 */

export type ApiKeyLocation = 'header' | 'query' | 'body';

export interface WebhookAuthConfig {
	basicUser: string;
	basicPassword: string;
	apiKey: string;
	apiKeyLocation: ApiKeyLocation;
	apiKeyName: string;
	allowedIps: string[];
}

export type WebhookAuthResult =
	| { ok: true }
	| { ok: false; status: 401 | 403; message: string; basicChallenge: boolean };

interface PropertyOptions {
	/** Offer Basic auth (VIPeX can send it; Comnica and uContact cannot). */
	basic: boolean;
	/** Where a key can travel; the first one is the default. */
	apiKeyLocations: ApiKeyLocation[];
	apiKeyDisplayName: string;
	defaultKeyNames: Partial<Record<ApiKeyLocation, string>>;
}

const locationNames: Record<ApiKeyLocation, string> = {
	header: 'Header',
	query: 'Query Parameter',
	body: 'Body Field',
};

/** Credential fields describing what a vendor sends with each webhook request. */
export function webhookAuthProperties(options: PropertyOptions): INodeProperties[] {
	const properties: INodeProperties[] = [];
	if (options.basic) {
		properties.push(
			{
				displayName: 'Basic Auth User',
				name: 'basicUser',
				type: 'string',
				default: '',
				description: 'User name the sender puts in HTTP Basic authentication. Leave empty to not require Basic auth.',
			},
			{
				displayName: 'Basic Auth Password',
				name: 'basicPassword',
				type: 'string',
				typeOptions: { password: true },
				default: '',
				displayOptions: { hide: { basicUser: [''] } },
			},
		);
	}
	properties.push({
		displayName: options.apiKeyDisplayName,
		name: 'apiKey',
		type: 'string',
		typeOptions: { password: true },
		default: '',
		description: 'Secret every request must carry. Leave empty to not require one.',
	});
	if (options.apiKeyLocations.length > 1) {
		const locationProperty: INodeProperties = {
			displayName: 'Sent In',
			name: 'apiKeyLocation',
			type: 'options',
			options: options.apiKeyLocations.map((value) => ({ name: locationNames[value], value })),
			default: 'header',
			displayOptions: { hide: { apiKey: [''] } },
		};
		locationProperty.default = options.apiKeyLocations[0];
		properties.push(locationProperty);
	}
	for (const location of options.apiKeyLocations) {
		const nameProperty: INodeProperties = {
			displayName: `${locationNames[location]} Name`,
			name: `apiKeyName_${location}`,
			type: 'string',
			default: 'api_key',
			description:
				location === 'body'
					? 'Name of the field in the JSON or form body; use dots for nested fields (meta.api_secret)'
					: undefined,
			displayOptions: {
				hide: { apiKey: [''] },
				...(options.apiKeyLocations.length > 1 ? { show: { apiKeyLocation: [location] } } : {}),
			},
		};
		nameProperty.default = options.defaultKeyNames[location] ?? 'api_key';
		properties.push(nameProperty);
	}
	properties.push({
		displayName: 'Allowed IP Addresses',
		name: 'allowedIps',
		type: 'string',
		default: '',
		placeholder: '203.0.113.10, 198.51.100.0/24',
		description:
			'Comma-separated addresses or IPv4 ranges (CIDR) the sender may use. Leave empty to accept any address. Behind a reverse proxy, set N8N_PROXY_HOPS so n8n sees the real address.',
	});
	return properties;
}

export function webhookAuthConfig(credentials: ICredentialDataDecryptedObject): WebhookAuthConfig {
	const text = (name: string) => (typeof credentials[name] === 'string' ? (credentials[name] as string) : '');
	const apiKeyLocation = (text('apiKeyLocation') || firstKeyLocation(credentials)) as ApiKeyLocation;
	return {
		basicUser: text('basicUser'),
		basicPassword: text('basicPassword'),
		apiKey: text('apiKey'),
		apiKeyLocation,
		apiKeyName: text(`apiKeyName_${apiKeyLocation}`),
		allowedIps: text('allowedIps')
			.split(',')
			.map((entry) => entry.trim())
			.filter((entry) => entry !== ''),
	};
}

function firstKeyLocation(credentials: ICredentialDataDecryptedObject): ApiKeyLocation {
	const named = (['header', 'query', 'body'] as ApiKeyLocation[]).find(
		(location) => credentials[`apiKeyName_${location}`] !== undefined,
	);
	return named ?? 'header';
}

/** Compares without leaking length or content through timing. */
export function safeEqual(received: string, expected: string): boolean {
	const a = createHash('sha256').update(received, 'utf8').digest();
	const b = createHash('sha256').update(expected, 'utf8').digest();
	return timingSafeEqual(a, b);
}

export function getPath(source: unknown, path: string): unknown {
	let value: unknown = source;
	for (const key of path.split('.')) {
		if (value === null || typeof value !== 'object' || !Object.prototype.hasOwnProperty.call(value, key)) {
			return undefined;
		}
		value = (value as IDataObject)[key];
	}
	return value;
}

interface IncomingRequest {
	headers: Record<string, string | string[] | undefined>;
	query: unknown;
	ip?: string;
	socket?: { remoteAddress?: string };
}

export function checkWebhookAuth(
	request: IncomingRequest,
	body: unknown,
	config: WebhookAuthConfig,
): WebhookAuthResult {
	if (config.allowedIps.length > 0) {
		const address = clientAddress(request);
		if (!config.allowedIps.some((allowed) => ipMatches(address, allowed))) {
			return { ok: false, status: 403, message: 'Sender address is not allowed', basicChallenge: false };
		}
	}
	if (config.basicUser !== '') {
		const given = parseBasic(headerValue(request.headers.authorization));
		const userOk = safeEqual(given?.user ?? '', config.basicUser);
		const passwordOk = safeEqual(given?.password ?? '', config.basicPassword);
		if (!given || !userOk || !passwordOk) {
			return { ok: false, status: 401, message: 'Authorization required', basicChallenge: true };
		}
	}
	if (config.apiKey !== '') {
		const given = apiKeyFrom(request, body, config);
		if (!safeEqual(given ?? '', config.apiKey) || given === undefined) {
			return {
				ok: false,
				status: 401,
				message: 'Authorization required',
				basicChallenge: config.basicUser !== '',
			};
		}
	}
	return { ok: true };
}

function apiKeyFrom(request: IncomingRequest, body: unknown, config: WebhookAuthConfig): string | undefined {
	if (config.apiKeyLocation === 'header') {
		return headerValue(request.headers[config.apiKeyName.toLowerCase()]);
	}
	const value =
		config.apiKeyLocation === 'query'
			? (request.query as IDataObject | undefined)?.[config.apiKeyName]
			: getPath(body, config.apiKeyName);
	if (typeof value === 'string') return value;
	if (typeof value === 'number') return String(value);
	return undefined;
}

function headerValue(value: string | string[] | undefined): string | undefined {
	return Array.isArray(value) ? value[0] : value;
}

function parseBasic(header: string | undefined): { user: string; password: string } | undefined {
	const match = /^Basic\s+(\S+)\s*$/i.exec(header ?? '');
	if (!match) return undefined;
	const decoded = Buffer.from(match[1], 'base64').toString('utf8');
	const separator = decoded.indexOf(':');
	if (separator < 0) return undefined;
	return { user: decoded.slice(0, separator), password: decoded.slice(separator + 1) };
}

function clientAddress(request: IncomingRequest): string {
	const address = request.ip ?? request.socket?.remoteAddress ?? '';
	return address.startsWith('::ffff:') ? address.slice(7) : address;
}

function ipv4ToNumber(address: string): number | undefined {
	const parts = address.split('.');
	if (parts.length !== 4) return undefined;
	let value = 0;
	for (const part of parts) {
		if (!/^\d{1,3}$/.test(part) || Number(part) > 255) return undefined;
		value = value * 256 + Number(part);
	}
	return value;
}

export function ipMatches(address: string, allowed: string): boolean {
	const [range, bitsText] = allowed.split('/');
	const normalizedRange = range.startsWith('::ffff:') ? range.slice(7) : range;
	if (bitsText === undefined) return address.toLowerCase() === normalizedRange.toLowerCase();
	const bits = Number(bitsText);
	const ip = ipv4ToNumber(address);
	const base = ipv4ToNumber(normalizedRange);
	if (ip === undefined || base === undefined || !Number.isInteger(bits) || bits < 0 || bits > 32) {
		return false;
	}
	const size = 2 ** (32 - bits);
	return Math.floor(ip / size) === Math.floor(base / size);
}

/** A copy without the field at `path` (dots for nested fields): secrets stay out of outputs. */
export function withoutSecret(fields: IDataObject, path: string): IDataObject {
	const keys = path.split('.');
	const copy: IDataObject = { ...fields };
	let target: IDataObject = copy;
	for (const key of keys.slice(0, -1)) {
		const next = target[key];
		if (next === null || typeof next !== 'object' || Array.isArray(next)) return copy;
		target[key] = { ...(next as IDataObject) };
		target = target[key] as IDataObject;
	}
	delete target[keys[keys.length - 1]];
	return copy;
}

/** Credential "Test" for webhook credentials: proves the settings are usable, since nothing can be called. */
export async function testWebhookAuthCredential(
	this: ICredentialTestFunctions,
	credential: ICredentialsDecrypted,
): Promise<INodeCredentialTestResult> {
	const config = webhookAuthConfig(credential.data ?? {});
	const badRange = config.allowedIps.find((entry) => !isValidAllowEntry(entry));
	if (badRange !== undefined) {
		return { status: 'Error', message: `"${badRange}" is not an IP address or IPv4 range (CIDR)` };
	}
	if (config.basicUser !== '' && config.basicPassword === '') {
		return { status: 'Error', message: 'Basic Auth Password is empty: set one or clear the user' };
	}
	if (config.apiKey !== '' && config.apiKeyName.trim() === '') {
		return { status: 'Error', message: 'The key needs a name (header, query parameter or body field)' };
	}
	if (config.basicUser === '' && config.apiKey === '' && config.allowedIps.length === 0) {
		return {
			status: 'Error',
			message: 'Nothing is checked: set a secret, Basic auth or allowed IP addresses, or anyone who knows the URL can start the workflow',
		};
	}
	return { status: 'OK', message: 'Settings are valid; requests are checked against them' };
}

function isValidAllowEntry(entry: string): boolean {
	const [range, bits] = entry.split('/');
	if (bits !== undefined) {
		return ipv4ToNumber(range) !== undefined && /^\d{1,2}$/.test(bits) && Number(bits) <= 32;
	}
	return ipv4ToNumber(range) !== undefined || /^[0-9a-f:]+$/i.test(range);
}
