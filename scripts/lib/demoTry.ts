import { recordSaved } from '../../test/simulators/comnica/webhooks';
import { notifications } from '../../test/simulators/ucontact/webhooks';
import {
	CENTION_CALLBACK_SECRET,
	COMNICA_WEBHOOK_SECRET,
	MCP_BEARER_TOKEN,
	SINCH_EDI_API_KEY,
	SINCH_EDI_BASIC_AUTH,
	UCONTACT_WEBHOOK_SECRET,
	VIPEX_BASIC_AUTH,
} from './demoCredentials';
import type { InstanceState } from './instance';

/**
 * What `npm start` suggests trying, per example workflow ID. Manual workflows need no entry
 * (they are listed with "open it and click Execute workflow"); a trigger example gets a curl
 * command with a documented example payload of its vendor. It receives the trigger's production
 * URL and the simulators' addresses (the VIPeX PBX and Sinch's Event-Driven Integration make the call themselves). A polling
 * example (no URL) gets a curl that makes something happen in its vendor's simulator.
 */
export const DEMO_TRY: Record<string, (webhookUrl: string, simulators: Record<string, string>) => string> = {
	exComnicaSaved01: (url) => postJson(`${url}?token=${COMNICA_WEBHOOK_SECRET}`, recordSaved()),
	exUContactRing01: (url) => postJson(`${url}?token=${UCONTACT_WEBHOOK_SECRET}`, notifications.AgentRingNoAnswer),
	// The simulator hands out the manual's callback sample with the secret filled in.
	exCentionAnswer1: (url, simulators) =>
		`curl -s '${simulators.cention}/__sim/callback?secret=${CENTION_CALLBACK_SECRET}' | \\\n` +
		`      curl -X POST '${url}' -H 'Content-Type: application/vnd.api+json' --data-binary @-`,
	// An inbound call that ended before an agent answered; conversation "callIn" (answered) schedules no callback.
	exSinchEdiEnded1: (url, simulators) => ediEvent(simulators.sinch, url, '{"event":"ended","conversation":"abandonedCall"}'),
	exVipexRouting01: (url, simulators) => pbxCall(simulators.vipex, url, 'GET', '{"event":"dataQuery"}'),
	exVipexCallCard1: (url, simulators) => pbxCall(simulators.vipex, url, 'POST', '{"event":"notification"}'),
	exVipexEndCall01: (url, simulators) => pbxCall(simulators.vipex, url, 'POST', '{"event":"endOfCall","example":"incoming"}'),
	exCentionChange1: (_url, simulators) => `curl -X POST '${simulators.cention}/__sim/change-errand?id=101&note=Forwarded+to+Billing'`,
	exCentionRating1: (_url, simulators) => `curl -X POST '${simulators.cention}/__sim/change-rating?rating=2&message=Slow+answers'`,
	exSinchCallbck01: (_url, simulators) => `curl -X POST '${simulators.sinch}/__sim/add-item?resource=callback'`,
	exUContactCdr001: (_url, simulators) => `curl -X POST '${simulators.ucontact}/__sim/add-call?campaign=Soporte%3C-&recording=mp3'`,
};

/** A curl that posts a vendor's JSON example (none of them holds a single quote). */
function postJson(url: string, body: unknown): string {
	return `curl -X POST '${url}' -H 'Content-Type: application/json' \\\n      -d '${JSON.stringify(body)}'`;
}

/** Two calls to the PBX simulator: point its API client connection at n8n, then have it send. */
function pbxCall(pbxUrl: string | undefined, url: string, method: 'GET' | 'POST', command: string): string {
	if (!pbxUrl) return '';
	const connection = JSON.stringify({ url, method, basic: VIPEX_BASIC_AUTH });
	return (
		`curl -X POST ${pbxUrl}/pbx/connection -d '${connection}'\n` +
		`    curl -X POST ${pbxUrl}/pbx/send -d '${command}'`
	);
}

/** Two calls to the Sinch simulator: set up the Event-Driven Integration for n8n's URL, then raise an event. */
function ediEvent(sinchUrl: string | undefined, url: string, command: string): string {
	if (!sinchUrl) return '';
	const integration = JSON.stringify({ endpointUrl: url, basic: SINCH_EDI_BASIC_AUTH, authentications: { 'api-key': SINCH_EDI_API_KEY } });
	return (
		`curl -X POST ${sinchUrl}/__sim/edi/integration -d '${integration}'\n` +
		`    curl -X POST ${sinchUrl}/__sim/edi/send -d '${command}'`
	);
}

/** An MCP Server Trigger's URL (/mcp/<path>): what an MCP client needs to connect. */
function mcpLines(name: string, url: string): string[] {
	const initialize = { jsonrpc: '2.0', id: 1, method: 'initialize', params: { protocolVersion: '2025-06-18', capabilities: {}, clientInfo: { name: 'curl', version: '1' } } };
	return [
		`• "${name}" serves the contact-center nodes to AI agents at ${url}`,
		`  Connect any MCP client (Streamable HTTP) with the header "Authorization: Bearer ${MCP_BEARER_TOKEN}",`,
		`  e.g. the MCP Inspector (npx @modelcontextprotocol/inspector). The server's first answer:`,
		`    curl -X POST '${url}' -H 'Authorization: Bearer ${MCP_BEARER_TOKEN}' \\\n` +
			`      -H 'Content-Type: application/json' -H 'Accept: application/json, text/event-stream' -d '${JSON.stringify(initialize)}'`,
	];
}

export function tryLines(state: InstanceState): string[] {
	const lines: string[] = [];
	for (const workflow of state.workflows) {
		if (workflow.manual) {
			lines.push(`• Open "${workflow.name}" and click "Execute workflow".`);
			continue;
		}
		if (!workflow.published) continue;
		const [url] = Object.values(workflow.webhooks);
		if (url && new URL(url).pathname.startsWith('/mcp/')) {
			lines.push(...mcpLines(workflow.name, url));
			continue;
		}
		const example = DEMO_TRY[workflow.id]?.(url ?? '', state.simulators);
		lines.push(`• "${workflow.name}" is published${url ? ` at ${url}` : ' (it polls its vendor every minute)'}.`);
		const what = url ? 'Send it what the vendor would' : 'Make it happen in the simulator';
		if (example) lines.push(`  ${what}, then look at Executions:\n    ${example}`);
	}
	return lines;
}
