import { isValidTimeZone } from '../../nodes/shared/timeZone';
import { pbxTimeToIso } from '../../nodes/Vipex/helpers/timeZone';

/** The ISO copies of PBX times (`YYYY-MM-DD HH:MM:SS`, local time of the PBX). */

test.each([
	['2019-12-03 11:41:56', 'Europe/Budapest', '2019-12-03T11:41:56+01:00'],
	['2024-07-01 09:00:00', 'Europe/Budapest', '2024-07-01T09:00:00+02:00'],
	// The last hour of winter time and the first of summer time around the spring change.
	['2024-03-31 01:59:59', 'Europe/Budapest', '2024-03-31T01:59:59+01:00'],
	['2024-03-31 03:00:00', 'Europe/Budapest', '2024-03-31T03:00:00+02:00'],
	['2024-10-27 04:00:00', 'Europe/Budapest', '2024-10-27T04:00:00+01:00'],
	['2019-12-03 12:14:11', 'UTC', '2019-12-03T12:14:11+00:00'],
	['2019-12-03 12:14:11', 'Asia/Kolkata', '2019-12-03T12:14:11+05:30'],
	['2019-12-03T12:14:11', 'Europe/Budapest', '2019-12-03T12:14:11+01:00'],
])('%s in %s is %s', (value, zone, iso) => {
	expect(pbxTimeToIso(value, zone)).toBe(iso);
	// The ISO string names the same instant as the wall time in that zone.
	const wall = new Intl.DateTimeFormat('sv-SE', { timeZone: zone, dateStyle: 'short', timeStyle: 'medium' }).format(new Date(iso));
	expect(wall).toBe(value.replace('T', ' '));
});

test('values that are not PBX times have no ISO copy', () => {
	expect(pbxTimeToIso(null, 'Europe/Budapest')).toBeNull();
	expect(pbxTimeToIso('', 'Europe/Budapest')).toBeNull();
	expect(pbxTimeToIso('03.12.2019 11:41', 'Europe/Budapest')).toBeNull();
	expect(pbxTimeToIso(1575369716, 'Europe/Budapest')).toBeNull();
});

test('time zone names are checked', () => {
	expect(isValidTimeZone('Europe/Budapest')).toBe(true);
	expect(isValidTimeZone('Europe/Budapestt')).toBe(false);
});
