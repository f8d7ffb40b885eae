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

export interface PackageCredential {
	name: string;
	displayName: string;
}

/** The credential types package.json lists, read from dist/. */
export function packageCredentials(): PackageCredential[] {
	return packageJson().n8n.credentials.map((file) => {
		// eslint-disable-next-line @typescript-eslint/no-require-imports
		const module = require(join(ROOT, file)) as Record<string, new () => PackageCredential>;
		const Class = Object.values(module).find((value) => typeof value === 'function');
		if (!Class) throw new Error(`${file} exports no credential class`);
		const { name, displayName } = new Class();
		return { name, displayName };
	});
}

/** The package's nodes grouped by their folder under nodes/ (one vendor each). */
export function nodesByVendor(): Map<string, PackageNode[]> {
	const byVendor = new Map<string, PackageNode[]>();
	const files = packageJson().n8n.nodes;
	packageNodes().forEach((node, index) => {
		const vendor = files[index].split('/')[2];
		byVendor.set(vendor, [...(byVendor.get(vendor) ?? []), node]);
	});
	return byVendor;
}
