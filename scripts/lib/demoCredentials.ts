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
	// TODO(uContact): ucontact: (url) => [{ id: 'ucontactDemoApi1', name: 'uContact demo (simulator)', type: 'uContactApi', data: { … } }, webhook credential],
	// TODO(Cention): cention: (url) => [API credential with the simulator's demo JWT, webhook credential with meta.api_secret],
	// TODO(Sinch): sinch: (url) => [{ … type: 'sinchContactProApi', data: { baseUrl: url, username, password } }],
	// TODO(VIPeX): vipex: () => [webhook credential the demo PBX sends (Basic and/or API key)],
};

/** The credentials of every vendor whose simulator runs (urls from the simulators' READY line). */
export function demoCredentials(urls: Record<string, string>): CredentialImport[] {
	return Object.entries(DEMO_CREDENTIALS).flatMap(([vendor, make]) => (urls[vendor] ? make(urls[vendor]) : []));
}
