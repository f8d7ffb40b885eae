import { join } from 'node:path';

import type { InstanceOptions } from '../../scripts/lib/instance';
import { E2E_HOME } from '../../scripts/lib/paths';
import { INSTANCES } from '../../scripts/lib/ports';

/** The fault suite's own n8n (its folder and ports: scripts/lib/ports.ts), with its own workflows only. */
export const FAULTS_OPTIONS: Omit<InstanceOptions, 'workflowDirs' | 'extraCredentials'> = {
	...INSTANCES.faults,
	fresh: true,
	examples: false,
};

const FAULTS_HOME = FAULTS_OPTIONS.home;

/** Generated workflows live outside FAULTS_HOME: a fresh instance deletes that folder first. */
export const FAULTS_WORKFLOWS = join(E2E_HOME, 'faults-workflows');

/** What the global setup tells the test files (canaries, workflows, simulator addresses). */
export const FAULTS_STATE = join(FAULTS_HOME, 'faults-state.json');

/** Part 2's engine runs (errors, outputs) and the session keys it saw, for the secrets scan. */
export const ENGINE_RUNS = join(FAULTS_HOME, 'engine-runs.json');
