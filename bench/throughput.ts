import { Agent } from 'node:http';

import type { N8nClient } from '../scripts/lib/client';
import { callParameters } from '../test/simulators/vipex/payloads';
import { listExecutions, settledExecutions } from '../scripts/lib/executions';
import { basicAuth, jsonBody, send } from '../scripts/lib/http';

import type { Sizes } from './benchConfig';
import { rotation } from './stats';
import { expressionMetrics } from './n8nApi';
import { PBX_USER } from './webhookFlows';
import type { TriggerFlow, WebhookFlows } from './webhookFlows';

/**
 * Part 4: VIPeX incoming-call notifications at a fixed concurrency to our VIPeX Trigger, to
 * n8n's Webhook node and to its version 1, the total split over rotating rounds. Afterwards n8n's public API
 * counts the executions each side completed: none may be lost.
 */

export interface ThroughputRound {
	sent: number;
	/** Expressions n8n evaluated per notification in this round (/metrics), where measured. */
	expressions?: number;
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
	/** n8n's Webhook node version 1: a trigger that takes an expression sandbox per request, like ours. */
	webhookV1: ThroughputSide;
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
	const sides = flows.notification;
	const keys = ['ours', 'webhook', 'webhookV1'] as const;
	const result: ThroughputResult = {
		concurrency: sizes.concurrency,
		ours: { rounds: [], sent: 0, executions: 0, succeeded: 0 },
		webhook: { rounds: [], sent: 0, executions: 0, succeeded: 0 },
		webhookV1: { rounds: [], sent: 0, executions: 0, succeeded: 0 },
	};
	const existing = {
		ours: (await listExecutions(client, sides.ours.workflowId)).length,
		webhook: (await listExecutions(client, sides.webhook.workflowId)).length,
		webhookV1: (await listExecutions(client, sides.webhookV1.workflowId)).length,
	};
	let id = 920000;
	for (let index = 0; index < sizes.runs; index++) {
		// The total split evenly over the rounds.
		const count = Math.floor((sizes.notifications * (index + 1)) / sizes.runs) - Math.floor((sizes.notifications * index) / sizes.runs);
		for (const flow of rotation(index, keys.map((key) => sides[key]))) {
			const before = await expressionMetrics(client.url);
			const measured = await notificationRound(flow, count, sizes.concurrency, id);
			// The last executions end just after their answers.
			await new Promise((resolve) => setTimeout(resolve, 1_000));
			measured.expressions = ((await expressionMetrics(client.url)).count - before.count) / measured.sent;
			id += count;
			const side = result[flow.side];
			side.rounds.push(measured);
			side.sent += measured.sent;
			log(`  notifications round ${index + 1} ${flow.label.padEnd(14)} ${measured.sent} in ${measured.seconds.toFixed(1)} s = ${measured.perSecond.toFixed(0)}/s (${measured.answered200} answered 200), ${measured.expressions.toFixed(1)} expressions each`);
		}
	}
	for (const key of keys) {
		const expected = existing[key] + result[key].sent;
		const found = await settledExecutions(client, sides[key].workflowId, { expected, quietMs: 5_000 });
		const measured = found.slice(existing[key]);
		result[key].executions = measured.length;
		result[key].succeeded = measured.filter((execution) => execution.status === 'success').length;
	}
	return result;
}
