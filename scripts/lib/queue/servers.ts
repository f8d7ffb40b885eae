import { spawn, spawnSync } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import { chownSync, createWriteStream, existsSync, mkdirSync, readdirSync, rmSync } from 'node:fs';
import { createConnection } from 'node:net';
import { join } from 'node:path';

import { killTree, run, step } from '../processes';
import { waitFor } from '../wait';

/**
 * Redis and PostgreSQL for n8n's queue mode, from Debian's packages, started as plain
 * processes on loopback ports with their data in an ignored folder (there is no systemd here).
 * PostgreSQL refuses to run as root: it runs as the `postgres` user its package creates.
 */

export interface RunningServer {
	name: string;
	port: number;
	child: ChildProcess;
	stop(): Promise<void>;
}

const APT_PACKAGES = { redis: 'redis-server', postgres: 'postgresql' } as const;

function redisServerBin(): string | undefined {
	return ['/usr/bin/redis-server', '/usr/local/bin/redis-server'].find((file) => existsSync(file));
}

/** The newest installed PostgreSQL's bin folder (/usr/lib/postgresql/<version>/bin). */
function postgresBinDir(): string | undefined {
	const root = '/usr/lib/postgresql';
	if (!existsSync(root)) return undefined;
	const versions = readdirSync(root)
		.filter((version) => existsSync(join(root, version, 'bin', 'postgres')))
		.sort((a, b) => Number(b) - Number(a));
	return versions.length > 0 ? join(root, versions[0], 'bin') : undefined;
}

/** Installs what is missing with apt-get (CI runs as root on a fresh machine, with no stdin). */
export async function ensureQueueServers(logFile: string): Promise<void> {
	const missing = [
		...(redisServerBin() ? [] : [APT_PACKAGES.redis]),
		...(postgresBinDir() ? [] : [APT_PACKAGES.postgres]),
	];
	if (missing.length === 0) return;
	if (process.getuid?.() !== 0) {
		throw new Error(`Queue mode needs ${missing.join(' and ')}: install them (apt-get install ${missing.join(' ')}) or run as root`);
	}
	const done = step(`Installing ${missing.join(' and ')} from Debian's packages (first time only)`);
	const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
	await run('apt-get', ['update', '-qq'], { env, logFile, timeoutMs: 10 * 60_000 });
	await run('apt-get', ['install', '-y', '-qq', '--no-install-recommends', ...missing], { env, logFile, timeoutMs: 15 * 60_000 });
	done();
}

async function portAnswers(port: number): Promise<boolean> {
	return await new Promise((resolve) => {
		const socket = createConnection({ host: '127.0.0.1', port }, () => {
			socket.end();
			resolve(true);
		});
		socket.on('error', () => resolve(false));
	});
}

function startProcess(name: string, command: string, args: string[], logFile: string): { child: ChildProcess; exited: () => number | null | undefined } {
	const log = createWriteStream(logFile, { flags: 'a' });
	const child = spawn(command, args, { stdio: ['ignore', 'pipe', 'pipe'], detached: true });
	child.stdout!.pipe(log);
	child.stderr!.pipe(log);
	let code: number | null | undefined;
	child.on('exit', (exitCode) => (code = exitCode ?? null));
	child.on('error', (error) => log.write(`${name}: ${error.message}\n`));
	return { child, exited: () => code };
}

async function stopProcess(child: ChildProcess, exited: () => number | null | undefined, signal: NodeJS.Signals): Promise<void> {
	if (exited() !== undefined) return;
	killTree(child.pid, signal);
	const gone = await waitFor(async () => exited() !== undefined, 20_000, 100).catch(() => false);
	if (!gone) killTree(child.pid, 'SIGKILL');
}

/** Redis without persistence: the queue only lives as long as the test run. */
export async function startRedis(port: number, dir: string, logFile: string): Promise<RunningServer> {
	const bin = redisServerBin();
	if (!bin) throw new Error('redis-server is not installed');
	mkdirSync(dir, { recursive: true });
	const { child, exited } = startProcess('redis', bin, ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no', '--dir', dir], logFile);
	await waitFor(async () => {
		if (exited() !== undefined) throw new Error(`redis-server exited while starting (log: ${logFile})`);
		return await portAnswers(port);
	}, 30_000, 100);
	return { name: 'Redis', port, child, stop: async () => await stopProcess(child, exited, 'SIGTERM') };
}

function asPostgres(bin: string, args: string[], logFile: string): Promise<string> {
	return run('runuser', ['-u', 'postgres', '--', bin, ...args], { logFile, timeoutMs: 2 * 60_000 });
}

/**
 * A fresh PostgreSQL cluster in `dir` (trust authentication on 127.0.0.1 only) with one
 * database. fsync is off: the data only lives as long as the test run.
 */
export async function startPostgres(port: number, dir: string, database: string, logFile: string): Promise<RunningServer> {
	const binDir = postgresBinDir();
	if (!binDir) throw new Error('PostgreSQL is not installed');
	const postgresUser = spawnSync('id', ['-u', 'postgres'], { encoding: 'utf8' });
	const uid = Number(postgresUser.stdout.trim());
	const gid = Number(spawnSync('id', ['-g', 'postgres'], { encoding: 'utf8' }).stdout.trim());
	if (!Number.isInteger(uid) || postgresUser.status !== 0) throw new Error('The postgres user is missing (it comes with the postgresql package)');

	rmSync(dir, { recursive: true, force: true });
	const data = join(dir, 'data');
	const sockets = join(dir, 'sockets');
	mkdirSync(data, { recursive: true });
	mkdirSync(sockets, { recursive: true });
	for (const folder of [dir, data, sockets]) chownSync(folder, uid, gid);
	await asPostgres(join(binDir, 'initdb'), ['-D', data, '-A', 'trust', '-U', 'postgres', '-E', 'UTF8', '--no-sync'], logFile);

	const { child, exited } = startProcess(
		'postgres',
		'runuser',
		['-u', 'postgres', '--', join(binDir, 'postgres'), '-D', data, '-p', String(port), '-k', sockets, '-c', 'listen_addresses=127.0.0.1', '-c', 'fsync=off', '-c', 'max_connections=200'],
		logFile,
	);
	await waitFor(async () => {
		if (exited() !== undefined) throw new Error(`postgres exited while starting (log: ${logFile})`);
		const ready = spawnSync(join(binDir, 'pg_isready'), ['-h', '127.0.0.1', '-p', String(port)], { encoding: 'utf8' });
		return ready.status === 0;
	}, 60_000, 200);
	await asPostgres(join(binDir, 'createdb'), ['-h', '127.0.0.1', '-p', String(port), '-U', 'postgres', database], logFile);
	// SIGINT is PostgreSQL's "fast shutdown".
	return { name: 'PostgreSQL', port, child, stop: async () => await stopProcess(child, exited, 'SIGINT') };
}
