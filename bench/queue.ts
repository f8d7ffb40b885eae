import { startInstance } from '../scripts/lib/instance';
import type { InstanceOptions } from '../scripts/lib/instance';
import { settledExecutions } from '../scripts/lib/executions';
import { INSTANCES } from '../scripts/lib/ports';

import type { Sizes } from './benchConfig';
import { rotation } from './stats';
import type { ThroughputRound } from './throughput';
import { notificationRound } from './throughput';
import { createCredential, createWorkflow } from './n8nApi';
import { PBX_USER, VIPEX_CREDENTIAL_ID, vipexCredential } from './webhookFlows';
import { vipexWorkflow, webhookWorkflow } from './workflows';

/**
 * Part 5: VIPeX notifications in queue mode, at the same concurrency, through the load
 * balancer in front of two webhook processors, and straight to the main process (which serves
 * webhooks too), in rotating rounds on the same cluster. Workers run the executions either
 * way; n8n's public API counts them afterwards. n8n's Webhook node takes the same notifications
 * on the main process alone too, to tell what the main process does from what the trigger does.
 */

/** Part 5's cluster (its folder and ports: scripts/lib/ports.ts), with the bench's own workflows only. */
const BENCH_QUEUE_OPTIONS: InstanceOptions = { ...INSTANCES.benchQueue, fresh: true, examples: false };

export interface QueueSide {
	label: string;
	rounds: ThroughputRound[];
	sent: number;
	executions: number;
	succeeded: number;
}

export interface QueueResult {
	concurrency: number;
	processors: QueueSide;
	main: QueueSide;
	/** n8n's Webhook node on the main process alone. */
	mainWebhook: QueueSide;
}

export async function queuePart(sizes: Sizes, log: (line: string) => void): Promise<QueueResult> {
	const instance = await startInstance({ ...BENCH_QUEUE_OPTIONS, extraCredentials: () => [vipexCredential()] });
	try {
		const { client } = instance;
		const balancer = instance.state.queue!.balancerUrl;
		// One workflow per side, so n8n's public API counts each side's executions apart.
		const trigger = async (label: string, base: string, webhookId: string) => {
			const url = `${base}/webhook/${webhookId}/vipex`;
			const workflow = vipexWorkflow(`VIPeX notification in queue mode (${label})`, webhookId, { event: 'incomingCall', moments: 'all', options: {} }, VIPEX_CREDENTIAL_ID);
			return { label, url, workflowId: await createWorkflow(client, workflow, url) };
		};
		const basicAuthId = await createCredential(client, 'bench: VIPeX PBX (Webhook node Basic auth)', 'httpBasicAuth', { ...PBX_USER });
		const webhookUrl = `${instance.state.url}/webhook/bench-queue-notification`;
		const sides = {
			processors: await trigger('2 processors', balancer, 'b0000000-0000-4000-8000-0000000be051'),
			main: await trigger('main alone', instance.state.url, 'b0000000-0000-4000-8000-0000000be052'),
			mainWebhook: {
				label: 'Webhook node, main',
				url: webhookUrl,
				workflowId: await createWorkflow(client, webhookWorkflow('notification in queue mode (Webhook node, main alone)', 'bench-queue-notification', basicAuthId), webhookUrl),
			},
		};
		const keys = ['processors', 'main', 'mainWebhook'] as const;
		const result: QueueResult = { concurrency: sizes.concurrency, processors: emptySide(sides.processors.label), main: emptySide(sides.main.label), mainWebhook: emptySide(sides.mainWebhook.label) };
		let id = 950000;
		for (let index = 0; index < sizes.runs; index++) {
			const count = Math.floor((sizes.notifications * (index + 1)) / sizes.runs) - Math.floor((sizes.notifications * index) / sizes.runs);
			for (const key of rotation(index, [...keys])) {
				const flow = sides[key];
				const measured = await notificationRound(flow, count, sizes.concurrency, id);
				id += count;
				const target = result[key];
				target.rounds.push(measured);
				target.sent += measured.sent;
				log(`  queue mode round ${index + 1} ${flow.label.padEnd(18)} ${measured.sent} in ${measured.seconds.toFixed(1)} s = ${measured.perSecond.toFixed(0)}/s (${measured.answered200} answered 200)`);
			}
		}
		for (const key of keys) {
			const target = result[key];
			const found = await settledExecutions(client, sides[key].workflowId, { expected: target.sent, quietMs: 5_000, timeoutMs: 600_000 });
			target.executions = found.length;
			target.succeeded = found.filter((execution) => execution.status === 'success').length;
		}
		return result;
	} finally {
		await instance.stop();
	}
}

function emptySide(label: string): QueueSide {
	return { label, rounds: [], sent: 0, executions: 0, succeeded: 0 };
}
