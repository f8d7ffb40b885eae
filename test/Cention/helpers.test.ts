import { toCentionDate, toUnixSeconds } from '../../nodes/Cention/helpers/dates';
import { parseLogioCsv } from '../../nodes/Cention/helpers/logio';

describe('Cention date and CSV helpers', () => {
	test('wall times are read in the given time zone, across daylight saving', () => {
		// 1554108462 = 2019-04-01 08:47:42 UTC (the manual's first login record).
		expect(toUnixSeconds('2019-04-01T16:47:42', 'Asia/Kuala_Lumpur')).toBe(1554108462);
		expect(toUnixSeconds('2019-04-01T10:47:42', 'Europe/Stockholm')).toBe(1554108462); // CEST, UTC+2
		expect(toUnixSeconds('2019-01-15T09:00:00', 'Europe/Stockholm')).toBe(Date.UTC(2019, 0, 15, 8) / 1000); // CET, UTC+1
		expect(toUnixSeconds('2019-04-01T08:47:42Z', 'Asia/Kuala_Lumpur')).toBe(1554108462);
		expect(toUnixSeconds('2019-04-01T10:47:42+02:00', 'UTC')).toBe(1554108462);
		expect(toUnixSeconds(1554108462, 'UTC')).toBe(1554108462);
		expect(toUnixSeconds(1554108462000, 'UTC')).toBe(1554108462);
		expect(toUnixSeconds('next week', 'UTC')).toBeUndefined();
	});

	test('export dates keep the picked day, take an instant\'s day in the workflow\'s zone, and refuse impossible ones', () => {
		expect(toCentionDate('2019-01-31T23:59:59', 'UTC')).toBe('2019/01/31');
		expect(toCentionDate('2019/01/01', 'UTC')).toBe('2019/01/01');
		// Midnight of 1 February in Budapest is still 31 January in UTC.
		expect(toCentionDate('2019-01-31T23:00:00.000Z', 'Europe/Budapest')).toBe('2019/02/01');
		expect(toCentionDate(new Date('2019-01-31T23:00:00.000Z'), 'Europe/Budapest')).toBe('2019/02/01');
		expect(toCentionDate('2019-02-30', 'UTC')).toBeUndefined();
		expect(toCentionDate('31.01.2019', 'UTC')).toBeUndefined();
	});

	test('headerless CSV, quoted or not, becomes records', () => {
		expect(parseLogioCsv('1,sysadmin,1554108462,Logout\n2,"doe, jane",1554108529,Login\n')).toEqual([
			{ id: 1, name: 'sysadmin', timestamp: 1554108462, time: '2019-04-01T08:47:42.000Z', action: 'Logout' },
			{ id: 2, name: 'doe, jane', timestamp: 1554108529, time: '2019-04-01T08:48:49.000Z', action: 'Login' },
		]);
		expect(parseLogioCsv('')).toEqual([]);
		expect(parseLogioCsv('<html>Login page</html>')).toBeUndefined();
	});
});
