/**
 * For every published example workflow (examples/*.json with a vendor trigger): how its vendor
 * calls it, with a payload from the vendor's manual and the demo credential's secret.
 * examples.e2e.test.ts sends it to the production URL and expects one successful execution;
 * an example without an entry here fails that test. The vendor files (<vendor>.e2e.test.ts)
 * send the same payloads and assert what the workflows did.
 */
import { CENTION_CALLBACK_SECRET, COMNICA_WEBHOOK_SECRET, MCP_BEARER_TOKEN, UCONTACT_WEBHOOK_SECRET } from '../scripts/lib/demoCredentials';
import { answeredErrandCallback } from '../test/simulators/cention/callback';
import { recordSaved } from '../test/simulators/comnica/webhooks';
import { notifications } from '../test/simulators/ucontact/webhooks';
import { edi } from './support/sinchEdi';
import { McpClient } from './support/mcp';
import { pbx } from './support/vipexPbx';
import { simulator } from './support/simulatorControl';
import type { ReportedAnswer } from './support/vipexPbx';
import { post } from './support/e2eN8n';
import type { WebhookAnswer } from './support/e2eN8n';

/** Cention's callback sample (Administration → API → Callback): errand 2256 answered. */
export function centionCallback(secret = CENTION_CALLBACK_SECRET): Record<string, unknown> {
	return answeredErrandCallback({ secret });
}

/** Cention posts JSON:API documents. */
export async function postCentionCallback(url: string, body: unknown): Promise<WebhookAnswer> {
	return await post(url, body, { headers: { 'Content-Type': 'application/vnd.api+json' } });
}

function asWebhookAnswer(answer: ReportedAnswer | undefined): WebhookAnswer {
	return { status: answer?.status ?? 0, body: answer?.json ?? answer?.text, headers: new Headers() };
}

export const EXAMPLE_TRIGGERS: Record<string, (url: string) => Promise<WebhookAnswer>> = {
	// Comnica manual, Webhooks → Saving CC record.
	exComnicaSaved01: async (url) =>
		await post(url, recordSaved('operator.save', { record_id: 42, termination_id: null, terminating_code: null }), {
			query: { token: COMNICA_WEBHOOK_SECRET },
		}),
	exUContactRing01: async (url) => await post(url, notifications.AgentRingNoAnswer, { query: { token: UCONTACT_WEBHOOK_SECRET } }),
	exCentionAnswer1: async (url) => await postCentionCallback(url, centionCallback()),
	// Sinch Contact Pro's Event-Driven Integration calls n8n itself: an inbound call that ended unanswered.
	exSinchEdiEnded1: async (url) => {
		const result = await edi().send({ endpointUrl: url }, { event: 'ended', conversation: 'abandonedCall' });
		return { status: result.status ?? 0, body: result.json ?? result.text, headers: new Headers() };
	},
	// The VIPeX PBX calls n8n itself: the manual's data query by GET (its default format)…
	exVipexRouting01: async (url) => asWebhookAnswer(await pbx().call({ url, method: 'GET' }, { event: 'dataQuery' })),
	// … an incoming-call notification by POST (extension 252 ringing) …
	exVipexCallCard1: async (url) => asWebhookAnswer(await pbx().call({ url, method: 'POST' }, { event: 'notification' })),
	// … and the end-of-call data of incoming call 91059 with its recordings.
	exVipexEndCall01: async (url) => {
		const delivery = await pbx().endOfCall({ url }, { example: 'incoming' });
		return asWebhookAnswer(delivery.attempts.at(-1)?.answer);
	},
	// An MCP client (an AI agent's) with the demo bearer token: one tool call, one execution.
	exMcpContactCtr1: async (url) => {
		const client = new McpClient(url, { Authorization: `Bearer ${MCP_BEARER_TOKEN}` });
		await client.connect();
		try {
			const result = await client.callTool('Cention_Search_Knowledge_Base', { Phrase: 'password' });
			return { status: result.isError ? 500 : 200, body: result, headers: new Headers() };
		} finally {
			await client.close();
		}
	},
};

/**
 * For every polling example (a polling trigger of the package, published without a webhook):
 * what happens in its vendor's system for it to pick up at its next poll, done through the
 * simulator's control routes. examples.e2e.test.ts expects one successful execution after it.
 */
export const EXAMPLE_POLLS: Record<string, () => Promise<unknown>> = {
	// An agent forwards errand 101: it goes on Cention's changed list.
	exCentionChange1: async () => await simulator('cention').control('change-errand?id=101&note=Errand%20101%20was%20forwarded%20to%20area%20Billing'),
	// A reviewer rates the Facebook page.
	exCentionRating1: async () => await simulator('cention').control('change-rating?rating=2&message=Waited%20three%20days%20for%20an%20answer.'),
	// A customer asks for a callback.
	exSinchCallbck01: async () => await simulator('sinch').control('add-item?resource=callback'),
	// A support call ends, with its recording.
	exUContactCdr001: async () => await simulator('ucontact').control('add-call?campaign=Soporte%3C-&recording=mp3'),
};
