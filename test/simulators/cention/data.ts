/**
 * Demo data of the Cention simulator, taken from the manual's examples (libraries, categories,
 * questions, reports, ratings, login log, contact cards) and extended a little so the demo
 * has something to search.
 */

export interface Library {
	id: number;
	name: string;
	external: boolean;
	categories: number[];
	libraries: number[];
	questions: number[];
}

export interface Category {
	id: number;
	name: string;
	libraries: number[];
	categories: number[];
	questions: number[];
}

export interface Question {
	id: number;
	subject: string;
	question: string;
	answer: string;
	toplist: boolean;
	attachments: number[];
	embeddedArchives: number[];
}

export function libraries(): Library[] {
	return [
		{ id: 3, name: 'cention-org - area-named-second', external: true, categories: [3], libraries: [], questions: [2] },
		{ id: 4, name: 'cention-org - test-services-area', external: false, categories: [], libraries: [], questions: [5, 4] },
		{ id: 7, name: 'Customer service - Accounts', external: true, categories: [2], libraries: [], questions: [21, 22] },
	];
}

export function categories(): Category[] {
	return [
		{ id: 2, name: 'greeting', libraries: [], categories: [], questions: [5] },
		{ id: 3, name: 'old_libraries', libraries: [4, 3], categories: [], questions: [] },
	];
}

export function questions(): Question[] {
	return [
		{ id: 1, subject: 'asdasda', question: 'dfdgfd', answer: 'n', toplist: false, attachments: [], embeddedArchives: [] },
		{ id: 2, subject: '11th title', question: '11th body<br/>2nd line<br/>', answer: 'done!', toplist: true, attachments: [], embeddedArchives: [] },
		{ id: 4, subject: 'asdadasdas', question: '', answer: 'New answer!', toplist: false, attachments: [2020], embeddedArchives: [12] },
		{ id: 5, subject: 'help me!', question: '<div dir="ltr">first HELP me!</div>\n', answer: 'done 2', toplist: true, attachments: [], embeddedArchives: [] },
		{
			id: 21,
			subject: 'How do I reset my password?',
			question: 'I forgot my password and cannot log in to My Pages.',
			answer: '<p>Click <b>Forgot password</b> on the login page; we email you a link that works for 24 hours.</p><img src="cid:14" />',
			toplist: true,
			attachments: [2031],
			embeddedArchives: [14],
		},
		{
			id: 22,
			subject: 'Change the email address of my account',
			question: 'How can I change the email address you send invoices to?',
			answer: 'Open My Pages → Settings → Contact details and enter the new address. We confirm the change by email.',
			toplist: false,
			attachments: [],
			embeddedArchives: [],
		},
	];
}

/** The errand report of the manual (errand 33) as the template for every errand's report. */
export function errandReport(id: number, subject: string, from: string): Record<string, unknown> {
	return {
		actions: [
			{
				id: id * 10 + 1,
				note: `Errand ${id} was opened by agent System Administrator at 2015-07-16 20:50:17 +0800 MYT.`,
				origin: 'System Administrator',
				time: '2015-07-16 20:50:17 +0800 MYT',
				timeStamp: 1437051017,
			},
			{
				id: id * 10 + 2,
				note: `Errand ${id} was answered and closed by agent System Administrator at 2015-07-17 17:08:26 +0800 MYT.`,
				origin: 'System Administrator',
				time: '2015-07-17 17:08:26 +0800 MYT',
				timeStamp: 1437124106,
			},
		],
		basic: {
			acquired: false,
			data: {
				id,
				displayId: String(id),
				service: 1,
				serviceName: 'Email',
				organisationId: 3,
				organisationName: 'cention-org',
				area: 1,
				areaName: 'test-services-area',
				priority: '',
				agentId: 2,
				agent: 'System Administrator',
				from,
				fromAddress: from,
				to: 'test.tester@cention.asia',
				toAddresses: ['test.tester@cention.asia'],
				subject,
				body: `<div dir="ltr">${subject}</div>\r\n`,
				date: '2015/07/16 20:47',
				answeredDate: '2015/07/17 17:08',
				closed: true,
				answered: true,
			},
			groupWith: 0,
			hasChild: false,
			id,
			threadId: id - 1,
		},
		c3_id: id,
		changed: true,
		extended: {
			answer_body: 'test body',
			answer_subject: subject,
			errand_tags: [{ desc: 'Test High Tag', id: 32 }],
			feedback: { Answer: '', QuestionHTML: '', QuestionText: '', value: 0 },
		},
		sla: { done_due: false, expiry: 0, handling_time: 38, response_time: 72249, within_sla: false },
	};
}

export interface StoredErrand {
	id: number;
	from: string;
	subject: string;
	closed: boolean;
	attributes: Record<string, unknown>;
	/** Actions taken since the demo data (agents working on the errand), appended to its report. */
	actions?: Array<Record<string, unknown>>;
	/** Seconds added to the SLA figures (Cention recomputes them every minute). */
	slaSeconds?: number;
}

export function errands(): StoredErrand[] {
	const known: Array<[number, string, string]> = [
		[33, 'test', 'test.account@cention.se'],
		[34, 'Invoice 2019-114 is wrong', 'anna.berg@example.se'],
		[101, 'Delivery delayed', 'li.wei@example.com'],
		[3203, 'Cancel my subscription', 'mats.olsson@example.se'],
		[3204, 'Broken charger', 'sofia.lind@example.se'],
		[3216, 'Address change', 'p.nilsson@example.se'],
		[3217, 'Thank you!', 'kim.tan@example.my'],
		[4321, 'Question about my order', 'david.liew@test.se'],
	];
	return known.map(([id, subject, from]) => ({ id, subject, from, closed: id !== 4321, attributes: {} }));
}

/** Errands whose content changed since their report was fetched (the manual's list). */
export const DIRTY_ERRANDS = [34, 3203, 3204, 3216, 3217];

export function facebookRatings(): Array<Record<string, unknown>> {
	return [
		{
			ratingId: 3,
			isChanged: true,
			message: 'Hi its a really great page. It helps to find more people:)',
			rating: 5,
			reviewerId: 2117249628,
			reviewerName: 'Jessica Elizabeth',
			timestampCreated: 1489569020,
		},
		{
			ratingId: 4,
			isChanged: true,
			message: 'Answers took two days, but they were helpful.',
			rating: 3,
			reviewerId: 2117250311,
			reviewerName: 'Ahmad Faizal',
			timestampCreated: 1489655420,
		},
	];
}

/**
 * Errands as a preset export lists them (field names of the manual's content table). Preset
 * 316 lists every errand, 317 (satisfaction survey) the errands rated 4 or 5.
 */
export function exportRows(preset = '316'): Array<Record<string, unknown>> {
	const row = (
		id: number,
		from: string,
		subject: string,
		arrived: string,
		closed: string,
		agent: [number, string],
		area: [number, string, string],
		satisfaction: number,
	) => ({
		errand_id: id,
		from_address: from,
		to_address: 'support@cention-demo.se',
		subject,
		question: `${subject} - please help.`,
		answer: 'Thank you for contacting us. We have fixed it.',
		errand_notes: '',
		timestamp_arrived: arrived,
		timestamp_opened: arrived,
		timestamp_answered: closed,
		timestamp_closed: closed,
		agent_id: agent[0],
		agent_name: agent[1],
		area_id: area[0],
		area_name: area[1],
		tag_names: 'billing',
		client_id: 1000 + id,
		priority: 'normal',
		satisfaction_meter_answer_1: satisfaction,
		satisfaction_meter_answer_2: 0,
		satisfaction_meter_answer_3: 0,
		satisfaction_meter_answer_4: 0,
		satisfaction_meter_answer_5: 0,
		channel: 'Email',
		area_external_id: area[2],
	});
	const rows = [
		row(1, 'test@cention.se', 'subject', '2019/01/02 09:12', '2019/01/03 10:00', [2, 'System Administrator'], [1, 'test-services-area', 'TS-1'], 4),
		row(34, 'anna.berg@example.se', 'Invoice 2019-114 is wrong', '2019/01/10 08:01', '2019/02/01 12:30', [5, 'Joe Agent'], [1, 'test-services-area', 'TS-1'], 2),
		row(3203, 'mats.olsson@example.se', 'Cancel my subscription', '2019/01/20 14:45', '2019/01/21 09:10', [5, 'Joe Agent'], [2, 'area-named-second', 'AS-2'], 5),
		row(3216, 'p.nilsson@example.se', 'Address change', '2019/02/05 11:00', '2019/02/05 16:20', [2, 'System Administrator'], [2, 'area-named-second', 'AS-2'], 3),
	];
	return preset === '317' ? rows.filter((entry) => entry.satisfaction_meter_answer_1 >= 4) : rows;
}

/** Export presets (c3_exports) by ID. */
export const EXPORT_PRESETS: Record<string, string> = { '316': 'Errands per area (daily)', '317': 'Satisfaction survey' };

export interface LoginRecord {
	id: number;
	name: string;
	timestamp: number;
	action: 'Login' | 'Logout';
}

/** The manual's login log, then a few recent days so "the last 7 days" is not empty in the demo. */
export function loginRecords(now = Math.floor(Date.now() / 1000)): LoginRecord[] {
	const records: LoginRecord[] = [
		{ id: 1, name: 'sysadmin', timestamp: 1554108462, action: 'Logout' },
		{ id: 2, name: 'tester1', timestamp: 1554108529, action: 'Logout' },
		{ id: 3, name: 'sysadmin', timestamp: 1554108536, action: 'Login' },
		{ id: 4, name: 'sysadmin', timestamp: 1554108578, action: 'Logout' },
		{ id: 5, name: 'tester1', timestamp: 1554108586, action: 'Login' },
		{ id: 6, name: 'joe', timestamp: 1555980000, action: 'Login' },
		{ id: 7, name: 'joe', timestamp: 1555990000, action: 'Logout' },
	];
	const day = 86400;
	for (const [offset, name] of [
		[3, 'joe'],
		[2, 'tester1'],
		[1, 'joe'],
	] as Array<[number, string]>) {
		records.push({ id: records.length + 1, name, timestamp: now - offset * day, action: 'Login' });
		records.push({ id: records.length + 1, name, timestamp: now - offset * day + 8 * 3600, action: 'Logout' });
	}
	return records;
}

export interface ContactCard {
	id: number;
	contacts: Record<string, string[] | string>;
}

export function contactCards(): ContactCard[] {
	return [
		{ id: 13, contacts: { name: 'Tester Cention', email: ['tester.c3@cention.se', 'tester.c3.2@cention.se'], facebook: ['12345@facebook.com'] } },
		{ id: 14, contacts: { name: 'Anna Berg', email: ['anna.berg@example.se'], voice: ['+46701234567'] } },
	];
}
