import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

import { startInstance } from '../../scripts/lib/instance';
import type { RunningInstance } from '../../scripts/lib/instance';
import { ComnicaSimulator } from '../../test/simulators/comnica';
import { users as comnicaUsers } from '../../test/simulators/comnica/data';
import { Canaries } from '../shared/canary';
import { clearFigures } from '../../scripts/lib/figures';
import { FAULTS_OPTIONS, FAULTS_STATE, FAULTS_WORKFLOWS } from './faultsInstance';
import type { FaultsState } from './state';
import { COMNICA_API_USER, faultCredentials, faultWorkflows } from './faultWorkflows';

interface FaultsGlobals {
	faultsInstance?: RunningInstance;
	faultsComnica?: ComnicaSimulator;
}

/**
 * Once per `npm run test:faults`: a real n8n 2.41 with the packed package (the e2e suite's
 * setup), the simulators, and the fault workflows with canary credentials. A Comnica simulator
 * runs in this process too, with a canary user, for the trigger that loads records.
 */
export default async function globalSetup(): Promise<void> {
	console.log('\n');
	clearFigures('faults');
	const canaries = new Canaries();
	const comnica = new ComnicaSimulator();
	comnicaUsers.push({
		username: COMNICA_API_USER,
		password: canaries.make('comnica-api-password'),
		user_id: 77,
		name: 'Fault suite',
		permissions: ['login', 'integration'],
	});
	const comnicaUrl = await comnica.start(0, '127.0.0.1');
	const credentials = faultCredentials(canaries, comnicaUrl);

	rmSync(FAULTS_WORKFLOWS, { recursive: true, force: true });
	mkdirSync(FAULTS_WORKFLOWS, { recursive: true });
	for (const workflow of faultWorkflows()) {
		writeFileSync(join(FAULTS_WORKFLOWS, `${workflow.id}.json`), JSON.stringify(workflow, null, 2));
	}

	let instance: RunningInstance;
	try {
		instance = await startInstance({ ...FAULTS_OPTIONS, workflowDirs: [FAULTS_WORKFLOWS], extraCredentials: () => credentials });
	} catch (error) {
		await comnica.stop();
		throw error;
	}
	const globals = globalThis as FaultsGlobals;
	globals.faultsInstance = instance;
	globals.faultsComnica = comnica;
	const state: FaultsState = {
		url: instance.state.url,
		apiKey: instance.state.apiKey,
		home: instance.state.home,
		logFile: instance.state.logFile,
		simulators: { ...instance.state.simulators, comnicaCanary: comnicaUrl },
		canaries: canaries.toJSON(),
		credentials,
		workflows: instance.state.workflows,
		skipped: instance.state.skipped,
	};
	writeFileSync(FAULTS_STATE, JSON.stringify(state, null, 2));
}
