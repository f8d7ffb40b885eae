import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

import { packageJson } from '../scripts/lib/packageNodes';
import { E2E_HOME, ROOT } from '../scripts/lib/paths';
import { BENCH_HOME } from './benchConfig';
import type { BenchVendor } from './benchOperations';

/**
 * The floor of each compared node in the real n8n: the node as installed, with an empty
 * routing (test/harness/floor.ts), loaded by n8n as a custom node from N8N_CUSTOM_EXTENSIONS.
 * Outside BENCH_HOME, which the bench starts afresh.
 */
export const FLOOR_DIR = join(E2E_HOME, 'bench-floor');

/** Node classes of the compared nodes, by the node name of benchOperations.ts. */
const CLASSES: Record<string, { file: string; className: string }> = {
	comnica: { file: 'Comnica/Comnica.node.js', className: 'Comnica' },
	uContact: { file: 'UContact/UContact.node.js', className: 'UContact' },
	cention: { file: 'Cention/Cention.node.js', className: 'Cention' },
	sinchContactPro: { file: 'SinchContactPro/SinchContactPro.node.js', className: 'SinchContactPro' },
};

/** The floor's node type in n8n: `CUSTOM.comnicaFloor`. */
export function floorType(bench: BenchVendor): string {
	return `CUSTOM.${bench.nodeType}Floor`;
}

/** Writes one `<Class>Floor.node.js` per node and points n8n at them (n8n inherits the environment). */
export function writeFloorNodes(vendors: BenchVendor[]): void {
	rmSync(FLOOR_DIR, { recursive: true, force: true });
	mkdirSync(FLOOR_DIR, { recursive: true });
	// The package as n8n runs it: installed into the bench's n8n by startInstance.
	const installed = join(BENCH_HOME, '.n8n', 'nodes', 'node_modules', packageJson().name, 'dist', 'nodes');
	const floor = join(ROOT, 'build', 'test', 'harness', 'floor.js');
	for (const bench of vendors) {
		const { file, className } = CLASSES[bench.nodeType];
		writeFileSync(
			join(FLOOR_DIR, `${className}Floor.node.js`),
			[
				`// Written by npm run bench (bench/floorNodes.ts): ${className} with an empty routing.`,
				`const { emptyRouting } = require(${JSON.stringify(floor)});`,
				`class ${className}Floor {`,
				'\tconstructor() {',
				`\t\tconst { ${className} } = require(${JSON.stringify(join(installed, file))});`,
				`\t\tthis.description = emptyRouting(new ${className}()).description;`,
				'\t}',
				'}',
				`module.exports = { ${className}Floor };`,
				'',
			].join('\n'),
		);
	}
	process.env.N8N_CUSTOM_EXTENSIONS = FLOOR_DIR;
}
