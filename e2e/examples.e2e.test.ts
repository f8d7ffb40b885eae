/**
 * Every example workflow in examples/ runs in the real n8n: Manual Trigger workflows through
 * `n8n execute` (on a worker in queue mode), published trigger workflows through their production webhook URLs (refused
 * without the secret, run once with the vendor's documented payload), polling ones when
 * something happens in their vendor's simulator. Results are read back through n8n's public
 * API. Vendor files (e.g. comnica.e2e.test.ts, polling.e2e.test.ts) assert the details.
 */
import { readFileSync } from 'node:fs';

import { packageNodes } from '../scripts/lib/packageNodes';
import { EXAMPLES } from '../scripts/lib/paths';
import { EXAMPLE_POLLS, EXAMPLE_TRIGGERS } from './exampleTriggers';
import type { Execution } from './support/e2eN8n';
import { executions, finishedExecutions, POLL_WAIT, post, runManually, state } from './support/e2eN8n';

const examples = state().workflows.filter((workflow) => workflow.file.startsWith(EXAMPLES));
// A scheduled example should also have a Manual Trigger: it is then run like the manual ones.
const manual = examples.filter((workflow) => workflow.manual);
const published = examples.filter((workflow) => workflow.published && Object.keys(workflow.webhooks).length > 0);
// Started by one of the package's polling triggers (n8n polls at most every minute).
const pollingTypes = new Set(packageNodes().filter((node) => node.description.polling).map((node) => node.type));
const polling = examples.filter(
	(workflow) =>
		workflow.published &&
		(JSON.parse(readFileSync(workflow.file, 'utf8')) as { nodes: Array<{ type: string }> }).nodes.some((node) => pollingTypes.has(node.type)),
);

/** No node failed, and the execution succeeded. */
function expectClean(execution: Execution): void {
	const failed = Object.entries(execution.data?.resultData.runData ?? {})
		.filter(([, runs]) => runs.some((run) => run.error))
		.map(([node, runs]) => `${node}: ${runs.find((run) => run.error)!.error!.message}`);
	expect({ status: execution.status, failed }).toEqual({ status: 'success', failed: [] });
}

describe('example workflows in a real n8n', () => {
	test('every example is imported, or waits for its vendor', () => {
		for (const skipped of state().skipped.filter((entry) => entry.file.startsWith(EXAMPLES))) {
			console.log(`not imported yet: ${skipped.file} — ${skipped.reason}`);
		}
		expect(examples.length).toBeGreaterThan(0);
	});

	if (manual.length > 0) {
		test.each(manual)('"$name" runs from its Manual Trigger', async ({ id }) => {
			const before = (await executions(id)).length;
			await runManually(id);
			const [execution] = (await finishedExecutions(id, before + 1)).slice(before);
			expectClean(execution);
		});
	}

	if (published.length > 0) {
		test.each(published)('"$name" refuses a request without its secret and runs on its vendor\'s payload', async ({ id, webhooks }) => {
			const send = EXAMPLE_TRIGGERS[id];
			if (!send) throw new Error(`Add how the vendor calls ${id} to e2e/exampleTriggers.ts`);
			const [url] = Object.values(webhooks);
			const before = (await executions(id)).length;

			const refused = await post(url, {});
			const accepted = await send(url);

			expect([401, 403]).toContain(refused.status);
			expect(accepted.status).toBeGreaterThanOrEqual(200);
			expect(accepted.status).toBeLessThan(300);
			const runs = (await finishedExecutions(id, before + 1)).slice(before);
			expect(runs).toHaveLength(1);
			expectClean(runs[0]);
		});
	}

	if (polling.length > 0) {
		// Concurrently: each waits for its trigger's next poll.
		test.concurrent.each(polling)('"$name" picks up what happened in its vendor\'s system at its next poll', async ({ id }) => {
			const happen = EXAMPLE_POLLS[id];
			if (!happen) throw new Error(`Add what its trigger picks up for ${id} to EXAMPLE_POLLS in e2e/exampleTriggers.ts`);
			const before = (await executions(id)).length;

			await happen();

			const runs = (await finishedExecutions(id, before + 1, POLL_WAIT)).slice(before);
			expect(runs).toHaveLength(1);
			expectClean(runs[0]);
		});
	}
});
