import { join } from 'node:path';

import type { InstanceOptions } from '../scripts/lib/instance';
import { ROOT } from '../scripts/lib/paths';
import { INSTANCES } from '../scripts/lib/ports';

/**
 * The bench's own n8n for parts 1–4 (its folder and ports: scripts/lib/ports.ts), with the
 * bench's workflows only: the examples' polling triggers would poll the simulators with the
 * same credentials while the bench counts requests, logins and expression evaluations.
 */
export const BENCH_OPTIONS: InstanceOptions = { ...INSTANCES.bench, fresh: true, examples: false };

export const BENCH_HOME = BENCH_OPTIONS.home;

/** A full run writes bench/results.json; a run with smaller sizes writes the ignored results.local.json. */
export const RESULTS = join(ROOT, 'bench', 'results.json');
export const LOCAL_RESULTS = join(ROOT, 'bench', 'results.local.json');

export interface Sizes {
	/** Alternating runs (rounds) per figure; each figure is the median of these. */
	runs: number;
	/**
	 * Rounds of part 2 (overhead against the floor and the HTTP Request node). Consecutive
	 * executions of the same workflow differ by 10–20 % on the 2-core machine, more than the
	 * 5 % the goal allows, so its median needs more rounds than the other parts.
	 */
	overheadRuns: number;
	/** Items per execution for the request and overhead figures. */
	items: number;
	/** VIPeX notifications per side, spread over the rounds. */
	notifications: number;
	concurrency: number;
	/** Length of the recording's base64 text in MiB. */
	recordingMiB: number;
}

export const FULL_SIZES: Sizes = { runs: 5, overheadRuns: 9, items: 1000, notifications: 2000, concurrency: 20, recordingMiB: 25 };

function number(name: string, fallback: number): number {
	const value = process.env[name];
	if (value === undefined || value === '') return fallback;
	const parsed = Number(value);
	if (!Number.isFinite(parsed) || parsed <= 0) throw new Error(`${name} must be a positive number, got "${value}"`);
	return parsed;
}

/** Sizes from BENCH_RUNS, BENCH_OVERHEAD_RUNS, BENCH_ITEMS, BENCH_NOTIFICATIONS, BENCH_CONCURRENCY, BENCH_RECORDING_MIB. */
export function sizes(): Sizes {
	return {
		runs: Math.round(number('BENCH_RUNS', FULL_SIZES.runs)),
		overheadRuns: Math.round(number('BENCH_OVERHEAD_RUNS', FULL_SIZES.overheadRuns)),
		items: Math.round(number('BENCH_ITEMS', FULL_SIZES.items)),
		notifications: Math.round(number('BENCH_NOTIFICATIONS', FULL_SIZES.notifications)),
		concurrency: Math.round(number('BENCH_CONCURRENCY', FULL_SIZES.concurrency)),
		recordingMiB: number('BENCH_RECORDING_MIB', FULL_SIZES.recordingMiB),
	};
}

export function isFull(given: Sizes): boolean {
	return (Object.keys(FULL_SIZES) as Array<keyof Sizes>).every((key) => given[key] >= FULL_SIZES[key]);
}

/** BENCH_PARTS=engine,requests,recordings,throughput,queue runs only some parts (while developing). */
export function parts(): Set<string> {
	const all = ['engine', 'requests', 'recordings', 'throughput', 'queue'];
	const given = (process.env.BENCH_PARTS ?? '').split(',').map((part) => part.trim()).filter(Boolean);
	return new Set(given.length > 0 ? given : all);
}

/** BENCH_VENDORS=comnica,sinch limits parts 1–2 in n8n to some vendors (while developing). */
export function vendorFilter(): (key: string) => boolean {
	const given = (process.env.BENCH_VENDORS ?? '').split(',').map((key) => key.trim()).filter(Boolean);
	return (key) => given.length === 0 || given.includes(key);
}
