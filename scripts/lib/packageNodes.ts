import { readFileSync } from 'node:fs';
import { join } from 'node:path';

import type { INodeTypeDescription } from 'n8n-workflow';

import { ROOT } from './paths';

interface PackageJson {
	name: string;
	version: string;
	n8n: { nodes: string[]; credentials: string[] };
}

export function packageJson(): PackageJson {
	return JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as PackageJson;
}

export interface PackageNode {
	/** As n8n names it once the package is installed: `n8n-nodes-contact-center.comnica`. */
	type: string;
	description: INodeTypeDescription;
	isTrigger: boolean;
}

/** The nodes package.json lists, read from the built dist/ (run `npm run build` first). */
export function packageNodes(): PackageNode[] {
	const pkg = packageJson();
	return pkg.n8n.nodes.map((file) => {
		// eslint-disable-next-line @typescript-eslint/no-require-imports
		const module = require(join(ROOT, file)) as Record<string, new () => { description: INodeTypeDescription }>;
		const Class = Object.values(module).find((value) => typeof value === 'function');
		if (!Class) throw new Error(`${file} exports no node class`);
		const description = new Class().description;
		return { type: `${pkg.name}.${description.name}`, description, isTrigger: description.group.includes('trigger') };
	});
}

/** Credential type names package.json lists (file name without `.credentials.js`, first letter lower-cased). */
export function packageCredentialTypes(): string[] {
	return packageJson().n8n.credentials.map((file) => {
		const base = file.split('/').pop()!.replace(/\.credentials\.js$/, '');
		return base.charAt(0).toLowerCase() + base.slice(1);
	});
}
