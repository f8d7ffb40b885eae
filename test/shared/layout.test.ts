import { existsSync, readdirSync } from 'fs';
import { join } from 'path';

import { PACKAGE_ROOT } from '../harness/engine';

/**
 * One shape for every vendor with an action node: the same transport files with the same roles
 * (docs/DEVELOPING.md, "The transport contract"). VIPeX has only a trigger and keeps its own
 * helpers/.
 */
const TRANSPORT = ['baseUrl.ts', 'endpoints.ts', 'errors.ts', 'index.ts', 'paging.ts', 'receive.ts', 'send.ts'];

const nodesDir = join(PACKAGE_ROOT, 'nodes');
const actionVendors = readdirSync(nodesDir).filter((folder) => existsSync(join(nodesDir, folder, `${folder}.node.ts`)));

describe('vendor folders', () => {
	it('finds the four action-node vendors', () => {
		expect(actionVendors.sort()).toEqual(['Cention', 'Comnica', 'SinchContactPro', 'UContact']);
	});

	it.each(actionVendors)('%s has transport/{baseUrl,endpoints,errors,index,paging,receive,send}.ts and methods/loadOptions.ts', (vendor) => {
		expect(readdirSync(join(nodesDir, vendor, 'transport')).sort()).toEqual(TRANSPORT);
		expect(readdirSync(join(nodesDir, vendor, 'methods'))).toContain('loadOptions.ts');
	});

	it.each(actionVendors)('%s transport/index.ts gives its ENDPOINTS and the api vendorRequest calls', (vendor) => {
		const transport = require(join(PACKAGE_ROOT, 'dist', 'nodes', vendor, 'transport', 'index.js')) as {
			ENDPOINTS?: object;
			api?: { vendor?: unknown; credential?: unknown; root?: unknown; error?: unknown; answer?: unknown };
		};
		expect(Object.keys(transport.ENDPOINTS ?? {}).length).toBeGreaterThan(0);
		expect(typeof transport.api?.vendor).toBe('string');
		expect(typeof transport.api?.credential).toBe('string');
		expect([typeof transport.api?.root, typeof transport.api?.error, typeof transport.api?.answer]).toEqual(['function', 'function', 'function']);
	});
});
