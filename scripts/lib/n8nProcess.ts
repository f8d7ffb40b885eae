import { spawn } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import { createWriteStream, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

import { N8N_BIN } from './paths';
import { killTree, npmEnv, run } from './processes';
import { waitFor } from './wait';

export interface N8nOptions {
	/** N8N_USER_FOLDER: n8n keeps its database, settings and installed packages in <home>/.n8n. */
	home: string;
	port: number;
	/** Task runner broker port; must differ between two n8n on one machine. */
	brokerPort: number;
	encryptionKey: string;
	/** Listen address; the demo and tests stay on the loopback interface. */
	listenAddress?: string;
	/** `n8n start` (default), or a queue-mode `worker` / `webhook` processor. */
	command?: 'start' | 'worker' | 'webhook';
	/** Arguments after the command (e.g. `--concurrency=10`). */
	args?: string[];
	/** Variables on top of the defaults (queue mode: the database, Redis, health checks). */
	env?: Record<string, string>;
	/** What answers 200 once the process is ready (default: <url>/healthz/readiness). */
	readinessUrl?: string;
}

export function n8nUrl(options: N8nOptions): string {
	return `http://127.0.0.1:${options.port}`;
}

export function n8nLog(options: N8nOptions): string {
	return join(options.home, 'n8n.log');
}

/** The environment of every n8n process (server and CLI) of one instance. */
export function n8nEnv(options: N8nOptions): NodeJS.ProcessEnv {
	return npmEnv({
		N8N_USER_FOLDER: options.home,
		N8N_ENCRYPTION_KEY: options.encryptionKey,
		N8N_PORT: String(options.port),
		N8N_LISTEN_ADDRESS: options.listenAddress ?? '127.0.0.1',
		N8N_HOST: 'localhost',
		N8N_PROTOCOL: 'http',
		N8N_EDITOR_BASE_URL: `http://localhost:${options.port}`,
		N8N_WEBHOOK_URL: `http://localhost:${options.port}/`,
		// Dates in the examples (a callback tomorrow at 10:00) in the machine's time zone.
		GENERIC_TIMEZONE: process.env.GENERIC_TIMEZONE ?? Intl.DateTimeFormat().resolvedOptions().timeZone,
		N8N_RUNNERS_BROKER_PORT: String(options.brokerPort),
		N8N_DIAGNOSTICS_ENABLED: 'false',
		N8N_VERSION_NOTIFICATIONS_ENABLED: 'false',
		N8N_TEMPLATES_ENABLED: 'false',
		N8N_PERSONALIZATION_ENABLED: 'false',
		N8N_HIRING_BANNER_ENABLED: 'false',
		N8N_SECURE_COOKIE: 'false',
		// The simulators listen on 127.0.0.1: allowed even where SSRF protection is switched on.
		N8N_SSRF_ALLOWED_IP_RANGES: '127.0.0.0/8',
		N8N_LOG_LEVEL: process.env.N8N_LOG_LEVEL ?? 'info',
		N8N_LOG_OUTPUT: 'console',
		DB_TYPE: 'sqlite',
		EXECUTIONS_DATA_SAVE_ON_SUCCESS: 'all',
		EXECUTIONS_DATA_SAVE_MANUAL_EXECUTIONS: 'true',
		NODE_ENV: 'production',
		...options.env,
	});
}

/** `n8n <args>` as a CLI command against the instance's database (server stopped or running). */
export async function n8nCli(options: N8nOptions, args: string[], timeoutMs = 5 * 60_000): Promise<string> {
	mkdirSync(options.home, { recursive: true });
	return await run(process.execPath, [N8N_BIN, ...args], {
		cwd: options.home,
		env: n8nEnv(options),
		logFile: n8nLog(options),
		timeoutMs,
	});
}

export interface RunningN8n {
	url: string;
	child: ChildProcess;
	logFile: string;
	stop(): Promise<void>;
}

const PID_FILE = 'n8n.pid';

/** The pid of the instance's n8n from the pid file in its user folder, while that process runs. */
export function n8nPid(options: Pick<N8nOptions, 'home'>): number | undefined {
	const pidFile = join(options.home, PID_FILE);
	if (!existsSync(pidFile)) return undefined;
	const pid = Number(readFileSync(pidFile, 'utf8'));
	return pid > 0 && isAlive(pid) ? pid : undefined;
}

/** Ends an n8n left running by an earlier run that was killed (its pid is kept in the user folder). */
export function stopStale(options: N8nOptions): void {
	const pid = n8nPid(options);
	if (pid && isOurN8n(pid)) {
		console.log(`  stopping an n8n left running by an earlier run (pid ${pid})`);
		killTree(pid, 'SIGKILL');
	}
	rmSync(join(options.home, PID_FILE), { force: true });
}

/**
 * Stops the instance's n8n the way `n8n start` expects (SIGTERM, then wait), also one that
 * another process started (e.g. restarted by a test): it is found by its pid file.
 */
export async function stopN8n(options: Pick<N8nOptions, 'home'>): Promise<void> {
	const pid = n8nPid(options);
	if (pid && isOurN8n(pid)) {
		killTree(pid, 'SIGTERM');
		const gone = await waitFor(async () => !isAlive(pid), 30_000, 200).catch(() => false);
		if (!gone) killTree(pid, 'SIGKILL');
	}
	rmSync(join(options.home, PID_FILE), { force: true });
}

/** Resident memory of a process now and at its peak (VmRSS, VmHWM of /proc/<pid>/status), in MiB. */
export function processMemory(pid: number): { rss: number; hwm: number } | undefined {
	try {
		const status = readFileSync(`/proc/${pid}/status`, 'utf8');
		const kb = (field: string) => Number(new RegExp(`${field}:\\s+(\\d+)`).exec(status)?.[1] ?? 0);
		return { rss: kb('VmRSS') / 1024, hwm: kb('VmHWM') / 1024 };
	} catch {
		return undefined;
	}
}

/** The pid may have been reused since: only an n8n of our install is ended. */
function isOurN8n(pid: number): boolean {
	try {
		return readFileSync(`/proc/${pid}/cmdline`, 'utf8').includes(N8N_BIN);
	} catch {
		return false;
	}
}

function isAlive(pid: number): boolean {
	try {
		process.kill(pid, 0);
		return true;
	} catch {
		return false;
	}
}

/** Starts `n8n start` (or the command the options name) and waits until it answers on /healthz/readiness. */
export async function startN8n(options: N8nOptions, timeoutMs = 180_000): Promise<RunningN8n> {
	mkdirSync(options.home, { recursive: true });
	stopStale(options);
	const logFile = n8nLog(options);
	const log = createWriteStream(logFile, { flags: 'a' });
	const command = options.command ?? 'start';
	log.write(`\n==== n8n ${command} ${new Date().toISOString()}\n`);
	const child = spawn(process.execPath, [N8N_BIN, command, ...(options.args ?? [])], {
		cwd: options.home,
		env: n8nEnv(options),
		stdio: ['ignore', 'pipe', 'pipe'],
		detached: true,
	});
	child.stdout!.pipe(log, { end: false });
	child.stderr!.pipe(log, { end: false });
	writeFileSync(join(options.home, PID_FILE), String(child.pid));
	let exited: number | null | undefined;
	child.on('exit', (code) => (exited = code));
	const url = n8nUrl(options);
	const stop = async () => {
		if (exited === undefined) {
			killTree(child.pid, 'SIGTERM');
			const gone = await waitFor(async () => exited !== undefined, 20_000).catch(() => false);
			if (!gone) killTree(child.pid, 'SIGKILL');
		}
		rmSync(join(options.home, PID_FILE), { force: true });
		log.end();
	};
	try {
		await waitFor(async () => {
			if (exited !== undefined) throw new Error(`n8n ${command} exited with code ${exited} while starting`);
			const response = await fetch(options.readinessUrl ?? `${url}/healthz/readiness`).catch(() => undefined);
			return response?.status === 200;
		}, timeoutMs);
	} catch (error) {
		await stop();
		throw new Error(`${(error as Error).message}\n--- end of ${logFile} ---\n${tail(logFile, 60)}`);
	}
	return { url, child, logFile, stop };
}

/** The last lines of a log file, for failure messages. */
export function tail(file: string, lines: number): string {
	if (!existsSync(file)) return '(no log)';
	return readFileSync(file, 'utf8').split('\n').slice(-lines).join('\n');
}
