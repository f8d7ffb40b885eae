/**
 * Vendor failures, as a matrix: every vendor's node runs one read operation over six items
 * through the real n8n engine (test/harness) against its simulator, once per fault the
 * simulator injects. Continue On Fail is on, so the figures show what happened to each item:
 * ok, errored, lost (no output item) or duplicated (two output items); the errors are checked
 * for what they must name. The same fault is then run without Continue On Fail: the execution
 * must stop with that error. The runs are kept for the secrets scan (4-secrets).
 */
import { writeFileSync } from 'node:fs';
import { createServer } from 'node:net';

import type { INodeExecutionData } from 'n8n-workflow';

import { engine } from '../../test/harness/engine';
import type { RunResult } from '../../test/harness/engine';
import { Canaries, serialize } from '../shared/canary';
import { goal, saveFigures } from '../../scripts/lib/figures';
import type { Cell } from '../../scripts/lib/figures';
import { ENGINE_RUNS } from '../n8n/faultsInstance';
import type { FaultName, VendorProfile } from './vendorFaults';
import { TIMEOUT_MS, vendorProfiles } from './vendorFaults';

const FAULTS: FaultName[] = [
	'session expired mid-run',
	'400 bad request',
	'403 forbidden',
	'404 not found',
	'500 server error',
	'uContact 0 body',
	'uContact ERROR body',
	'no answer (timeout)',
	'slow answers beyond the timeout',
	'connection closed',
	'connection refused',
];

interface Row {
	vendor: string;
	fault: FaultName;
	items: number;
	ok: number;
	errored: number;
	expectedErrored: number;
	lost: number;
	duplicated: number;
	renewals: number | '';
	checks: { passed: number; total: number };
	stopped: boolean;
	message: string;
	ms: number;
}

const rows: Row[] = [];
const canaries = new Canaries();
const runs: Array<{ where: string; text: string }> = [];

/** A port nothing listens on: taken from the system, then released. */
async function closedPort(): Promise<number> {
	return await new Promise((resolve) => {
		const server = createServer();
		server.listen(0, '127.0.0.1', () => {
			const { port } = server.address() as { port: number };
			server.close(() => resolve(port));
		});
	});
}

function errorText(item: INodeExecutionData): string | undefined {
	if (!item.error && item.json.error === undefined) return undefined;
	const error = item.error as { message?: string; description?: string | null } | undefined;
	return `${error?.message ?? String(item.json.error)}\n${error?.description ?? ''}`;
}

function missing(text: string, expected: string[]): string[] {
	return expected.filter((part) => !text.toLowerCase().includes(part.toLowerCase()));
}

function keep(where: string, result: RunResult): void {
	runs.push({ where, text: serialize({ run: result.run, items: result.items, error: result.error }) });
}

afterAll(() => {
	const vendors = [...new Set(rows.map((row) => row.vendor))];
	const sessionRows = rows.filter((row) => row.fault === 'session expired mid-run');
	const checks = rows.reduce((sum, row) => ({ passed: sum.passed + row.checks.passed, total: sum.total + row.checks.total }), { passed: 0, total: 0 });
	const table = {
		title: `Vendor failures through the simulators (n8n engine, ${rows[0]?.items ?? 6} items per run, Continue On Fail on, node Timeout ${TIMEOUT_MS} ms)`,
		columns: ['vendor', 'fault', 'items', 'ok', 'errored', 'lost', 'duplicated', 'renewals', 'message checks', 'stops without COF', 'error message (first)'],
		rows: rows.map((row): Cell[] => [
			row.vendor,
			row.fault,
			row.items,
			row.ok,
			row.errored,
			row.lost,
			row.duplicated,
			row.renewals,
			`${row.checks.passed}/${row.checks.total}`,
			row.expectedErrored === 0 ? '-' : row.stopped ? 'yes' : 'NO',
			row.message.length > 110 ? `${row.message.slice(0, 107)}…` : row.message,
		]),
		goals: [
			goal('items lost', rows.reduce((sum, row) => sum + row.lost, 0), 0),
			goal('items duplicated', rows.reduce((sum, row) => sum + row.duplicated, 0), 0),
			goal('runs where exactly the hit items errored and Continue On Fail kept the others', rows.filter((row) => row.errored === row.expectedErrored && row.ok === row.items - row.expectedErrored).length, rows.length),
			goal('expired sessions renewed exactly once', sessionRows.filter((row) => row.renewals === 1).length, sessionRows.length),
			goal('error message checks (vendor, endpoint, code, field, right or claim)', `${checks.passed}/${checks.total}`, `${checks.total}/${checks.total}`, checks.passed === checks.total),
			goal('runs without Continue On Fail that stopped with the error', rows.filter((row) => row.expectedErrored > 0 && row.stopped).length, rows.filter((row) => row.expectedErrored > 0).length),
		],
		notes: [
			`vendors: ${vendors.join(', ')}; Cention (access token) and Sinch Contact Pro (Basic auth) have no session to expire; the 0/ERROR bodies are uContact's`,
			'VIPeX PBX has no API the package calls: its failures are the webhook ones (parts 1 and 3)',
		],
	};
	saveFigures('faults', { part: '2-vendors', order: 2, tables: [table], details: { vendors: rows } });
	writeFileSync(ENGINE_RUNS, JSON.stringify({ canaries: canaries.toJSON(), runs }));
});

describe.each(vendorProfiles().map((profile) => [profile.vendor, profile] as const))('%s', (_vendor, profile: VendorProfile) => {
	const sim = profile.simulator;
	let refusedUrl = '';
	beforeAll(async () => {
		await sim.start();
		refusedUrl = `http://127.0.0.1:${await closedPort()}`;
	});
	afterAll(async () => await sim.stop());

	const faults = FAULTS.filter((name) => profile.faults[name]);
	test.each(faults)(`${profile.operation}: %s`, async (fault) => {
		const spec = profile.faults[fault]!;
		const e = await engine();
		const started = Date.now();
		const baseUrl = fault === 'connection refused' ? refusedUrl : sim.baseUrl;
		const node = (continueOnFail: boolean) => ({
			type: profile.type,
			parameters: { ...profile.parameters, requestOptions: { timeout: TIMEOUT_MS } },
			credentials: { [profile.credentialType]: e.credentials.add(profile.credentialType, profile.credential(canaries, baseUrl)) },
			continueOnFail,
		});
		const inputs = profile.inputs.map((json) => ({ json }));

		sim.reset();
		if (fault === 'session expired mid-run') profile.session!.expireAfter(2);
		if (spec.fault) sim.inject(spec.fault);
		const loginsBefore = profile.session?.logins() ?? 0;
		const node1 = node(true);
		const result = await e.run(node1, inputs);
		// The first login of a fresh credential is not a renewal.
		const renewals = fault === 'session expired mid-run' ? profile.session!.logins() - loginsBefore - 1 : '';
		keep(`${profile.vendor} / ${fault} (Continue On Fail)`, result);
		if (profile.session) {
			const stored = e.credentials.stored(node1.credentials[profile.credentialType].id!);
			canaries.add(`${profile.type}-session-${rows.length}`, stored[profile.session.keyField]);
			canaries.basic(profile.session.basicUser, `${profile.type}-session-${rows.length}`);
		}

		const perInput = inputs.map((_input, index) => result.items.filter((item) => (item.pairedItem as { item: number } | undefined)?.item === index));
		const errors = result.items.map(errorText).filter((text): text is string => text !== undefined);
		const failedChecks = errors.flatMap((text) => missing(text, spec.expect));
		const expectedErrored = spec.all ? inputs.length : spec.fault ? 1 : 0;

		// The same fault without Continue On Fail: the execution stops with the error.
		let stopped = false;
		if (expectedErrored > 0) {
			sim.reset();
			if (spec.fault) sim.inject(spec.fault);
			const strict = await e.run(node(false), inputs);
			keep(`${profile.vendor} / ${fault}`, strict);
			const text = `${strict.error?.message ?? ''}\n${(strict.error as { description?: string } | undefined)?.description ?? ''}`;
			stopped = strict.error !== undefined && missing(text, spec.expect).length === 0;
		}

		const row: Row = {
			vendor: profile.vendor,
			fault,
			items: inputs.length,
			ok: result.items.length - errors.length,
			errored: errors.length,
			expectedErrored,
			lost: perInput.filter((items) => items.length === 0).length,
			duplicated: perInput.filter((items) => items.length > 1).length,
			renewals,
			checks: { passed: errors.length * spec.expect.length - failedChecks.length, total: errors.length * spec.expect.length },
			stopped,
			message: errors[0]?.split('\n')[0] ?? '',
			ms: Date.now() - started,
		};
		rows.push(row);

		expect(result.error).toBeUndefined();
		expect({ lost: row.lost, duplicated: row.duplicated, errored: row.errored, ok: row.ok }).toEqual({
			lost: 0,
			duplicated: 0,
			errored: expectedErrored,
			ok: inputs.length - expectedErrored,
		});
		expect(failedChecks).toEqual([]);
		if (fault === 'session expired mid-run') expect(renewals).toBe(1);
		if (expectedErrored > 0) expect(stopped).toBe(true);
	});
});
