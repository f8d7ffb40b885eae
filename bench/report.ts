import type { EngineResult, EngineRun } from './engineProcess';
import type { Sizes } from './benchConfig';
import type { RecordingsResult } from './recordings';
import type { RequestsResult, SideRun } from './requests';
import type { Summary } from './stats';
import { formatSummary, ratios, summary } from './stats';
import type { QueueResult } from './queue';
import type { ThroughputResult } from './throughput';
import { VENDORS } from './benchOperations';

/** One line of the table: a figure, our side, n8n's own node, their ratio and the goal. */
export interface Figure {
	part: number;
	figure: string;
	ours: string;
	theirs: string;
	ratio: string;
	goal: string;
	/** undefined: a figure without a goal (shown for context). */
	met?: boolean;
	values?: { ours?: Summary; theirs?: Summary; ratio?: Summary };
}

export interface BenchResults {
	engine?: EngineResult;
	requests?: RequestsResult;
	recordings?: RecordingsResult;
	throughput?: ThroughputResult;
	queue?: QueueResult;
}

const PART_TITLES: Record<number, string> = {
	1: 'Request economy (requests that reach the vendor)',
	2: "Overhead vs n8n's HTTP Request node (same requests, session supplied) and vs the node's RoutingNode floor",
	3: "Recordings: VIPeX end of call vs n8n's Webhook node",
	4: "Webhook throughput: VIPeX notifications vs n8n's Webhook node",
	5: "Queue mode: VIPeX notifications through two webhook processors vs the main process alone (and n8n's Webhook node there)",
};

function all(values: number[], expected: number): boolean {
	return values.length > 0 && values.every((value) => value === expected);
}

/** "1000 + 1 login" for one run; a range when runs differ. */
function requestText(requests: Summary, logins?: Summary): string {
	const base = formatSummary(requests);
	if (!logins) return base;
	return `${base} + ${formatSummary(logins)} login${logins.max === 1 ? '' : 's'}`;
}

function engineFigures(engine: EngineResult, sizes: Sizes): Figure[] {
	return VENDORS.map((bench) => {
		const runs: EngineRun[] = engine[bench.key];
		const requests = runs.map((run) => run.requests);
		const logins = runs.map((run) => run.logins);
		const extra = runs.map((run) => run.total - run.requests - run.logins);
		const ok = all(requests, sizes.items) && all(logins, bench.loginPath ? 1 : 0) && all(extra, 0) && runs.every((run) => run.errors === 0);
		return {
			part: 1,
			figure: `${bench.title} ${bench.operation} × ${sizes.items}, engine harness: requests per run (fresh credential)`,
			ours: requestText(summary(requests), bench.loginPath ? summary(logins) : undefined),
			theirs: '—',
			ratio: '—',
			goal: bench.loginPath ? `${sizes.items} + 1 login` : `${sizes.items}`,
			met: ok,
			values: { ours: summary(requests) },
		};
	});
}

function realEconomyFigures(requests: RequestsResult, sizes: Sizes): Figure[] {
	const figures: Figure[] = [];
	for (const bench of VENDORS) {
		const runs = requests[bench.key];
		if (!runs) continue;
		const perExecution = runs.ours.map((run) => run.requests);
		const extra = runs.ours.map((run) => run.total - run.requests - run.logins);
		const theirs = runs.http ? `${formatSummary(summary(runs.http.map((run) => run.requests)))} (+ ${runs.http.reduce((sum, run) => sum + run.logins, 0)} logins)` : '—';
		figures.push({
			part: 1,
			figure: `${bench.title} ${bench.operation} × ${sizes.items}, real n8n: requests per execution`,
			ours: formatSummary(summary(perExecution)),
			theirs,
			ratio: '—',
			goal: `${sizes.items}`,
			met: all(perExecution, sizes.items) && all(extra, 0),
			values: { ours: summary(perExecution) },
		});
		if (bench.loginPath) {
			// Ours warmed up first: its warm-up execution is the one that logs in.
			const executions = [runs.warmUp[0], ...runs.ours];
			const logins = executions.reduce((sum, run) => sum + run.logins, 0);
			figures.push({
				part: 1,
				figure: `${bench.title}, real n8n: logins in ${executions.length} consecutive executions (the first a warm-up)`,
				ours: `${logins} (${executions.map((run) => run.logins).join(', ')})`,
				theirs: '—',
				ratio: '—',
				goal: '1',
				met: logins === 1,
			});
		}
	}
	return figures;
}

function ms(value: Summary): string {
	return formatSummary(value, 0, ' ms');
}

function ratioText(value: Summary): string {
	return formatSummary(value, 2, '×');
}

/** Per-round ratio summary of one field of two sides. */
function compare(a: SideRun[], b: SideRun[], value: (run: SideRun) => number): { a: Summary; b: Summary; ratio: Summary } {
	return { a: summary(a.map(value)), b: summary(b.map(value)), ratio: summary(ratios(a.map(value), b.map(value))) };
}

/**
 * Part 2 per node: ours vs the HTTP Request node, and vs its floor (the same node with an
 * empty routing) where n8n's RoutingNode alone is above the goal. Per item: expressions n8n
 * evaluated (and how many more than for the floor: what the package adds), time in the
 * expression engine, the node's own time.
 */
function overheadFigures(requests: RequestsResult, sizes: Sizes): Figure[] {
	const figures: Figure[] = [];
	for (const bench of VENDORS) {
		const runs = requests[bench.key];
		if (!runs) continue;
		const perItem = (field: 'nodeMs' | 'expressionMs' | 'expressions' | 'cpuMs') => (run: SideRun) => run[field] / sizes.items;
		const execution = (run: SideRun) => run.executionMs;
		const vsHttp = compare(runs.ours, runs.http, execution);
		const vsFloor = compare(runs.ours, runs.floor, execution);
		const floorVsHttp = compare(runs.floor, runs.http, execution);
		const floorAbove = floorVsHttp.ratio.median > 1.05;
		const added = summary(runs.ours.map((run, index) => (run.expressions - runs.floor[index].expressions) / sizes.items));
		const node = compare(runs.ours, runs.http, perItem('nodeMs'));
		const nodeFloor = compare(runs.ours, runs.floor, perItem('nodeMs'));
		const evaluations = compare(runs.ours, runs.http, perItem('expressions'));
		const engineTime = compare(runs.ours, runs.http, perItem('expressionMs'));
		const cpu = compare(runs.ours, runs.http, perItem('cpuMs'));
		const cpuFloor = compare(runs.ours, runs.floor, perItem('cpuMs'));
		figures.push(
			{
				part: 2,
				figure: `${bench.title} ${bench.operation} × ${sizes.items}: execution time vs the HTTP Request node`,
				ours: ms(vsHttp.a),
				theirs: ms(vsHttp.b),
				ratio: ratioText(vsHttp.ratio),
				goal: floorAbove ? '(floor above: see next row)' : '≤ 1.05×',
				met: floorAbove ? undefined : vsHttp.ratio.median <= 1.05,
				values: { ours: vsHttp.a, theirs: vsHttp.b, ratio: vsHttp.ratio },
			},
			{
				part: 2,
				figure: '  vs its floor: the same node with an empty routing (n8n\'s RoutingNode alone)',
				ours: ms(vsFloor.a),
				theirs: ms(vsFloor.b),
				ratio: ratioText(vsFloor.ratio),
				goal: floorAbove ? '≤ 1.05×' : '',
				met: floorAbove ? vsFloor.ratio.median <= 1.05 : undefined,
				values: { ours: vsFloor.a, theirs: vsFloor.b, ratio: vsFloor.ratio },
			},
			{
				part: 2,
				figure: '  the floor vs the HTTP Request node',
				ours: ms(floorVsHttp.a),
				theirs: ms(floorVsHttp.b),
				ratio: ratioText(floorVsHttp.ratio),
				goal: '',
				values: { ours: floorVsHttp.a, theirs: floorVsHttp.b, ratio: floorVsHttp.ratio },
			},
			{
				part: 2,
				figure: '  expression evaluations per item the package adds (ours − floor, /metrics)',
				ours: formatSummary(added, 1),
				theirs: '—',
				ratio: '—',
				goal: '0',
				met: added.max === 0 && added.min === 0,
				values: { ours: added },
			},
			{
				part: 2,
				figure: '  expression evaluations per item (/metrics)',
				ours: formatSummary(evaluations.a, 1),
				theirs: formatSummary(evaluations.b, 1),
				ratio: ratioText(evaluations.ratio),
				goal: '',
				values: { ours: evaluations.a, theirs: evaluations.b, ratio: evaluations.ratio },
			},
			{
				part: 2,
				figure: "  time in n8n's expression engine per item",
				ours: formatSummary(engineTime.a, 2, ' ms'),
				theirs: formatSummary(engineTime.b, 2, ' ms'),
				ratio: ratioText(engineTime.ratio),
				goal: '',
				values: { ours: engineTime.a, theirs: engineTime.b, ratio: engineTime.ratio },
			},
			{
				part: 2,
				figure: '  node time per item (its executionTime)',
				ours: formatSummary(node.a, 2, ' ms'),
				theirs: formatSummary(node.b, 2, ' ms'),
				ratio: ratioText(node.ratio),
				goal: '',
				values: { ours: node.a, theirs: node.b, ratio: node.ratio },
			},
			{
				part: 2,
				figure: '  node time per item vs its floor',
				ours: formatSummary(nodeFloor.a, 2, ' ms'),
				theirs: formatSummary(nodeFloor.b, 2, ' ms'),
				ratio: ratioText(nodeFloor.ratio),
				goal: '',
				values: { ours: nodeFloor.a, theirs: nodeFloor.b, ratio: nodeFloor.ratio },
			},
			{
				part: 2,
				figure: "  n8n process CPU time per item (/proc; little moved by the machine's load)",
				ours: formatSummary(cpu.a, 2, ' ms'),
				theirs: formatSummary(cpu.b, 2, ' ms'),
				ratio: ratioText(cpu.ratio),
				goal: '',
				values: { ours: cpu.a, theirs: cpu.b, ratio: cpu.ratio },
			},
			{
				part: 2,
				figure: '  n8n process CPU time per item vs its floor',
				ours: formatSummary(cpuFloor.a, 2, ' ms'),
				theirs: formatSummary(cpuFloor.b, 2, ' ms'),
				ratio: ratioText(cpuFloor.ratio),
				goal: '',
				values: { ours: cpuFloor.a, theirs: cpuFloor.b, ratio: cpuFloor.ratio },
			},
		);
	}
	return figures;
}

function mib(value: Summary): string {
	return formatSummary(value, 0, ' MiB');
}

function recordingFigures(recordings: RecordingsResult): Figure[] {
	const size = `${(recordings.base64Bytes / 1024 / 1024).toFixed(0)} MiB base64 (${(recordings.recordingBytes / 1024 / 1024).toFixed(1)} MiB WAV)`;
	const answer = { ours: summary(recordings.ours.map((run) => run.answerMs)), theirs: summary(recordings.webhook.map((run) => run.answerMs)) };
	const peak = { ours: summary(recordings.ours.map((run) => run.peakMiB)), theirs: summary(recordings.webhook.map((run) => run.peakMiB)) };
	const added = {
		ours: summary(recordings.ours.map((run) => run.peakMiB - run.baselineMiB)),
		theirs: summary(recordings.webhook.map((run) => run.peakMiB - run.baselineMiB)),
	};
	const peakRatio = summary(ratios(peak.ours.runs, peak.theirs.runs));
	return [
		{
			part: 3,
			figure: `End of call with ${size}: time to the HTTP answer`,
			ours: ms(answer.ours),
			theirs: ms(answer.theirs),
			ratio: ratioText(summary(ratios(answer.ours.runs, answer.theirs.runs))),
			goal: 'ours ≤ 1000 ms',
			met: answer.ours.median <= 1000,
			values: answer,
		},
		{
			part: 3,
			figure: 'Peak memory of the n8n process (VmHWM) while taking it',
			ours: mib(peak.ours),
			theirs: mib(peak.theirs),
			ratio: ratioText(peakRatio),
			goal: "ours ≤ Webhook node's",
			met: peak.ours.median <= peak.theirs.median,
			values: { ...peak, ratio: peakRatio },
		},
		{
			part: 3,
			figure: 'Memory added for it (VmHWM − VmRSS before the post)',
			ours: mib(added.ours),
			theirs: mib(added.theirs),
			ratio: ratioText(summary(ratios(added.ours.runs, added.theirs.runs))),
			goal: '',
			values: added,
		},
	];
}

function throughputFigures(throughput: ThroughputResult): Figure[] {
	const perSecond = (side: ThroughputResult['ours']) => summary(side.rounds.map((round) => round.perSecond));
	const expressions = (side: ThroughputResult['ours']) => summary(side.rounds.map((round) => round.expressions ?? 0));
	const vsWebhook = { ours: perSecond(throughput.ours), theirs: perSecond(throughput.webhook) };
	const vsV1 = { ours: perSecond(throughput.ours), theirs: perSecond(throughput.webhookV1) };
	const webhookRatio = summary(ratios(vsWebhook.ours.runs, vsWebhook.theirs.runs));
	const v1Ratio = summary(ratios(vsV1.ours.runs, vsV1.theirs.runs));
	const completed = (side: ThroughputResult['ours']) => `${side.succeeded} of ${side.sent}${side.executions !== side.succeeded ? ` (${side.executions - side.succeeded} not successful)` : ''}`;
	return [
		{
			part: 4,
			figure: `${throughput.ours.sent} notifications at concurrency ${throughput.concurrency}: completed executions (public API)`,
			ours: completed(throughput.ours),
			theirs: completed(throughput.webhook),
			ratio: '—',
			goal: 'all, none lost',
			met: throughput.ours.succeeded === throughput.ours.sent && throughput.ours.executions === throughput.ours.sent,
		},
		{
			part: 4,
			figure: 'Requests per second (per round)',
			ours: formatSummary(vsWebhook.ours, 0, '/s'),
			theirs: formatSummary(vsWebhook.theirs, 0, '/s'),
			ratio: ratioText(webhookRatio),
			goal: '(sandbox skipped: see next row)',
			values: { ...vsWebhook, ratio: webhookRatio },
		},
		{
			part: 4,
			figure: "  vs n8n's Webhook node v1 (an expression sandbox per request, as for every trigger but the Webhook node v2)",
			ours: formatSummary(vsV1.ours, 0, '/s'),
			theirs: formatSummary(vsV1.theirs, 0, '/s'),
			ratio: ratioText(v1Ratio),
			goal: '≥ 0.9×',
			met: v1Ratio.median >= 0.9,
			values: { ...vsV1, ratio: v1Ratio },
		},
		{
			part: 4,
			figure: '  expressions evaluated per notification (/metrics; ours | Webhook node v1)',
			ours: formatSummary(expressions(throughput.ours), 1),
			theirs: formatSummary(expressions(throughput.webhookV1), 1),
			ratio: '—',
			goal: '',
		},
	];
}

function queueFigures(queue: QueueResult): Figure[] {
	const perSecond = (side: QueueResult['main']) => summary(side.rounds.map((round) => round.perSecond));
	const scaling = { ours: perSecond(queue.processors), theirs: perSecond(queue.main) };
	const onMain = { ours: perSecond(queue.main), theirs: perSecond(queue.mainWebhook) };
	const scalingRatio = summary(ratios(scaling.ours.runs, scaling.theirs.runs));
	const onMainRatio = summary(ratios(onMain.ours.runs, onMain.theirs.runs));
	const completed = (side: QueueResult['main']) => `${side.succeeded} of ${side.sent}${side.executions !== side.succeeded ? ` (${side.executions - side.succeeded} not successful)` : ''}`;
	return [
		{
			part: 5,
			figure: `${queue.processors.sent} notifications per side at concurrency ${queue.concurrency}: completed executions (2 processors | main alone)`,
			ours: completed(queue.processors),
			theirs: completed(queue.main),
			ratio: '—',
			goal: 'all through the processors',
			met: queue.processors.succeeded === queue.processors.sent,
		},
		{
			part: 5,
			figure: 'Requests per second (per round; 2 processors | main alone)',
			ours: formatSummary(scaling.ours, 0, '/s'),
			theirs: formatSummary(scaling.theirs, 0, '/s'),
			ratio: ratioText(scalingRatio),
			goal: '',
			values: { ...scaling, ratio: scalingRatio },
		},
		{
			part: 5,
			figure: "  the main process alone: completed executions (VIPeX Trigger | n8n's Webhook node)",
			ours: completed(queue.main),
			theirs: completed(queue.mainWebhook),
			ratio: '—',
			goal: '',
		},
		{
			part: 5,
			figure: "  the main process alone: requests per second (VIPeX Trigger | n8n's Webhook node)",
			ours: formatSummary(onMain.ours, 0, '/s'),
			theirs: formatSummary(onMain.theirs, 0, '/s'),
			ratio: ratioText(onMainRatio),
			goal: '',
			values: { ...onMain, ratio: onMainRatio },
		},
	];
}

export function figures(results: BenchResults, sizes: Sizes): Figure[] {
	return [
		...(results.engine ? engineFigures(results.engine, sizes) : []),
		...(results.requests ? realEconomyFigures(results.requests, sizes) : []),
		...(results.requests ? overheadFigures(results.requests, sizes) : []),
		...(results.recordings ? recordingFigures(results.recordings) : []),
		...(results.throughput ? throughputFigures(results.throughput) : []),
		...(results.queue ? queueFigures(results.queue) : []),
	];
}

const COLUMNS = ['Figure', 'Ours', "n8n's node", 'Ratio', 'Goal', ''];

function cells(figure: Figure): string[] {
	return [figure.figure, figure.ours, figure.theirs, figure.ratio, figure.goal, figure.met === undefined ? '' : figure.met ? '✓' : '✗'];
}

/** The table as fixed-width text, one block per part. */
export function textTable(list: Figure[]): string {
	const rows = list.map(cells);
	const widths = COLUMNS.map((column, index) => Math.max(column.length, ...rows.map((row) => row[index].length)));
	const line = (row: string[]) => row.map((cell, index) => cell.padEnd(widths[index])).join('  ').trimEnd();
	const out: string[] = [];
	for (const part of [...new Set(list.map((figure) => figure.part))]) {
		out.push('', `${part}. ${PART_TITLES[part]}`, line(COLUMNS), widths.map((width) => '-'.repeat(width)).join('  '));
		for (const figure of list.filter((candidate) => candidate.part === part)) out.push(line(cells(figure)));
	}
	return out.join('\n');
}

/** The same table in Markdown, for docs/PERFORMANCE.md. */
export function markdownTable(list: Figure[]): string {
	const out: string[] = [];
	for (const part of [...new Set(list.map((figure) => figure.part))]) {
		out.push('', `**${part}. ${PART_TITLES[part]}**`, '', `| ${COLUMNS.join(' | ')} |`, `|${COLUMNS.map(() => '---').join('|')}|`);
		for (const figure of list.filter((candidate) => candidate.part === part)) out.push(`| ${cells(figure).map((cell) => cell.replace(/\|/g, '\\|')).join(' | ')} |`);
	}
	return out.join('\n').trim();
}

