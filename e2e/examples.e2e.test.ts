/**
 * Every example workflow in examples/ runs in the real n8n: Manual Trigger workflows through
 * `n8n execute`, published trigger workflows through their production webhook URLs (refused
 * without the secret, run once with the vendor's documented payload). Results are read back
 * through n8n's public API. Vendor files (e.g. comnica.e2e.test.ts) assert the details.
 */
import { EXAMPLES } from '../scripts/lib/paths';
import { EXAMPLE_TRIGGERS } from './exampleTriggers';
import type { Execution } from './support/n8n';
import { executeCli, executions, finishedExecutions, post, state } from './support/n8n';

const examples = state().workflows.filter((workflow) => workflow.file.startsWith(EXAMPLES));
// A scheduled example should also have a Manual Trigger: it is then run like the manual ones.
const manual = examples.filter((workflow) => workflow.manual);
const published = examples.filter((workflow) => workflow.published && Object.keys(workflow.webhooks).length > 0);

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
		test.each(manual)('"$name" runs with n8n execute', async ({ id }) => {
			const before = (await executions(id)).length;
			await executeCli(id);
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
});
