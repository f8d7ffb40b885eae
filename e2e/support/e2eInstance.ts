import { join } from 'node:path';

import type { InstanceOptions } from '../../scripts/lib/instance';
import { ROOT } from '../../scripts/lib/paths';
import { INSTANCES } from '../../scripts/lib/ports';
import { e2eCredentials } from '../fixtures/e2eCredentials';

/** Whether this run is `npm run test:queue`: the same suite against n8n in queue mode. */
export const QUEUE_MODE = process.env.E2E_QUEUE === '1';

const FIXTURES = join(ROOT, 'e2e', 'fixtures', 'workflows');

/** The e2e instance (its folder and ports: scripts/lib/ports.ts), always from an empty database. */
const SINGLE_OPTIONS: InstanceOptions = {
	...INSTANCES.e2e,
	fresh: true,
	workflowDirs: [FIXTURES],
	extraCredentials: e2eCredentials,
};

/** The queue-mode instance (`npm run test:queue`), with the queue suite's own workflows too. */
const QUEUE_OPTIONS: InstanceOptions = {
	...INSTANCES.e2eQueue,
	fresh: true,
	workflowDirs: [FIXTURES, join(ROOT, 'queue', 'fixtures', 'workflows')],
	extraCredentials: e2eCredentials,
};

export const E2E_OPTIONS: InstanceOptions = QUEUE_MODE ? QUEUE_OPTIONS : SINGLE_OPTIONS;
