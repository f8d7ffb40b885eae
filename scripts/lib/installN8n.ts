import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

import { E2E_HOME, N8N_BIN, N8N_INSTALL_DIR, N8N_VERSION, NODE_HEADERS_DIR, ROOT } from './paths';
import { npmEnv, run, step } from './processes';

const MARKER = join(N8N_INSTALL_DIR, '.installed.json');
const LOG = join(E2E_HOME, 'install.log');

function readJson<T>(file: string): T | undefined {
	try {
		return JSON.parse(readFileSync(file, 'utf8')) as T;
	} catch {
		return undefined;
	}
}

/** Which n8n is installed and complete (the marker is written only after the native rebuild). */
export function installedVersion(): string | undefined {
	if (!existsSync(N8N_BIN)) return undefined;
	return readJson<{ version?: string }>(MARKER)?.version;
}

/**
 * Installs the pinned n8n once into an ignored folder, never as a dependency of this package.
 * `--ignore-scripts` skips install scripts that download from the internet (kafka); the two
 * native modules n8n needs are then rebuilt for the running Node (24) against its headers.
 */
export async function ensureN8n(): Promise<void> {
	if (installedVersion() === N8N_VERSION) {
		console.log(`✓ n8n ${N8N_VERSION} is installed (${N8N_INSTALL_DIR})`);
		return;
	}
	mkdirSync(E2E_HOME, { recursive: true });
	writeFileSync(LOG, '');
	const packageVersion = readJson<{ version?: string }>(join(N8N_INSTALL_DIR, 'node_modules', 'n8n', 'package.json'))?.version;
	if (packageVersion !== N8N_VERSION) await installPackage();
	const nodedir = await nodeHeaders();
	const done = step("Building n8n's native modules (sqlite3, isolated-vm) for this Node");
	await run('npm', ['rebuild', 'sqlite3', 'isolated-vm'], {
		cwd: N8N_INSTALL_DIR,
		env: npmEnv({ npm_config_nodedir: nodedir, JOBS: 'max' }),
		logFile: LOG,
		heartbeat: 'compiling',
		timeoutMs: 20 * 60_000,
	});
	done();
	writeFileSync(MARKER, JSON.stringify({ version: N8N_VERSION, node: process.versions.node, at: new Date().toISOString() }));
}

async function installPackage(): Promise<void> {
	rmSync(N8N_INSTALL_DIR, { recursive: true, force: true });
	mkdirSync(N8N_INSTALL_DIR, { recursive: true });
	writeFileSync(
		join(N8N_INSTALL_DIR, 'package.json'),
		JSON.stringify({ name: 'n8n-e2e-install', private: true, description: 'n8n for npm start and npm run test:e2e' }, null, 2),
	);
	const done = step(`Installing n8n ${N8N_VERSION} into ${N8N_INSTALL_DIR} (first time only, a few minutes; log: ${LOG})`);
	await run('npm', ['install', `n8n@${N8N_VERSION}`, '--ignore-scripts', '--no-audit', '--no-fund', '--loglevel=http'], {
		cwd: N8N_INSTALL_DIR,
		env: npmEnv(),
		logFile: LOG,
		heartbeat: 'downloading n8n and its dependencies',
		timeoutMs: 30 * 60_000,
	});
	done();
}

/**
 * Headers of the running Node for node-gyp. The `node` devDependency brings them in
 * node_modules/node/node_modules/node-<os>-<arch>, but a later `npm install` prunes that
 * folder; then the same package is installed once into .n8n-e2e/node-headers.
 */
async function nodeHeaders(): Promise<string> {
	const name = `node-${process.platform}-${process.arch}`;
	const candidates = [
		join(ROOT, 'node_modules', 'node', 'node_modules', name),
		join(NODE_HEADERS_DIR, 'node_modules', name),
	];
	const usable = candidates.find(
		(dir) =>
			existsSync(join(dir, 'include', 'node', 'common.gypi')) &&
			readJson<{ version?: string }>(join(dir, 'package.json'))?.version === process.versions.node,
	);
	if (usable) return usable;
	const done = step(`Fetching the headers of Node ${process.versions.node} (${name}) for the native build`);
	mkdirSync(NODE_HEADERS_DIR, { recursive: true });
	writeFileSync(join(NODE_HEADERS_DIR, 'package.json'), JSON.stringify({ name: 'node-headers', private: true }));
	await run('npm', ['install', '--no-save', '--ignore-scripts', `${name}@${process.versions.node}`], {
		cwd: NODE_HEADERS_DIR,
		env: npmEnv(),
		logFile: LOG,
	});
	done();
	return candidates[1];
}
