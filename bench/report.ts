import type { EngineResult, EngineRun } from './engine';
import type { Sizes } from './options';
import type { RecordingsResult } from './recordings';
import type { RequestsResult, SideRun } from './requests';
import type { Summary } from './stats';
import { formatSummary, ratios, summary } from './stats';
import type { QueueResult } from './queue';
import type { ThroughputResult } from './throughput';
import { VENDORS } from './vendors';

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
	2: "Overhead vs n8n's HTTP Request node (same requests, session supplied)",
	3: "Recordings: VIPeX end of call vs n8n's Webhook node",
	4: "Webhook throughput: VIPeX notifications vs n8n's Webhook node",
	5: 'Queue mode: VIPeX notifications through two webhook processors vs the main process alone',
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
			const logins = runs.ours.reduce((sum, run) => sum + run.logins, 0);
			figures.push({
				part: 1,
				figure: `${bench.title}, real n8n: logins in ${runs.ours.length} consecutive executions`,
				ours: `${logins} (${runs.ours.map((run) => run.logins).join(', ')})`,
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

function overheadFigures(requests: RequestsResult, sizes: Sizes): Figure[] {
	const figures: Figure[] = [];
	for (const bench of VENDORS) {
		const runs = requests[bench.key];
		if (!runs?.http) continue;
		const pick = (list: SideRun[], field: 'executionMs' | 'nodeMs') => list.map((run) => run[field]);
		for (const [field, label, judged] of [
			['executionMs', 'execution time (startedAt → stoppedAt)', true],
			['nodeMs', 'time of the node alone (its executionTime)', false],
		] as const) {
			const ours = pick(runs.ours, field);
			const theirs = pick(runs.http, field);
			const ratio = summary(ratios(ours, theirs));
			figures.push({
				part: 2,
				figure: `${bench.title} ${bench.operation} × ${sizes.items}: ${label}`,
				ours: ms(summary(ours)),
				theirs: ms(summary(theirs)),
				ratio: ratioText(ratio),
				goal: judged ? '≤ 1.05×' : '',
				met: judged ? ratio.median <= 1.05 : undefined,
				values: { ours: summary(ours), theirs: summary(theirs), ratio },
			});
		}
		// The profile: what the execution spent in n8n's expression engine, per item.
		const perItem = (list: SideRun[]) => list.map((run) => run.expressions / sizes.items);
		const engineMs = (list: SideRun[]) => list.map((run) => run.expressionMs);
		figures.push(
			{
				part: 2,
				figure: '  expressions n8n evaluated per item (/metrics)',
				ours: formatSummary(summary(perItem(runs.ours)), 1),
				theirs: formatSummary(summary(perItem(runs.http)), 1),
				ratio: ratioText(summary(ratios(perItem(runs.ours), perItem(runs.http)))),
				goal: '',
				values: { ours: summary(perItem(runs.ours)), theirs: summary(perItem(runs.http)) },
			},
			{
				part: 2,
				figure: "  time in n8n's expression engine per execution",
				ours: ms(summary(engineMs(runs.ours))),
				theirs: ms(summary(engineMs(runs.http))),
				ratio: ratioText(summary(ratios(engineMs(runs.ours), engineMs(runs.http)))),
				goal: '',
				values: { ours: summary(engineMs(runs.ours)), theirs: summary(engineMs(runs.http)) },
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
	const perSecond = {
		ours: summary(throughput.ours.rounds.map((round) => round.perSecond)),
		theirs: summary(throughput.webhook.rounds.map((round) => round.perSecond)),
	};
	const ratio = summary(ratios(perSecond.ours.runs, perSecond.theirs.runs));
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
			ours: formatSummary(perSecond.ours, 0, '/s'),
			theirs: formatSummary(perSecond.theirs, 0, '/s'),
			ratio: ratioText(ratio),
			goal: '≥ 0.9×',
			met: ratio.median >= 0.9,
			values: { ...perSecond, ratio },
		},
	];
}

function queueFigures(queue: QueueResult): Figure[] {
	const perSecond = {
		ours: summary(queue.processors.rounds.map((round) => round.perSecond)),
		theirs: summary(queue.main.rounds.map((round) => round.perSecond)),
	};
	const ratio = summary(ratios(perSecond.ours.runs, perSecond.theirs.runs));
	const completed = (side: QueueResult['main']) => `${side.succeeded} of ${side.sent}${side.executions !== side.succeeded ? ` (${side.executions - side.succeeded} not successful)` : ''}`;
	return [
		{
			part: 5,
			figure: `${queue.processors.sent} notifications per side at concurrency ${queue.concurrency}: completed executions (2 processors | main)`,
			ours: completed(queue.processors),
			theirs: completed(queue.main),
			ratio: '—',
			goal: 'all, none lost',
			met: queue.processors.succeeded === queue.processors.sent && queue.main.succeeded === queue.main.sent,
		},
		{
			part: 5,
			figure: 'Requests per second (per round; 2 processors | main)',
			ours: formatSummary(perSecond.ours, 0, '/s'),
			theirs: formatSummary(perSecond.theirs, 0, '/s'),
			ratio: ratioText(ratio),
			goal: '',
			values: { ...perSecond, ratio },
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

