import { Agent } from 'node:http';

import type { N8nClient } from '../scripts/lib/client';
import { callParameters } from '../test/simulators/vipex/payloads';
import { listExecutions, settledExecutions } from '../scripts/lib/executions';
import { basicAuth, jsonBody, send } from '../scripts/lib/http';

import type { Sizes } from './benchConfig';
import { alternate } from './stats';
import { PBX_USER } from './webhookFlows';
import type { TriggerFlow, WebhookFlows } from './webhookFlows';

/**
 * Part 4: VIPeX incoming-call notifications at a fixed concurrency to our VIPeX Trigger and to
 * n8n's Webhook node, the total split over alternating rounds. Afterwards n8n's public API
 * counts the executions each side completed: none may be lost.
 */

export interface ThroughputRound {
	sent: number;
	answered200: number;
	seconds: number;
	perSecond: number;
}

export interface ThroughputSide {
	rounds: ThroughputRound[];
	sent: number;
	executions: number;
	succeeded: number;
}

export interface ThroughputResult {
	concurrency: number;
	ours: ThroughputSide;
	webhook: ThroughputSide;
}

/** `count` notifications to a trigger's URL, `concurrency` at a time; answers 200 are counted. */
export async function notificationRound(flow: Pick<TriggerFlow, 'url'>, count: number, concurrency: number, firstId: number): Promise<ThroughputRound> {
	const agent = new Agent({ keepAlive: true, maxSockets: concurrency });
	const headers = { 'Content-Type': 'application/json', Authorization: basicAuth(PBX_USER.user, PBX_USER.password) };
	let next = 0;
	let ok = 0;
	const started = performance.now();
	const worker = async () => {
		while (next < count) {
			const id = firstId + next++;
			const answer = await send('POST', flow.url, headers, jsonBody(callParameters({ id })), agent, 60_000);
			if (answer.status === 200) ok++;
		}
	};
	await Promise.all(Array.from({ length: Math.min(concurrency, count) }, worker));
	const seconds = (performance.now() - started) / 1000;
	agent.destroy();
	return { sent: count, answered200: ok, seconds, perSecond: count / seconds };
}

export async function throughputPart(client: N8nClient, flows: WebhookFlows, sizes: Sizes, log: (line: string) => void): Promise<ThroughputResult> {
	const sides = { ours: flows.notification.ours, webhook: flows.notification.webhook };
	const result: ThroughputResult = {
		concurrency: sizes.concurrency,
		ours: { rounds: [], sent: 0, executions: 0, succeeded: 0 },
		webhook: { rounds: [], sent: 0, executions: 0, succeeded: 0 },
	};
	const existing = {
		ours: (await listExecutions(client, sides.ours.workflowId)).length,
		webhook: (await listExecutions(client, sides.webhook.workflowId)).length,
	};
	let id = 920000;
	for (let index = 0; index < sizes.runs; index++) {
		// The total split evenly over the rounds.
		const count = Math.floor((sizes.notifications * (index + 1)) / sizes.runs) - Math.floor((sizes.notifications * index) / sizes.runs);
		for (const flow of alternate(index, sides.ours, sides.webhook)) {
			const measured = await notificationRound(flow, count, sizes.concurrency, id);
			id += count;
			const side = result[flow.side];
			side.rounds.push(measured);
			side.sent += measured.sent;
			log(`  notifications round ${index + 1} ${flow.label.padEnd(14)} ${measured.sent} in ${measured.seconds.toFixed(1)} s = ${measured.perSecond.toFixed(0)}/s (${measured.answered200} answered 200)`);
		}
	}
	for (const key of ['ours', 'webhook'] as const) {
		const expected = existing[key] + result[key].sent;
		const found = await settledExecutions(client, sides[key].workflowId, { expected, quietMs: 5_000 });
		const measured = found.slice(existing[key]);
		result[key].executions = measured.length;
		result[key].succeeded = measured.filter((execution) => execution.status === 'success').length;
	}
	return result;
}
