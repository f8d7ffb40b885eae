import { join } from 'node:path';

import type { InstanceOptions } from '../../scripts/lib/instance';
import { E2E_HOME } from '../../scripts/lib/paths';

/**
 * The fault suite's own n8n: its own folder and ports, so it runs beside `npm start`
 * (5678, 4101–4105) and the e2e suite (5688, 4201–4205).
 */
export const FAULTS_HOME = join(E2E_HOME, 'faults');

/** Generated workflows live outside FAULTS_HOME: a fresh instance deletes that folder first. */
export const FAULTS_WORKFLOWS = join(E2E_HOME, 'faults-workflows');

/** What the global setup tells the test files (canaries, workflows, simulator addresses). */
export const FAULTS_STATE = join(FAULTS_HOME, 'faults-state.json');

/** Part 2's engine runs (errors, outputs) and the session keys it saw, for the secrets scan. */
export const ENGINE_RUNS = join(FAULTS_HOME, 'engine-runs.json');

export const FAULTS_OPTIONS: Omit<InstanceOptions, 'workflowDirs' | 'extraCredentials'> = {
	home: FAULTS_HOME,
	port: 5698,
	brokerPort: 5699,
	simulatorBasePort: 4300,
	encryptionKey: 'n8n-nodes-contact-center-faults',
	fresh: true,
	examples: false,
};
