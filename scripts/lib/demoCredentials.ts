import { TOKENS } from '../../test/simulators/cention/tokens';

/**
 * Credentials `npm start` and `npm run test:e2e` create in n8n, pointing at the simulators.
 * Fixed IDs, so the example workflows in examples/ reference them. One entry per vendor:
 * it receives the vendor simulator's base URL (from test/simulators/serve.ts).
 */

export interface CredentialImport {
	id: string;
	name: string;
	type: string;
	data: Record<string, unknown>;
}

/** What the demo's Comnica webhook credential requires (query parameter `token`). */
export const COMNICA_WEBHOOK_SECRET = 'demo-comnica-webhook-secret';

/** What uContact's portal appends to the demo trigger's URL (`?token=…`). */
export const UCONTACT_WEBHOOK_SECRET = 'demo-ucontact-webhook-secret';

/** The Secret Key of Cention's callback settings; Cention sends it as `meta.api_secret`. */
export const CENTION_CALLBACK_SECRET = 'demo-cention-callback-secret';

/** What the demo Event-Driven Integration of Sinch Contact Pro sends: Basic auth and `x-api-key: {authentications.api-key}`. */
export const SINCH_EDI_BASIC_AUTH = { user: 'contact-pro-edi', password: 'demo-sinch-edi-secret' };
export const SINCH_EDI_API_KEY = 'demo-sinch-edi-api-key';

/** What MCP clients send to the demo's MCP Server Trigger (`Authorization: Bearer …`). */
export const MCP_BEARER_TOKEN = 'demo-mcp-bearer-token';

/** The Basic auth of the demo PBX's API client connections (VIPeX has no API to call). */
export const VIPEX_BASIC_AUTH = { user: 'vipex-pbx', password: 'demo-vipex-secret' };

/**
 * The data of a VIPeX Webhook API credential with every field set: what the PBX sends (Basic
 * and/or an API key in a place, key names as the PBX uses them), the others at their defaults.
 */
export function vipexWebhookData(sent: {
	basicUser?: string;
	basicPassword?: string;
	apiKey?: string;
	apiKeyLocation?: 'header' | 'query' | 'body';
}): Record<string, string> {
	return {
		basicUser: '',
		basicPassword: '',
		apiKey: '',
		apiKeyLocation: 'header',
		apiKeyName_header: 'X-API-Key',
		apiKeyName_query: 'api_key',
		apiKeyName_body: 'api_key',
		allowedIps: '',
		...sent,
	};
}

export const DEMO_CREDENTIALS: Record<string, (simulatorUrl: string) => CredentialImport[]> = {
	comnica: (url) => [
		{
			id: 'comnicaDemoApi01',
			name: 'Comnica demo (simulator)',
			type: 'comnicaApi',
			// A user of the simulator's demo data (test/simulators/comnica/data.ts).
			data: { baseUrl: url, username: 'api.user', password: 'comnica-secret', sessionKey: '' },
		},
		{
			id: 'comnicaDemoHook1',
			name: 'Comnica webhook demo secret',
			type: 'comnicaWebhookApi',
			data: {
				apiKey: COMNICA_WEBHOOK_SECRET,
				apiKeyLocation: 'query',
				apiKeyName_query: 'token',
				apiKeyName_header: 'X-Comnica-Secret',
				allowedIps: '',
			},
		},
	],
	ucontact: (url) => [
		{
			id: 'ucontactDemoApi1',
			name: 'uContact demo (simulator)',
			type: 'uContactApi',
			// The simulator's API user (test/simulators/ucontact/data.ts); recordings on its /records and /backup/records.
			data: {
				baseUrl: url,
				authentication: 'session',
				username: 'integracion',
				password: 'n8n-Integra-2024',
				apiToken: '',
				recordingsUrl: url,
				backupRecordingsUrl: `${url}/backup`,
				sessionToken: '',
			},
		},
		{
			id: 'ucontactDemoHook',
			name: 'uContact webhook demo secret',
			type: 'uContactWebhookApi',
			data: {
				apiKey: UCONTACT_WEBHOOK_SECRET,
				apiKeyLocation: 'query',
				apiKeyName_query: 'token',
				apiKeyName_header: 'X-UContact-Secret',
				allowedIps: '',
			},
		},
	],
	cention: (url) => [
		{
			id: 'centionDemoApi01',
			name: 'Cention demo (simulator)',
			type: 'centionApi',
			// The simulator's demo token, signed with every claim (test/simulators/cention/tokens.ts).
			data: { baseUrl: url, workspace: 'demo', token: TOKENS.full },
		},
		{
			id: 'centionDemoHook1',
			name: 'Cention callback demo secret',
			type: 'centionWebhookApi',
			data: { apiKey: CENTION_CALLBACK_SECRET, apiKeyLocation: 'body', apiKeyName_body: 'meta.api_secret', allowedIps: '' },
		},
	],
	sinch: (url) => [
		{
			id: 'sinchDemoApi0001',
			name: 'Sinch Contact Pro demo (simulator)',
			type: 'sinchContactProApi',
			// The simulator's integration user with every right (test/simulators/sinch/data.ts); on premise, no API key.
			data: { baseUrl: url, username: 'integration', password: 'Nordlys#Api2026', apiKey: '', headerName: 'x-api-key' },
		},
		{
			id: 'sinchDemoEdiHk01',
			name: 'Sinch Contact Pro EDI demo (Basic auth + API key)',
			type: 'sinchContactProWebhookApi',
			data: {
				basicUser: SINCH_EDI_BASIC_AUTH.user,
				basicPassword: SINCH_EDI_BASIC_AUTH.password,
				apiKey: SINCH_EDI_API_KEY,
				apiKeyName_header: 'x-api-key',
				allowedIps: '',
			},
		},
	],
	vipex: () => [
		{
			id: 'vipexDemoHook001',
			name: 'VIPeX PBX demo (Basic auth)',
			type: 'vipexWebhookApi',
			data: vipexWebhookData({ basicUser: VIPEX_BASIC_AUTH.user, basicPassword: VIPEX_BASIC_AUTH.password }),
		},
	],
};

/** n8n's own Bearer Auth credential, which the MCP Server Trigger of examples/mcp-contact-center-tools.json requires. */
export const MCP_CREDENTIAL: CredentialImport = {
	id: 'mcpDemoBearer001',
	name: 'MCP demo bearer token',
	type: 'httpBearerAuth',
	data: { token: MCP_BEARER_TOKEN },
};

/** The credentials of every vendor whose simulator runs (urls from the simulators' READY line), and the MCP token. */
export function demoCredentials(urls: Record<string, string>): CredentialImport[] {
	return [...Object.entries(DEMO_CREDENTIALS).flatMap(([vendor, make]) => (urls[vendor] ? make(urls[vendor]) : [])), MCP_CREDENTIAL];
}
