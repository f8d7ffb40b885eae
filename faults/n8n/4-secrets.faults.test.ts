/**
 * Secrets: every credential of the suite holds canary values (unique strings). After parts
 * 1–3, everything they left is searched for them: n8n's log and event log, the execution data
 * of every fault workflow (public API), n8n's database file, every webhook answer, and the
 * engine runs of part 2 (errors and node outputs). Goal: 0 occurrences.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

import { SimulatorControl } from '../../scripts/lib/simulators';
import { Canaries, findLeaks } from '../shared/canary';
import type { Leak } from '../shared/canary';
import { goal, saveFigures } from '../../scripts/lib/figures';
import type { Cell } from '../../scripts/lib/figures';
import { ENGINE_RUNS } from './faultsInstance';
import { canaries as stateCanaries, faultsState } from './state';
import { executions } from './faultsN8n';

interface Source {
	source: string;
	what: string;
	texts: Array<{ where: string; text: string }>;
}

function file(where: string, path: string): Array<{ where: string; text: string }> {
	return existsSync(path) ? [{ where, text: readFileSync(path).toString('latin1') }] : [];
}

/** Session keys the Comnica simulator issued to n8n's record-loading trigger: the Basic password of its calls. */
async function issuedComnicaSessions(canaries: Canaries): Promise<void> {
	const requests = await new SimulatorControl(faultsState().simulators.comnicaCanary, 'Comnica').requests();
	for (const request of requests) {
		if (request.path === '/new_session' || !request.basic) continue;
		canaries.add(`comnica-trigger-session-${request.basic.password.slice(0, 6)}`, request.basic.password);
		canaries.basic(request.basic.user, `comnica-trigger-session-${request.basic.password.slice(0, 6)}`);
	}
}

test('no canary secret appears in logs, execution data, the database, webhook answers, errors or node outputs', async () => {
	const state = faultsState();
	const canaries = stateCanaries();
	await issuedComnicaSessions(canaries);
	const engineRuns = JSON.parse(readFileSync(ENGINE_RUNS, 'utf8')) as { canaries: ReturnType<Canaries['toJSON']>; runs: Array<{ where: string; text: string }> };
	canaries.merge(Canaries.from(engineRuns.canaries));

	const n8nFolder = join(state.home, '.n8n');
	const workflowIds = state.workflows.filter((workflow) => workflow.id.startsWith('faults')).map((workflow) => workflow.id);
	const executionTexts: Array<{ where: string; text: string }> = [];
	const scanned = new Set<string>();
	for (const id of workflowIds) {
		for (const execution of await executions(id, true)) {
			executionTexts.push({ where: `execution ${execution.id} of ${id}`, text: JSON.stringify(execution) });
			scanned.add(id);
		}
	}
	const answerFiles = readdirSync(state.home).filter((name) => /^answers-.*\.json$/.test(name));
	const sources: Source[] = [
		{ source: "n8n's log", what: 'n8n.log (server and CLI output)', texts: file('n8n.log', state.logFile) },
		{
			source: "n8n's event log",
			what: '.n8n/n8nEventLog*.log',
			texts: readdirSync(n8nFolder).filter((name) => name.startsWith('n8nEventLog')).flatMap((name) => file(name, join(n8nFolder, name))),
		},
		{ source: 'execution data', what: `${executionTexts.length} executions of ${workflowIds.length} workflows (public API, with data)`, texts: executionTexts },
		{
			source: "n8n's database",
			what: 'database.sqlite and its WAL (credentials are stored encrypted)',
			texts: ['database.sqlite', 'database.sqlite-wal'].flatMap((name) => file(name, join(n8nFolder, name))),
		},
		{ source: 'webhook answers', what: `status, headers and body of every request of parts 1 and 3 (${answerFiles.length} files)`, texts: answerFiles.flatMap((name) => file(name, join(state.home, name))) },
		{ source: 'engine runs (part 2)', what: `${engineRuns.runs.length} runs: errors with descriptions, node outputs`, texts: engineRuns.runs },
	];

	const leaks: Leak[] = [];
	const rows: Cell[][] = sources.map((source) => {
		const found = source.texts.flatMap((entry) => findLeaks(canaries, entry.where, entry.text));
		leaks.push(...found);
		const bytes = source.texts.reduce((sum, entry) => sum + entry.text.length, 0);
		return [source.source, source.what, `${(bytes / 1024 / 1024).toFixed(1)} MB`, found.length];
	});
	const searched = canaries.needles().length;
	saveFigures('faults', {
		part: '4-secrets',
		order: 4,
		tables: [
			{
				title: `Secrets: ${canaries.size} canary secrets (passwords, keys, tokens, session keys) searched as ${searched} needles (plain, base64, Basic user:secret)`,
				columns: ['searched', 'what', 'size', 'occurrences'],
				rows,
				goals: [goal('occurrences of a canary secret', leaks.length, 0)],
			},
		],
		details: { leaks: leaks.slice(0, 50) },
	});
	// The scan saw what parts 1–3 left: a log, and executions of every fault workflow.
	expect(statSync(state.logFile).size).toBeGreaterThan(0);
	expect(workflowIds.filter((id) => !scanned.has(id))).toEqual([]);
	expect(leaks.map((leak) => `${leak.role} (${leak.form}) in ${leak.where}: …${leak.context}…`)).toEqual([]);
});
