import { spawn } from 'node:child_process';
import { createWriteStream, mkdirSync, rmSync, symlinkSync } from 'node:fs';
import { join } from 'node:path';

import type { N8nOptions, RunningN8n } from '../n8nProcess';
import { startN8n } from '../n8nProcess';
import { ROOT } from '../paths';
import { killTree, step } from '../processes';
import { waitFor } from '../wait';
import type { RunningServer } from './servers';
import { ensureQueueServers, startPostgres, startRedis } from './servers';

/**
 * n8n's distributed engine as the queue-mode suite runs it: Redis as the queue, PostgreSQL as
 * the database, one main (`n8n start`: editor, API, triggers, publishing), workers (`n8n
 * worker`) that run the executions, and webhook processors (`n8n webhook`) behind a
 * round-robin load balancer that every production webhook URL points at.
 */
export interface QueueOptions {
	redisPort: number;
	postgresPort: number;
	balancerPort: number;
	/** Per worker: its health-check port and its task runner broker port. */
	workers: Array<{ healthPort: number; brokerPort: number }>;
	/** Per webhook processor: its HTTP port and its task runner broker port. */
	webhookProcessors: Array<{ port: number; brokerPort: number }>;
	/** Executions one worker runs at once (`n8n worker --concurrency`). */
	workerConcurrency: number;
}

export type ProcessRole = 'main' | 'worker' | 'webhook';

/** One n8n process of the cluster, as the tests see it (they kill and restart them). */
export interface QueueProcess {
	name: string;
	role: ProcessRole;
	options: N8nOptions;
}

export interface QueueState {
	balancerUrl: string;
	redisPort: number;
	postgresPort: number;
	processes: QueueProcess[];
}

const DATABASE = 'n8n';

/** What every process of the cluster (and every `n8n` CLI call) needs in queue mode. */
export function queueEnv(queue: QueueOptions): Record<string, string> {
	return {
		EXECUTIONS_MODE: 'queue',
		QUEUE_BULL_REDIS_HOST: '127.0.0.1',
		QUEUE_BULL_REDIS_PORT: String(queue.redisPort),
		DB_TYPE: 'postgresdb',
		DB_POSTGRESDB_HOST: '127.0.0.1',
		DB_POSTGRESDB_PORT: String(queue.postgresPort),
		DB_POSTGRESDB_DATABASE: DATABASE,
		DB_POSTGRESDB_USER: 'postgres',
		DB_POSTGRESDB_PASSWORD: '',
		// n8n's default pool of 2 connections per process times out under a burst of webhooks.
		DB_POSTGRESDB_POOL_SIZE: '10',
		// Production webhook URLs point at the load balancer, not at one process.
		N8N_WEBHOOK_URL: `http://localhost:${queue.balancerPort}/`,
		// Filesystem mode is not supported in queue mode: binary data lives in the database.
		N8N_DEFAULT_BINARY_DATA_MODE: 'database',
		// Manual runs (the examples' Manual Trigger) go to the workers too.
		OFFLOAD_MANUAL_EXECUTIONS_TO_WORKERS: 'true',
		// For the suite's time only: a killed worker's job is found stalled once its lock runs out,
		// after 20 s instead of n8n's 60 s (lock renewed every 5 s instead of 10 s, checked every
		// 10 s instead of 30 s).
		QUEUE_WORKER_LOCK_DURATION: '20000',
		QUEUE_WORKER_LOCK_RENEW_TIME: '5000',
		QUEUE_WORKER_STALLED_INTERVAL: '10000',
	};
}

export interface RunningServers {
	stop(): Promise<void>;
}

/** Redis and a fresh PostgreSQL database, installed first when missing. */
export async function startQueueServers(home: string, queue: QueueOptions): Promise<RunningServers> {
	const logFile = join(home, 'servers.log');
	mkdirSync(home, { recursive: true });
	await ensureQueueServers(logFile);
	const done = step(`Starting Redis (:${queue.redisPort}) and PostgreSQL (:${queue.postgresPort})`);
	const servers: RunningServer[] = [];
	const stop = async () => {
		for (const server of servers.reverse()) await server.stop();
	};
	try {
		servers.push(await startRedis(queue.redisPort, join(home, 'redis'), logFile));
		servers.push(await startPostgres(queue.postgresPort, join(home, 'postgres'), DATABASE, logFile));
	} catch (error) {
		await stop();
		throw error;
	}
	done();
	return { stop };
}

/** The main's options as a process of the cluster. */
export function mainProcess(options: N8nOptions): QueueProcess {
	return { name: 'main', role: 'main', options };
}

/**
 * Workers and webhook processors. Each has its own user folder whose community-nodes folder
 * is the main's: the package is installed once and loaded by every process.
 */
export function processorOptions(main: N8nOptions, queue: QueueOptions): QueueProcess[] {
	const folder = (name: string) => join(main.home, 'processes', name);
	const env = { ...main.env, N8N_EDITOR_BASE_URL: `http://localhost:${main.port}` };
	const workers = queue.workers.map((worker, index): QueueProcess => {
		const name = `worker-${index + 1}`;
		return {
			name,
			role: 'worker',
			options: {
				...main,
				home: folder(name),
				// A worker has no n8n port of its own; this one is never listened on.
				port: worker.healthPort,
				brokerPort: worker.brokerPort,
				command: 'worker',
				args: [`--concurrency=${queue.workerConcurrency}`],
				env: {
					...env,
					QUEUE_HEALTH_CHECK_ACTIVE: 'true',
					QUEUE_HEALTH_CHECK_PORT: String(worker.healthPort),
					N8N_WORKER_SERVER_ADDRESS: '127.0.0.1',
				},
				readinessUrl: `http://127.0.0.1:${worker.healthPort}/healthz/readiness`,
			},
		};
	});
	const webhooks = queue.webhookProcessors.map((processor, index): QueueProcess => {
		const name = `webhook-${index + 1}`;
		return {
			name,
			role: 'webhook',
			options: { ...main, home: folder(name), port: processor.port, brokerPort: processor.brokerPort, command: 'webhook', args: [], env },
		};
	});
	return [...workers, ...webhooks];
}

export interface RunningProcessors {
	balancerUrl: string;
	running: Map<string, RunningN8n>;
	stop(): Promise<void>;
}

/** Starts the workers, the webhook processors and the load balancer in front of the latter. */
export async function startProcessors(main: N8nOptions, queue: QueueOptions, processes: QueueProcess[]): Promise<RunningProcessors> {
	const running = new Map<string, RunningN8n>();
	let balancer: { stop(): Promise<void> } | undefined;
	const stop = async () => {
		await balancer?.stop();
		for (const processor of [...running.values()].reverse()) await processor.stop();
	};
	try {
		for (const processor of processes) {
			const done = step(`Starting n8n ${processor.options.command} ${processor.name}`);
			mkdirSync(join(processor.options.home, '.n8n'), { recursive: true });
			rmSync(join(processor.options.home, '.n8n', 'nodes'), { recursive: true, force: true });
			symlinkSync(join(main.home, '.n8n', 'nodes'), join(processor.options.home, '.n8n', 'nodes'));
			running.set(processor.name, await startN8n(processor.options));
			done();
		}
		balancer = await startBalancer(queue, join(main.home, 'balancer.log'));
	} catch (error) {
		await stop();
		throw error;
	}
	return { balancerUrl: `http://localhost:${queue.balancerPort}`, running, stop };
}

async function startBalancer(queue: QueueOptions, logFile: string): Promise<{ stop(): Promise<void> }> {
	const script = join(ROOT, 'build', 'scripts', 'lib', 'queue', 'balancer.js');
	const targets = queue.webhookProcessors.map((processor) => processor.port).join(',');
	const child = spawn(process.execPath, [script, `--port=${queue.balancerPort}`, `--targets=${targets}`], {
		stdio: ['pipe', 'pipe', 'pipe'],
		detached: true,
	});
	const log = createWriteStream(logFile, { flags: 'a' });
	let output = '';
	let exited: number | null | undefined;
	child.on('exit', (code) => (exited = code));
	child.stdout.on('data', (chunk: Buffer) => {
		output += chunk.toString('utf8');
		log.write(chunk);
	});
	child.stderr.pipe(log);
	const stop = async () => {
		if (exited === undefined) {
			child.stdin.end();
			const gone = await waitFor(async () => exited !== undefined, 5_000, 100).catch(() => false);
			if (!gone) killTree(child.pid, 'SIGKILL');
		}
		log.end();
	};
	await waitFor(async () => {
		if (exited !== undefined) throw new Error(`the load balancer exited with code ${exited}: ${output}`);
		return output.includes('BALANCER_READY');
	}, 10_000, 100);
	return { stop };
}
