import { readFileSync } from 'node:fs';
import { join } from 'node:path';

import { BENCH_INSPECT_PORT, E2E_CLI_BROKER_PORT, INSTANCES, instancePorts } from '../../scripts/lib/ports';
import { PACKAGE_ROOT } from '../harness/engine';

describe('the instances table (scripts/lib/ports.ts)', () => {
	it('gives every instance ports no other instance uses, so the suites run side by side', () => {
		const owners = new Map<number, string>();
		const claim = (port: number, owner: string) => {
			expect(`${port}: ${owners.get(port) ?? owner}`).toBe(`${port}: ${owner}`);
			owners.set(port, owner);
		};
		for (const [name, instance] of Object.entries(INSTANCES)) {
			for (const [port, what] of instancePorts(instance)) claim(port, `${name} ${what}`);
		}
		// `n8n execute` of the e2e suite: its broker and its own server port above it.
		for (const port of [E2E_CLI_BROKER_PORT, E2E_CLI_BROKER_PORT + 1]) claim(port, 'e2e CLI');
		claim(BENCH_INSPECT_PORT, 'bench inspector');
		expect(new Set(Object.values(INSTANCES).map((instance) => instance.home)).size).toBe(Object.keys(INSTANCES).length);
	});

	it('is what docs/testing.md tells maintainers', () => {
		const testing = readFileSync(join(PACKAGE_ROOT, 'docs', 'testing.md'), 'utf8');
		for (const instance of Object.values(INSTANCES)) {
			expect(testing).toContain(String(instance.port));
			expect(testing).toContain(`${instance.simulatorBasePort + 1}–${instance.simulatorBasePort + 5}`);
		}
	});
});
