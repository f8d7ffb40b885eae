/**
 * For every published example workflow (examples/*.json with a vendor trigger): how its vendor
 * calls it, with a payload from the vendor's manual and the demo credential's secret.
 * examples.e2e.test.ts sends it to the production URL and expects one successful execution;
 * an example without an entry here fails that test.
 */
import { COMNICA_WEBHOOK_SECRET } from '../scripts/lib/demoCredentials';
import { post } from './support/n8n';
import type { WebhookAnswer } from './support/n8n';

export const EXAMPLE_TRIGGERS: Record<string, (url: string) => Promise<WebhookAnswer>> = {
	// Comnica manual, Webhooks → Saving CC record.
	exComnicaSaved01: async (url) =>
		await post(
			url,
			{ event: 'cc.record.save', event_reason: 'operator.save', payload: { record_id: 42, termination_id: null, terminating_code: null } },
			{ query: { token: COMNICA_WEBHOOK_SECRET } },
		),
	// TODO(lead): VIPeX end-of-call → Cention errand; VIPeX data query → Comnica lookup → answer;
	// Cention answered errand → Comnica update; uContact event examples, when they land.
};
