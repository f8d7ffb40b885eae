import type { N8nClient } from '../scripts/lib/client';
import type { CredentialImport } from '../scripts/lib/demoCredentials';
import { vipexWebhookData } from '../scripts/lib/demoCredentials';
import { createCredential, createWorkflow } from './n8nApi';
import { vipexWorkflow, webhookWorkflow } from './workflows';

/**
 * The webhook side of the bench (parts 3 and 4): our VIPeX Trigger and n8n's Webhook node,
 * each alone in a published workflow, both with the Basic auth a VIPeX PBX sends.
 */

export const PBX_USER = { user: 'vipex-pbx', password: 'bench-pbx-password' };

export const VIPEX_CREDENTIAL_ID = 'benchVipexHook01';

export function vipexCredential(): CredentialImport {
	return {
		id: VIPEX_CREDENTIAL_ID,
		name: 'bench: VIPeX PBX (Basic)',
		type: 'vipexWebhookApi',
		data: vipexWebhookData({ basicUser: PBX_USER.user, basicPassword: PBX_USER.password }),
	};
}

export interface TriggerFlow {
	side: 'ours' | 'webhook' | 'webhookV1';
	label: string;
	workflowId: string;
	url: string;
}

const END_OF_CALL_WEBHOOK_ID = 'b0000000-0000-4000-8000-0000000be001';
const NOTIFICATION_WEBHOOK_ID = 'b0000000-0000-4000-8000-0000000be002';

export async function webhookFlows(client: N8nClient, n8nUrl: string) {
	const basicAuthId = await createCredential(client, 'bench: VIPeX PBX (Webhook node Basic auth)', 'httpBasicAuth', { ...PBX_USER });
	const flow = async (side: TriggerFlow['side'], label: string, create: () => ReturnType<typeof vipexWorkflow>, url: string): Promise<TriggerFlow> => ({
		side,
		label,
		url,
		workflowId: await createWorkflow(client, create(), url),
	});
	return {
		endOfCall: {
			ours: await flow(
				'ours',
				'VIPeX Trigger',
				() => vipexWorkflow('VIPeX end of call (our trigger)', END_OF_CALL_WEBHOOK_ID, { event: 'endOfCall', duplicateWindow: 60, options: {} }, VIPEX_CREDENTIAL_ID),
				`${n8nUrl}/webhook/${END_OF_CALL_WEBHOOK_ID}/vipex`,
			),
			webhook: await flow('webhook', 'Webhook node', () => webhookWorkflow('end of call (Webhook node)', 'bench-end-of-call', basicAuthId), `${n8nUrl}/webhook/bench-end-of-call`),
		},
		notification: {
			ours: await flow(
				'ours',
				'VIPeX Trigger',
				() => vipexWorkflow('VIPeX incoming call notification (our trigger)', NOTIFICATION_WEBHOOK_ID, { event: 'incomingCall', moments: 'all', options: {} }, VIPEX_CREDENTIAL_ID),
				`${n8nUrl}/webhook/${NOTIFICATION_WEBHOOK_ID}/vipex`,
			),
			webhook: await flow('webhook', 'Webhook node', () => webhookWorkflow('incoming call notification (Webhook node)', 'bench-notification', basicAuthId), `${n8nUrl}/webhook/bench-notification`),
			webhookV1: await flow(
				'webhookV1',
				'Webhook node v1',
				() => webhookWorkflow('incoming call notification (Webhook node v1)', 'bench-notification-v1', basicAuthId, 1),
				`${n8nUrl}/webhook/bench-notification-v1`,
			),
		},
	};
}

export type WebhookFlows = Awaited<ReturnType<typeof webhookFlows>>;
