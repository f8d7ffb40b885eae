import { COMNICA_WEBHOOK_SECRET } from './demoCredentials';
import type { InstanceState } from './instance';

/**
 * What `npm start` suggests trying, per example workflow ID. Manual workflows need no entry
 * (they are listed with "open it and click Execute workflow"); a trigger example gets a curl
 * command with a documented example payload of its vendor.
 */
export const DEMO_TRY: Record<string, (webhookUrl: string) => string> = {
	exComnicaSaved01: (url) =>
		`curl -X POST '${url}?token=${COMNICA_WEBHOOK_SECRET}' -H 'Content-Type: application/json' \\\n` +
		`      -d '{"event":"cc.record.save","event_reason":"operator.termination","payload":{"record_id":14396,"termination_id":356,"terminating_code":"bye"}}'`,
};

export function tryLines(state: InstanceState): string[] {
	const lines: string[] = [];
	for (const workflow of state.workflows) {
		if (workflow.manual) {
			lines.push(`• Open "${workflow.name}" and click "Execute workflow".`);
			continue;
		}
		if (!workflow.published) continue;
		const [url] = Object.values(workflow.webhooks);
		const example = url ? DEMO_TRY[workflow.id]?.(url) : undefined;
		lines.push(`• "${workflow.name}" is published${url ? ` at ${url}` : ''}.`);
		if (example) lines.push(`  Send it what the vendor would, then look at Executions:\n    ${example}`);
	}
	return lines;
}
