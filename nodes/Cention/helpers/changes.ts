import type { IDataObject, INodeExecutionData, IPollFunctions } from 'n8n-workflow';

import type { PollMemory } from '../../shared/polling';
import {
	afterBacklog,
	emitAndWatch,
	fingerprint,
	isBackingOff,
	isManual,
	pollMemory,
	pollState,
	recordOutcome,
	settle,
} from '../../shared/polling';
import type { Endpoint } from '../../shared/endpoint';
import { vendorRequest } from '../../shared/request';
import { api, ENDPOINTS } from '../transport';
import type { JsonApiDocument } from './jsonApi';
import { primaryResources, simplifyDocument } from './jsonApi';

/**
 * CEN-P1 and CEN-P2: Cention's changed lists (c3_dirty_errand_list, c3_dirty_facebook_ratings).
 * Reading an errand's report or a rating clears its changed flag, so the flag is the feed's
 * cursor, kept by Cention.
 *
 * Errands are delivered at least once: right after reading a report the trigger marks the errand
 * as changed again (POST c3_dirty_errand_list) and clears the flag only once the execution that
 * received it has succeeded (it reads the report again). An execution that fails, is stopped or
 * never ends (n8n stopped) leaves the errand on Cention's list, so it is emitted again. An
 * errand that changed while its execution ran is marked changed again.
 *
 * Ratings cannot be marked as changed again (Cention has no call for it): a rating whose
 * execution fails is read and emitted again by the next polls while this n8n runs.
 */

/** The one report or rating of an id (the routing's paths with the id in place). */
function one(endpoint: Endpoint, id: string): Endpoint {
	return { method: endpoint.method, path: endpoint.path.replace(/\{\w+\}/, encodeURIComponent(id)) };
}

/** Parts of a report that change without the errand changing: the SLA figures and the flag itself. */
const VOLATILE = ['changed', 'sla'];
/** Parts that change when the errand does; one of them is read to notice a change during an execution. */
const CONTENT = ['basic', 'actions', 'extended'];

/** Ids changed before the first activation and not cleared yet, per feed (absent: not activated yet). */
interface ChangesState {
	errandBacklog: string[];
	ratingBacklog: string[];
}

interface FeedOptions {
	max: number;
	simplify: boolean;
}

function feedOptions(context: IPollFunctions): FeedOptions {
	return {
		max: Math.max(1, Number(context.getNodeParameter('options.maxPerPoll', 50))),
		simplify: context.getNodeParameter('simplify', true) as boolean,
	};
}

/** One change as an item; `drop` names attributes read only to notice changes. */
function output(document: JsonApiDocument, simplify: boolean, drop: string[] = []): INodeExecutionData {
	const attributes = primaryResources(document)[0]?.attributes;
	for (const name of drop) delete attributes?.[name];
	return { json: simplify ? (simplifyDocument(document)[0] ?? {}) : (document as IDataObject) };
}

// ── Errands (CEN-P1) ─────────────────────────────────────────────────────────

async function changedErrands(context: IPollFunctions): Promise<string[]> {
	const document = await vendorRequest(context, api, ENDPOINTS.changedErrands, { qs: {} });
	return primaryResources(document ?? {}).flatMap((resource) => {
		const errands = resource.attributes?.errands;
		return Array.isArray(errands) ? errands.map(String) : [];
	});
}

/** The sparse fields to read, and the ones only read to notice changes (left out of the output). */
function reportFields(context: IPollFunctions): { fields: string[]; hidden: string[] } {
	const chosen = context.getNodeParameter('fields', []) as string[];
	if (chosen.length === 0 || chosen.some((name) => CONTENT.includes(name))) return { fields: chosen, hidden: [] };
	return { fields: [...chosen, 'actions'], hidden: ['actions'] };
}

async function readReport(context: IPollFunctions, id: string, fields: string[]): Promise<JsonApiDocument> {
	const qs = fields.length > 0 ? { 'fields[c3_errand_reports]': fields.join(',') } : {};
	return (await vendorRequest(context, api, one(ENDPOINTS.errandReport, id), { qs })) ?? {};
}

function contentOf(document: JsonApiDocument): string {
	const attributes = { ...(primaryResources(document)[0]?.attributes ?? {}) };
	for (const name of VOLATILE) delete attributes[name];
	return fingerprint(attributes);
}

/** CEN-07: the errands go back on Cention's changed list. */
async function markChanged(context: IPollFunctions, ids: string[]): Promise<void> {
	if (ids.length === 0) return;
	const body = { data: { type: 'c3_dirty_errand_list', attributes: { errands: ids.map(Number) } } };
	await vendorRequest(context, api, ENDPOINTS.markErrandsChanged, { qs: {}, body });
}

/** Once the execution ended: clear the flag after a success (noticing a change made meanwhile). */
async function afterErrandExecution(
	context: IPollFunctions,
	memory: PollMemory,
	id: string,
	fields: string[],
	emitted: string,
	outcome: 'succeeded' | 'failed',
): Promise<void> {
	try {
		if (outcome === 'succeeded') {
			const now = await readReport(context, id, fields);
			if (contentOf(now) !== emitted) await markChanged(context, [id]);
		}
	} finally {
		memory.inFlight.delete(id);
		recordOutcome(memory, id, outcome);
	}
}

/** A changed errand for "Fetch Test Event": read, then marked changed again so the active workflow still gets it. */
async function sampleErrand(context: IPollFunctions, changed: string[]): Promise<INodeExecutionData[][] | null> {
	const id = [...changed].sort((a, b) => Number(b) - Number(a))[0];
	if (id === undefined) return null;
	const { fields, hidden } = reportFields(context);
	const report = await readReport(context, id, fields);
	await markChanged(context, [id]);
	return [[output(report, feedOptions(context).simplify, hidden)]];
}

export async function pollErrands(context: IPollFunctions): Promise<INodeExecutionData[][] | null> {
	const changed = await changedErrands(context);
	if (isManual(context)) return await sampleErrand(context, changed);
	const state = pollState<ChangesState>(context);
	const memory = pollMemory(state, 'errands');
	await settle(memory);
	const feed = await afterBacklog(state, 'errandBacklog', changed, async (id) => await readReport(context, id, ['c3_id']));
	if (!feed) return null;
	const { max, simplify } = feedOptions(context);

	const due = feed.filter((id) => !memory.inFlight.has(id) && !isBackingOff(memory, id)).slice(0, max);
	const { fields, hidden } = reportFields(context);
	const reports: Array<[string, JsonApiDocument]> = [];
	try {
		for (const id of due) reports.push([id, await readReport(context, id, fields)]);
	} finally {
		// Reading cleared the flags: set them again, also when a later read failed.
		await markChanged(context, reports.map(([id]) => id));
	}
	for (const [id, report] of reports) {
		const emitted = contentOf(report);
		memory.inFlight.add(id);
		emitAndWatch(context, memory, output(report, simplify, hidden), async (outcome) =>
			await afterErrandExecution(context, memory, id, fields, emitted, outcome),
		);
	}
	return null;
}

// ── Facebook ratings (CEN-P2) ────────────────────────────────────────────────

async function changedRatings(context: IPollFunctions): Promise<string[]> {
	const document = await vendorRequest(context, api, ENDPOINTS.changedRatings, { qs: {} });
	return primaryResources(document ?? {})
		.map((resource) => String(resource.id ?? ''))
		.filter((id) => id !== '');
}

async function readRating(context: IPollFunctions, id: string): Promise<JsonApiDocument> {
	return (await vendorRequest(context, api, one(ENDPOINTS.facebookRating, id), { qs: {} })) ?? {};
}

export async function pollRatings(context: IPollFunctions): Promise<INodeExecutionData[][] | null> {
	const changed = await changedRatings(context);
	const { max, simplify } = feedOptions(context);
	if (isManual(context)) {
		const id = [...changed].sort((a, b) => Number(b) - Number(a))[0];
		return id === undefined ? null : [[output(await readRating(context, id), simplify)]];
	}
	const state = pollState<ChangesState>(context);
	const memory = pollMemory(state, 'ratings');
	await settle(memory);
	const feed = await afterBacklog(state, 'ratingBacklog', changed, async (id) => await readRating(context, id));
	if (!feed) return null;

	// Ratings whose execution failed come back once their wait is over, changed again or not.
	const retries = [...memory.failures.keys()].filter((id) => !isBackingOff(memory, id));
	const due = [...new Set([...retries, ...feed])].filter((id) => !memory.inFlight.has(id)).slice(0, max);
	for (const id of due) {
		const rating = await readRating(context, id);
		memory.inFlight.add(id);
		emitAndWatch(context, memory, output(rating, simplify), async (outcome) => {
			memory.inFlight.delete(id);
			recordOutcome(memory, id, outcome);
		});
	}
	return null;
}
