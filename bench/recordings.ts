import type { N8nClient } from '../scripts/lib/client';
import { N8N_BIN } from '../scripts/lib/paths';
import { outgoingEndOfCall } from '../test/simulators/vipex/payloads';
import { wav } from '../test/simulators/vipex/recordings';
import { basicAuth, jsonBody, send } from '../scripts/lib/http';

import type { Sizes } from './benchConfig';
import { GarbageCollector } from './inspector';
import { lastExecutionId, nextExecution } from './n8nApi';
import { children, memory, resetPeak } from './processStats';
import { alternate } from './stats';
import { PBX_USER } from './webhookFlows';
import type { TriggerFlow, WebhookFlows } from './webhookFlows';

/**
 * Part 3: a VIPeX end-of-call record with a long recording (base64 in `monitor_file`) posted
 * to our VIPeX Trigger and to n8n's Webhook node, alternating. Measured: time until the HTTP
 * answer, and the peak resident memory of the n8n process while it takes the request and saves
 * the execution (VmHWM, reset to the current size just before each post).
 */

export interface RecordingRun {
	answerMs: number;
	status: number;
	/** VmHWM of the n8n process after the post, MiB. */
	peakMiB: number;
	/** VmRSS when the peak was reset, MiB. */
	baselineMiB: number;
	/** VmHWM of n8n's task runner (it takes no part: no Code node), MiB. */
	runnerPeakMiB?: number;
	executionMs: number;
}

export interface RecordingsResult {
	bodyBytes: number;
	base64Bytes: number;
	recordingBytes: number;
	ours: RecordingRun[];
	webhook: RecordingRun[];
}

/** A WAV whose base64 text is about `mib` MiB (16-bit 8 kHz mono: 16,000 bytes a second). */
function recordingOf(mib: number): Buffer {
	const bytes = Math.floor((mib * 1024 * 1024 * 3) / 4) - 44;
	return wav(bytes / 16000);
}

async function post(client: N8nClient, pid: number, gc: GarbageCollector, flow: TriggerFlow, body: Buffer): Promise<RecordingRun> {
	const before = await lastExecutionId(client, flow.workflowId);
	// Both sides start from the same live heap: the previous post's garbage is gone.
	await gc.collect();
	const runner = children(pid)[0];
	resetPeak(pid);
	if (runner) resetPeak(runner);
	const baselineMiB = memory(pid).rss;
	const answer = await send('POST', flow.url, { 'Content-Type': 'application/json', Authorization: basicAuth(PBX_USER.user, PBX_USER.password) }, body);
	if (answer.status !== 200) throw new Error(`${flow.label}: answered ${answer.status} ${answer.error ?? answer.body.slice(0, 300)}`);
	// Our trigger's execution data is small (the recording is binary data); the Webhook node's holds the base64.
	const execution = await nextExecution(client, flow.workflowId, before, flow.side === 'ours');
	if (execution.status !== 'success') throw new Error(`${flow.label}: execution ${execution.id} ${execution.status}`);
	if (flow.side === 'ours') {
		const item = execution.data?.resultData.runData['VIPeX Trigger']?.[0]?.data?.main[0]?.[0];
		if (!item?.binary?.recording) throw new Error(`${flow.label}: execution ${execution.id} has no recording binary`);
	}
	await new Promise((resolve) => setTimeout(resolve, 500));
	return {
		answerMs: answer.ms,
		status: answer.status,
		peakMiB: memory(pid).hwm,
		baselineMiB,
		runnerPeakMiB: runner ? memory(runner).hwm : undefined,
		executionMs: Date.parse(execution.stoppedAt!) - Date.parse(execution.startedAt),
	};
}

export async function recordingsPart(
	client: N8nClient,
	pid: number,
	inspectPort: number,
	flows: WebhookFlows,
	sizes: Sizes,
	log: (line: string) => void,
): Promise<RecordingsResult> {
	const gc = new GarbageCollector(pid, inspectPort, N8N_BIN);
	try {
		return await measure(client, pid, gc, flows, sizes, log);
	} finally {
		gc.close();
	}
}

async function measure(client: N8nClient, pid: number, gc: GarbageCollector, flows: WebhookFlows, sizes: Sizes, log: (line: string) => void): Promise<RecordingsResult> {
	const recording = recordingOf(sizes.recordingMiB);
	const base64 = recording.toString('base64');
	const { monitor_file: _example, ...call } = outgoingEndOfCall();
	const bodyFor = (id: number) => jsonBody({ ...call, id, monitor_file: base64 });
	const result: RecordingsResult = { bodyBytes: bodyFor(1).length, base64Bytes: base64.length, recordingBytes: recording.length, ours: [], webhook: [] };
	let id = 880000;
	// One unmeasured post each first: modules n8n loads on first use are not a recording's cost.
	for (const flow of [flows.endOfCall.ours, flows.endOfCall.webhook]) await post(client, pid, gc, flow, bodyFor(id++));
	for (let round = 0; round < sizes.runs; round++) {
		for (const flow of alternate(round, flows.endOfCall.ours, flows.endOfCall.webhook)) {
			const run = await post(client, pid, gc, flow, bodyFor(id++));
			(flow.side === 'ours' ? result.ours : result.webhook).push(run);
			log(
				`  recording round ${round + 1} ${flow.label.padEnd(20)} answer ${run.answerMs.toFixed(0).padStart(5)} ms, peak ${run.peakMiB.toFixed(0)} MiB (from ${run.baselineMiB.toFixed(0)} MiB)`,
			);
		}
	}
	return result;
}
