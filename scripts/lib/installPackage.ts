import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

import { packageJson } from './packageNodes';
import { ROOT } from './paths';
import { npmEnv, run, step } from './processes';

/** `npm pack` of this package (dist/ must be built). Returns the tarball's path. */
export async function packPackage(home: string, logFile: string): Promise<string> {
	const destination = join(home, 'pack');
	rmSync(destination, { recursive: true, force: true });
	mkdirSync(destination, { recursive: true });
	await run('npm', ['pack', '--pack-destination', destination, '--silent'], { cwd: ROOT, env: npmEnv(), logFile });
	const tarball = readdirSync(destination).find((file) => file.endsWith('.tgz'));
	if (!tarball) throw new Error(`npm pack left no tarball in ${destination}`);
	return join(destination, tarball);
}

/**
 * Installs the tarball into <home>/.n8n/nodes the way n8n 2.41's Community Nodes screen
 * does: unpacked into nodes/node_modules/<name>, dev/peer/optional dependencies removed from
 * its package.json, `npm install` of its own dependencies there with the same flags, and
 * the dependency recorded in nodes/package.json. Node types are then `<name>.<node>`.
 */
export async function installIntoN8n(home: string, logFile: string): Promise<void> {
	const pkg = packageJson();
	const done = step(`Packing ${pkg.name} ${pkg.version} and installing it into n8n's community nodes`);
	const tarball = await packPackage(home, logFile);
	const nodesDir = join(home, '.n8n', 'nodes');
	const packageDir = join(nodesDir, 'node_modules', pkg.name);
	rmSync(packageDir, { recursive: true, force: true });
	mkdirSync(packageDir, { recursive: true });
	await run('tar', ['-xzf', tarball, '-C', packageDir, '--strip-components=1'], { logFile });
	const manifestPath = join(packageDir, 'package.json');
	const manifest = JSON.parse(readFileSync(manifestPath, 'utf8')) as Record<string, unknown>;
	for (const key of ['devDependencies', 'peerDependencies', 'optionalDependencies']) delete manifest[key];
	writeFileSync(manifestPath, JSON.stringify(manifest, null, 2));
	await run(
		'npm',
		['install', '--audit=false', '--fund=false', '--bin-links=false', '--install-strategy=shallow', '--ignore-scripts=true', '--package-lock=false'],
		{ cwd: packageDir, env: npmEnv(), logFile },
	);
	const nodesPackagePath = join(nodesDir, 'package.json');
	let nodesPackage: { name: string; private: boolean; dependencies: Record<string, string> };
	try {
		nodesPackage = JSON.parse(readFileSync(nodesPackagePath, 'utf8'));
	} catch {
		nodesPackage = { name: 'installed-nodes', private: true, dependencies: {} };
	}
	nodesPackage.dependencies = { ...nodesPackage.dependencies, [pkg.name]: pkg.version };
	writeFileSync(nodesPackagePath, JSON.stringify(nodesPackage, null, 2));
	done();
}
