import { VIPEX_BASIC_AUTH } from '../../scripts/lib/demoCredentials';
import type { PbxConnection, SendCommand, SentRequest } from '../../test/simulators/vipex';
import { simulator } from './simulatorControl';

/** The PBX's answer as `POST /pbx/send` reports it (response headers do not survive JSON). */
export interface ReportedAnswer {
	status: number;
	text: string;
	json?: unknown;
}

export interface ReportedDelivery {
	delivered: boolean;
	attempts: Array<{ answer?: ReportedAnswer; timedOut: boolean; error?: string }>;
}

/** Every setting of a connection, unset ones as null, so nothing of an earlier connection is left. */
const BLANK: Record<keyof PbxConnection, null> = {
	url: null,
	method: null,
	parameters: null,
	basic: null,
	apiKey: null,
	headers: null,
	template: null,
	contentType: null,
	timeoutMs: null,
	maxAttempts: null,
};

/**
 * The demo PBX of test/simulators/serve.ts, driven the way its admin would: set up an API client
 * connection to an n8n URL (with the demo credential's Basic auth unless told otherwise), then have
 * the PBX send one of the manual's examples. The PBX itself calls n8n.
 */
export function pbx() {
	const vipex = simulator('vipex');
	const control = async (path: string, body?: unknown): Promise<unknown> => {
		const response = await fetch(`${vipex.url}/pbx/${path}`, {
			method: body === undefined ? 'GET' : 'POST',
			headers: { 'Content-Type': 'application/json' },
			// A setting given as undefined (e.g. `basic: undefined`: no auth) is sent as null, which clears it.
			body: body === undefined ? undefined : JSON.stringify(body, (_key, value: unknown) => (value === undefined ? null : value)),
		});
		if (!response.ok) throw new Error(`VIPeX PBX /pbx/${path} answered ${response.status}: ${await response.text()}`);
		return await response.json();
	};
	const send = async (connection: Partial<PbxConnection>, command: SendCommand): Promise<unknown> => {
		await control('connection', { ...BLANK, basic: VIPEX_BASIC_AUTH, ...connection });
		return await control('send', command);
	};
	return {
		/** Data query or incoming-call notification: the n8n answer the PBX got. */
		async call(connection: Partial<PbxConnection>, command: SendCommand): Promise<ReportedAnswer> {
			return (await send(connection, command)) as ReportedAnswer;
		},
		/** End-of-call data: every delivery attempt (the PBX resends until an answer counts). */
		async endOfCall(connection: Partial<PbxConnection>, command: Omit<SendCommand, 'event'>): Promise<ReportedDelivery> {
			return (await send(connection, { ...command, event: 'endOfCall' })) as ReportedDelivery;
		},
		/** What the PBX has sent since the simulators started (or since `clearLog`). */
		async sent(): Promise<SentRequest[]> {
			return (await control('sent')) as SentRequest[];
		},
		/** Forgets what was sent. */
		reset: async () => await vipex.control('reset'),
	};
}
