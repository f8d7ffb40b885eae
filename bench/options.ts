import { join } from 'node:path';

import type { InstanceOptions } from '../scripts/lib/instance';
import { E2E_HOME, ROOT } from '../scripts/lib/paths';

/**
 * The bench's own n8n: its own folder and ports, so it runs beside `npm start` (5678, 41xx),
 * the e2e suite (5688, 42xx) and the fault suite (5698, 43xx).
 */
export const BENCH_HOME = join(E2E_HOME, 'bench');

export const BENCH_OPTIONS: InstanceOptions = {
	home: BENCH_HOME,
	port: 5708,
	brokerPort: 5709,
	simulatorBasePort: 4400,
	encryptionKey: 'n8n-nodes-contact-center-bench',
	fresh: true,
};

/** Where the bench's n8n opens its inspector (for a garbage collection before each memory figure). */
export const INSPECT_PORT = 5710;

/** A full run writes bench/results.json; a run with smaller sizes writes the ignored results.local.json. */
export const RESULTS = join(ROOT, 'bench', 'results.json');
export const LOCAL_RESULTS = join(ROOT, 'bench', 'results.local.json');

export interface Sizes {
	/** Alternating runs (rounds) per figure; each figure is the median of these. */
	runs: number;
	/** Items per execution for the request and overhead figures. */
	items: number;
	/** VIPeX notifications per side, spread over the rounds. */
	notifications: number;
	concurrency: number;
	/** Length of the recording's base64 text in MiB. */
	recordingMiB: number;
}

export const FULL_SIZES: Sizes = { runs: 5, items: 1000, notifications: 2000, concurrency: 20, recordingMiB: 25 };

function number(name: string, fallback: number): number {
	const value = process.env[name];
	if (value === undefined || value === '') return fallback;
	const parsed = Number(value);
	if (!Number.isFinite(parsed) || parsed <= 0) throw new Error(`${name} must be a positive number, got "${value}"`);
	return parsed;
}

/** Sizes from BENCH_RUNS, BENCH_ITEMS, BENCH_NOTIFICATIONS, BENCH_CONCURRENCY, BENCH_RECORDING_MIB. */
export function sizes(): Sizes {
	return {
		runs: Math.round(number('BENCH_RUNS', FULL_SIZES.runs)),
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
