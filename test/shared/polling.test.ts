import {
	compareWithSeen,
	fingerprint,
	isBackingOff,
	outcomeOf,
	pollMemory,
	recordOutcome,
	splitBacklog,
} from '../../nodes/shared/polling';
import type { IRun } from 'n8n-workflow';

import { README_ANCHORS, codexUrls } from '../harness/readme';

describe('what the polling triggers share (nodes/shared/polling.ts)', () => {
	test('a fingerprint ignores key order and sees any change of a value', () => {
		expect(fingerprint({ a: 1, b: { c: [1, 2] } })).toBe(fingerprint({ b: { c: [1, 2] }, a: 1 }));
		expect(fingerprint({ a: 1, b: { c: [1, 2] } })).not.toBe(fingerprint({ a: 1, b: { c: [2, 1] } }));
		expect(fingerprint({ a: null })).not.toBe(fingerprint({ a: 'null' }));
	});

	test('the seen-ids cursor: new and changed rows, duplicates of one answer once, the cursor is this answer', () => {
		const rows = [
			{ id: 'a', v: '1' },
			{ id: 'b', v: '2' },
			{ id: 'c', v: '1' },
			{ id: 'c', v: '9' },
		];
		const result = compareWithSeen({ a: '1', b: '1', gone: '1' }, rows, (row) => row.id, (row) => row.v);
		expect(result.added).toEqual([{ id: 'c', v: '1' }]);
		expect(result.changed).toEqual([{ id: 'b', v: '2' }]);
		expect(result.next).toEqual({ a: '1', b: '2', c: '1' });
	});

	test('the start-from-now backlog: cleared a batch per poll, ids cleared elsewhere dropped, new ids left to the feed', () => {
		expect(splitBacklog(['1', '2', '3', '4'], ['1', '2', '4', '7'], 2)).toEqual({ batch: ['1', '2'], feed: ['7'], remaining: ['4'] });
	});

	test('a failed item waits 1, 2, 4 … up to 60 minutes; a success forgets its failures', () => {
		const memory = pollMemory({}, 'feed');
		const start = 1_000_000;
		const waits: number[] = [];
		for (let failure = 1; failure <= 8; failure++) {
			recordOutcome(memory, 'x', 'failed', start);
			waits.push((memory.failures.get('x')!.retryAt - start) / 60_000);
		}
		expect(waits).toEqual([1, 2, 4, 8, 16, 32, 60, 60]);
		expect(isBackingOff(memory, 'x', start + 59 * 60_000)).toBe(true);
		expect(isBackingOff(memory, 'x', start + 61 * 60_000)).toBe(false);
		recordOutcome(memory, 'x', 'succeeded');
		expect(memory.failures.has('x')).toBe(false);
	});

	test('an execution counts as handled when it succeeded or waits; errors, crashes, stops and the unknown do not', () => {
		const run = (status: IRun['status']) => ({ status }) as IRun;
		expect(['success', 'waiting'].map((status) => outcomeOf(run(status as IRun['status'])))).toEqual(['succeeded', 'succeeded']);
		expect(['error', 'crashed', 'canceled', 'unknown'].map((status) => outcomeOf(run(status as IRun['status'])))).toEqual([
			'failed',
			'failed',
			'failed',
			'failed',
		]);
		expect(outcomeOf(undefined)).toBe('failed');
	});

	test('each memory belongs to one static-data object and feed: a reloaded workflow starts with nothing in flight', () => {
		const state = {};
		pollMemory(state, 'errands').inFlight.add('1');
		expect(pollMemory(state, 'errands').inFlight.has('1')).toBe(true);
		expect(pollMemory(state, 'ratings').inFlight.size).toBe(0);
		expect(pollMemory({}, 'errands').inFlight.size).toBe(0);
	});

	test.each([
		'Cention/CentionChangesTrigger.node.json',
		'SinchContactPro/SinchContactProChangesTrigger.node.json',
		'UContact/UContactCallRecordsTrigger.node.json',
	])('the documentation links of %s point at README headings', (codex) => {
		const urls = codexUrls(codex);
		expect(urls.length).toBe(2);
		for (const url of urls) expect(README_ANCHORS).toContain(url.split('#')[1]);
	});
});
