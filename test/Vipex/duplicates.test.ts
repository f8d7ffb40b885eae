import type { IDataObject } from 'n8n-workflow';

import { claimCall, releaseCall, rememberClaims } from '../../nodes/Vipex/helpers/duplicates';

/**
 * n8n loads a workflow's static data for each webhook request and saves it whole afterwards,
 * so two requests answered at the same time each start from the same saved copy.
 */
const scope = `duplicates-test-${Date.now()}`;
const guard = (staticData: IDataObject, now: number) => ({ staticData, scope, windowMs: 60 * 60000, now });
const saved = (staticData: IDataObject) => Object.keys(staticData.receivedCalls as IDataObject).sort();

test('VPX-W3 two different calls answered at once: whichever save lands last remembers both', () => {
	const now = Date.now();
	const loadedForA: IDataObject = {};
	const loadedForB: IDataObject = {};

	expect(claimCall(guard(loadedForA, now), '76355')).toBe(true);
	expect(claimCall(guard(loadedForB, now), '91059')).toBe(true);

	// B's copy never saw A's save, yet it carries A: the PBX's resend of A after a restart is still caught.
	expect(saved(loadedForB)).toEqual(['76355', '91059']);
	const afterRestart = JSON.parse(JSON.stringify(loadedForB)) as IDataObject;
	expect(claimCall({ ...guard(afterRestart, now + 1000), scope: 'another process' }, '76355')).toBe(false);
});

test('VPX-W3 a released call is forgotten everywhere, so the PBX resend runs', () => {
	const now = Date.now();
	const staticData: IDataObject = {};
	expect(claimCall(guard(staticData, now), '50001')).toBe(true);
	releaseCall(guard(staticData, now), '50001');

	const other: IDataObject = {};
	expect(claimCall(guard(other, now), '50002')).toBe(true);
	expect(saved(other)).not.toContain('50001');
	expect(claimCall(guard(staticData, now), '50001')).toBe(true);
});

test('VPX-W3 a call claimed first but answered last: its save, landing last, still remembers the others (found in a real n8n)', () => {
	const now = Date.now();
	const mine = (staticData: IDataObject) => ({ ...guard(staticData, now), scope: `${scope}-answered-last` });
	const loadedForA: IDataObject = {};
	const loadedForB: IDataObject = {};

	// A claims, then B claims while A is still storing its recording; A is answered (and saved) last.
	expect(claimCall(mine(loadedForA), '60001')).toBe(true);
	expect(claimCall(mine(loadedForB), '60002')).toBe(true);
	rememberClaims(mine(loadedForA));

	expect(saved(loadedForA)).toEqual(['60001', '60002']);
	const afterRestart = JSON.parse(JSON.stringify(loadedForA)) as IDataObject;
	expect(claimCall({ ...guard(afterRestart, now + 1000), scope: 'another process' }, '60002')).toBe(false);
});
