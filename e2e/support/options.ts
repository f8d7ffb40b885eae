import { join } from 'node:path';

import type { InstanceOptions } from '../../scripts/lib/instance';
import { E2E_HOME, ROOT } from '../../scripts/lib/paths';
import { e2eCredentials } from '../fixtures/credentials';

/** Whether this run is `npm run test:queue`: the same suite against n8n in queue mode. */
export const QUEUE_MODE = process.env.E2E_QUEUE === '1';

/** The e2e instance: its own folder and ports, so it runs beside `npm start` (5678/5679/41xx). */
const SINGLE_OPTIONS: InstanceOptions = {
	home: join(E2E_HOME, 'run'),
	port: 5688,
	brokerPort: 5689,
	simulatorBasePort: 4200,
	encryptionKey: 'n8n-nodes-contact-center-e2e',
	fresh: true,
	workflowDirs: [join(ROOT, 'e2e', 'fixtures', 'workflows')],
	extraCredentials: e2eCredentials,
};

/**
 * The queue-mode instance (`npm run test:queue`): main 5720, load balancer 5722 in front of
 * two webhook processors (5723, 5725), two workers (health 5727, 5729), Redis 5730,
 * PostgreSQL 5731, simulators 4501–4505.
 */
const QUEUE_OPTIONS: InstanceOptions = {
	home: join(E2E_HOME, 'queue'),
	port: 5720,
	brokerPort: 5721,
	simulatorBasePort: 4500,
	encryptionKey: 'n8n-nodes-contact-center-queue',
	fresh: true,
	workflowDirs: [join(ROOT, 'e2e', 'fixtures', 'workflows'), join(ROOT, 'queue', 'fixtures', 'workflows')],
	extraCredentials: e2eCredentials,
	queue: {
		redisPort: 5730,
		postgresPort: 5731,
		balancerPort: 5722,
		webhookProcessors: [
			{ port: 5723, brokerPort: 5724 },
			{ port: 5725, brokerPort: 5726 },
		],
		workers: [
			{ healthPort: 5727, brokerPort: 5728 },
			{ healthPort: 5729, brokerPort: 5732 },
		],
		workerConcurrency: 10,
	},
};

export const E2E_OPTIONS: InstanceOptions = QUEUE_MODE ? QUEUE_OPTIONS : SINGLE_OPTIONS;

/** Task runner broker port of `n8n execute` (the server keeps its own). */
export const CLI_BROKER_PORT = QUEUE_MODE ? 5733 : 5690;
