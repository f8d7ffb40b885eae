import { readFileSync } from 'node:fs';

import type { CredentialImport } from '../../scripts/lib/demoCredentials';
import type { ImportedWorkflow, SkippedWorkflow } from '../../scripts/lib/instance';
import { Canaries } from '../shared/canary';
import { FAULTS_STATE } from './faultsInstance';
import { faultTriggers } from './faultWorkflows';
import type { TriggerProfile } from './faultWorkflows';

/** What the global setup leaves for the test files (written to <home>/faults-state.json). */
export interface FaultsState {
	url: string;
	apiKey: string;
	home: string;
	logFile: string;
	simulators: Record<string, string>;
	canaries: ReturnType<Canaries['toJSON']>;
	credentials: CredentialImport[];
	workflows: ImportedWorkflow[];
	skipped: SkippedWorkflow[];
}

export function faultsState(): FaultsState {
	return JSON.parse(readFileSync(FAULTS_STATE, 'utf8')) as FaultsState;
}

export function canaries(): Canaries {
	return Canaries.from(faultsState().canaries);
}

/** The triggers with their production URLs. */
export function triggers(): Array<TriggerProfile & { url: string }> {
	const state = faultsState();
	return faultTriggers(state.credentials).map((profile) => {
		const workflow = state.workflows.find((candidate) => candidate.id === profile.workflowId);
		const url = workflow?.webhooks[profile.nodeName];
		if (!url) throw new Error(`Workflow ${profile.workflowId} was not imported or published: ${JSON.stringify(state.skipped)}`);
		return { ...profile, url };
	});
}
