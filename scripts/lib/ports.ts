import { createServer } from 'node:net';
import { join } from 'node:path';

import { DEMO_HOME, E2E_HOME } from './paths';
import type { QueueOptions } from './queue/cluster';

/**
 * Every n8n this project starts, with its folder and ports, in one table: each has ports of
 * its own, so `npm start`, the e2e suite, the fault suite and the bench run side by side.
 * Vendor N's simulator listens on simulatorBasePort + N (1 Comnica, 2 uContact, 3 Cention,
 * 4 Sinch, 5 VIPeX). CI and docs/testing.md name these numbers: change them only together.
 */
export interface Instance {
	/** N8N_USER_FOLDER: database, settings, installed package, logs. */
	home: string;
	/** n8n's editor, API and webhooks. */
	port: number;
	/** n8n's task runner broker. */
	brokerPort: number;
	simulatorBasePort: number;
	encryptionKey: string;
	/** Queue mode: Redis, PostgreSQL, the load balancer, workers and webhook processors. */
	queue?: QueueOptions;
}

export type InstanceName = 'demo' | 'e2e' | 'e2eQueue' | 'faults' | 'bench' | 'benchQueue';

/**
 * The ports of a queue-mode cluster above its main's `port`: balancer +2, webhook processors
 * +3 and +5 (task runner brokers +4, +6), workers' health checks +7 and +9 (brokers +8, +12),
 * Redis +10, PostgreSQL +11.
 */
function queueCluster(port: number): QueueOptions {
	return {
		redisPort: port + 10,
		postgresPort: port + 11,
		balancerPort: port + 2,
		webhookProcessors: [
			{ port: port + 3, brokerPort: port + 4 },
			{ port: port + 5, brokerPort: port + 6 },
		],
		workers: [
			{ healthPort: port + 7, brokerPort: port + 8 },
			{ healthPort: port + 9, brokerPort: port + 12 },
		],
		workerConcurrency: 10,
	};
}

export const INSTANCES: Record<InstanceName, Instance> = {
	/** `npm start`. */
	demo: {
		home: DEMO_HOME,
		port: 5678,
		brokerPort: 5679,
		simulatorBasePort: 4100,
		// Demo only: the demo's data is local and holds nothing but simulator credentials.
		encryptionKey: 'n8n-nodes-contact-center-demo-only',
	},
	/** `npm run test:e2e`. */
	e2e: {
		home: join(E2E_HOME, 'run'),
		port: 5688,
		brokerPort: 5689,
		simulatorBasePort: 4200,
		encryptionKey: 'n8n-nodes-contact-center-e2e',
	},
	/** `npm run test:queue`: the e2e suite and queue/ against n8n in queue mode. */
	e2eQueue: {
		home: join(E2E_HOME, 'queue'),
		port: 5720,
		brokerPort: 5721,
		simulatorBasePort: 4500,
		encryptionKey: 'n8n-nodes-contact-center-queue',
		queue: queueCluster(5720),
	},
	/** `npm run test:faults`. */
	faults: {
		home: join(E2E_HOME, 'faults'),
		port: 5698,
		brokerPort: 5699,
		simulatorBasePort: 4300,
		encryptionKey: 'n8n-nodes-contact-center-faults',
	},
	/** `npm run bench`, parts 1–4. */
	bench: {
		home: join(E2E_HOME, 'bench'),
		port: 5708,
		brokerPort: 5709,
		simulatorBasePort: 4400,
		encryptionKey: 'n8n-nodes-contact-center-bench',
	},
	/** `npm run bench`, part 5 (queue mode). */
	benchQueue: {
		home: join(E2E_HOME, 'bench-queue'),
		port: 5740,
		brokerPort: 5741,
		simulatorBasePort: 4600,
		encryptionKey: 'n8n-nodes-contact-center-bench-queue',
		queue: queueCluster(5740),
	},
};

/**
 * Task runner broker port of the e2e suite's `n8n execute` (the server keeps its own); the CLI
 * process's own server port is the one above it. In queue mode the suite runs workflows through
 * the editor instead.
 */
export const E2E_CLI_BROKER_PORT = 5690;

/** Where the bench's n8n opens its inspector (for a garbage collection before each memory figure). */
export const BENCH_INSPECT_PORT = 5710;

/** Every port an instance listens on, with what listens there. */
export function instancePorts(instance: Instance): Array<[number, string]> {
	const ports: Array<[number, string]> = [
		[instance.port, 'n8n'],
		[instance.brokerPort, "n8n's task runner broker"],
		...[1, 2, 3, 4, 5].map((offset): [number, string] => [instance.simulatorBasePort + offset, 'vendor simulators']),
	];
	const queue = instance.queue;
	if (!queue) return ports;
	return [
		...ports,
		[queue.redisPort, 'Redis'],
		[queue.postgresPort, 'PostgreSQL'],
		[queue.balancerPort, 'the load balancer'],
		...queue.workers.flatMap((worker): Array<[number, string]> => [
			[worker.healthPort, 'an n8n worker'],
			[worker.brokerPort, "an n8n worker's task runner broker"],
		]),
		...queue.webhookProcessors.flatMap((processor): Array<[number, string]> => [
			[processor.port, 'an n8n webhook processor'],
			[processor.brokerPort, "a webhook processor's task runner broker"],
		]),
	];
}

/** True when nothing listens on 127.0.0.1:<port>. */
async function portFree(port: number): Promise<boolean> {
	return await new Promise((resolve) => {
		const server = createServer();
		server.once('error', () => resolve(false));
		server.listen(port, '127.0.0.1', () => server.close(() => resolve(true)));
	});
}

/** Fails with a clear message when one of the ports is taken (another n8n, an earlier demo…). */
export async function requireFreePorts(ports: Array<[number, string]>): Promise<void> {
	const taken: string[] = [];
	for (const [port, what] of ports) if (!(await portFree(port))) taken.push(`${port} (${what})`);
	if (taken.length > 0) {
		throw new Error(`Port(s) in use: ${taken.join(', ')}. Stop whatever listens there (another n8n or an earlier run) and try again.`);
	}
}
