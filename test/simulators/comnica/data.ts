/** Demo data of the Comnica simulator, taken from the manual's examples where it has them. */

export interface DemoUser {
	username: string;
	password: string;
	user_id: number;
	name: string;
	permissions: string[];
}

export const users: DemoUser[] = [
	{
		username: 'api.user',
		password: 'comnica-secret',
		user_id: 31,
		name: 'API User',
		permissions: ['login', 'change_password', 'integration', 'statistics', 'recordings', 'video'],
	},
	{ username: 'viewer', password: 'viewer-secret', user_id: 44, name: 'Operátor', permissions: ['login'] },
];

export interface Named {
	id: number;
	name: string;
	active?: boolean;
	project_ids?: number[];
	type?: string;
	category_id?: number;
}

export const operatorstates: Named[] = [
	{ id: 13, name: 'Állapotváltást kér' },
	{ id: 3, name: 'Beszélget' },
	{ id: 7, name: 'Ebédel' },
	{ id: 10, name: 'Előmunka' },
	{ id: 15, name: 'Hívási sor váltás' },
	{ id: 6, name: 'Kézi hívás' },
	{ id: 12, name: 'Ki akar lépni' },
	{ id: 8, name: 'Oktatáson van' },
	{ id: 14, name: 'Operátori beszélgetés' },
	{ id: 4, name: 'Regisztrál' },
	{ id: 2, name: 'Szünetet tart' },
	{ id: 1, name: 'Ügyfélre vár' },
	{ id: 5, name: 'Visszahívásra vár' },
];

export const projects: Named[] = [
	{ id: 9, name: 'Telesales Budapest', type: 'outgoing_voice' },
	{ id: 21, name: 'Ügyfélszolgálat feladat I. kör', type: 'incoming_voice' },
	{ id: 22, name: 'Telesales', type: 'outgoing_voice' },
	{ id: 23, name: 'bejovo', type: 'incoming_voice' },
	{ id: 35, name: 'Ügyfélszolgálat feladat II. kör', type: 'incoming_voice' },
	{ id: 29, name: 'Nottaken', type: 'outgoing_voice', active: false },
	{ id: 40, name: 'Kiemelt ügyfelek', type: 'incoming_voice' },
];

export const videoProjects: Named[] = [{ id: 1, name: 'demo' }];

export const userList: Named[] = [
	{ id: 18, name: 'Admin', project_ids: [9, 21, 22] },
	{ id: 22, name: 'Operátor1', project_ids: [9] },
	{ id: 19, name: 'Operátor 12', project_ids: [21, 35] },
	{ id: 24, name: 'Operátor 22', project_ids: [22] },
	{ id: 41, name: 'Jó', project_ids: [9], active: false },
	// The agents of the manual's worklog examples (its filter asks for user 17).
	{ id: 17, name: 'Kovács Géza', project_ids: [35] },
	{ id: 25, name: 'Nagy Napóleon', project_ids: [22, 35] },
];

export const usernames: Named[] = [
	{ id: 18, name: 'admin', project_ids: [9, 21, 22] },
	{ id: 22, name: 'operator1', project_ids: [9] },
	{ id: 19, name: 'operator12', project_ids: [21, 35] },
];

export const emails: Named[] = [
	{ id: 18, name: 'admin@example.hu', project_ids: [9, 21, 22] },
	{ id: 22, name: 'operator1@example.hu', project_ids: [9] },
];

export const terminationCategories: Named[] = [
	{ id: 1, name: 'success' },
	{ id: 2, name: 'fail' },
	{ id: 3, name: 'neutral' },
	{ id: 4, name: 'reached' },
];

export const terminations: Named[] = [
	{ id: 9, name: 'sale', category_id: 1, project_ids: [9, 22] },
	{ id: 356, name: 'bye', category_id: 2, project_ids: [9] },
	{ id: 458, name: 'callback later', category_id: 3, project_ids: [9] },
	{ id: 460, name: 'REDIAL', category_id: 3, project_ids: [9, 22] },
	{ id: 470, name: 'wrong number', category_id: 2, project_ids: [21], active: false },
];

export const queues: Named[] = [
	{ id: 1, name: 'Ügyfélszolgálat' },
	{ id: 2, name: 'Telesales' },
	{ id: 3, name: 'Ügyfélszolgálat feladat II. kör' },
];

export const simpleLists: Record<string, Named[]> = {
	calldirection: [
		{ id: 1, name: 'outgoing' },
		{ id: 2, name: 'incoming' },
	],
	callreason_types: [
		{ id: 1, name: 'customer hung up' },
		{ id: 2, name: 'agent hung up' },
	],
	communication_method: [
		{ id: 1, name: 'audio' },
		{ id: 2, name: 'video' },
	],
	files: [{ id: 5, name: 'price-list.pdf' }],
	global_roles: [
		{ id: 1, name: 'admin' },
		{ id: 2, name: 'operator' },
	],
	project_roles: [
		{ id: 1, name: 'project admin' },
		{ id: 2, name: 'agent' },
	],
	robinson_lists: [
		{ id: 1, name: 'National Robinson list' },
		{ id: 2, name: 'Old list', active: false },
	],
};

export const scripts: Named[] = [
	{ id: 3, name: 'Sales script', project_ids: [9] },
	{ id: 4, name: 'Old sales script', project_ids: [9], active: false },
];

export interface ProjectField {
	id: number;
	name: string;
	datatype: string;
	type: 'input' | 'choice';
	is_contact: boolean;
	selection?: 'single' | 'multi';
	content?: Array<Record<string, string>>;
}

/** Project 9's fields are the manual's example. */
export const projectFields: Record<number, ProjectField[]> = {
	9: [
		{ datatype: 'phone', name: 'phone', type: 'input', is_contact: true, id: 153 },
		{ type: 'input', is_contact: true, id: 154, datatype: 'phone', name: 'phone2' },
		{ is_contact: false, type: 'input', id: 155, datatype: 'string', name: 'aaa' },
		{ name: 'bbb', datatype: 'string', id: 156, type: 'input', is_contact: false },
		{ datatype: 'number', name: 'num', type: 'input', is_contact: false, id: 157 },
		{ is_contact: false, type: 'input', id: 158, datatype: 'date', name: 'birthday' },
		{ datatype: 'datetime', name: 'appointment', type: 'input', is_contact: false, id: 159 },
		{
			selection: 'single',
			is_contact: false,
			name: 'flavour',
			datatype: 'string',
			content: [{ savoury: 'Savoury' }, { sweet: 'Sweet' }],
			id: 160,
			type: 'choice',
		},
		{
			type: 'choice',
			id: 161,
			content: [{ black: 'Black' }, { white: 'White' }, { red: 'Red' }, { grue: 'Grue' }, { yellow: 'Yellow' }],
			datatype: 'string',
			name: 'colour',
			is_contact: false,
			selection: 'multi',
		},
	],
	22: [
		{ datatype: 'phone', name: 'phone', type: 'input', is_contact: true, id: 201 },
		{ datatype: 'string', name: 'customer_name', type: 'input', is_contact: false, id: 202 },
	],
	// Key accounts: who looks after the customer (the PBX routes their calls there) and their last errand.
	40: [
		{ datatype: 'phone', name: 'phone', type: 'input', is_contact: true, id: 401 },
		{ datatype: 'string', name: 'company', type: 'input', is_contact: false, id: 402 },
		{ datatype: 'string', name: 'email', type: 'input', is_contact: false, id: 403 },
		{ datatype: 'string', name: 'account_manager', type: 'input', is_contact: false, id: 404 },
		{ datatype: 'string', name: 'extension', type: 'input', is_contact: false, id: 405 },
		{ datatype: 'string', name: 'last_errand', type: 'input', is_contact: false, id: 406 },
		{ datatype: 'string', name: 'last_answer', type: 'input', is_contact: false, id: 407 },
	],
};

export interface VideoColumn {
	id: number;
	name: string;
	datatype: string;
	type: 'input' | 'choice';
	editable: boolean;
	output_only: boolean;
	mandatory_at_input: boolean;
	mandatory_at_output: boolean;
	selection?: 'single' | 'multi';
	content?: Array<{ label: string; value: string }>;
}

const videoInput = (id: number, name: string, datatype = 'string'): VideoColumn => ({
	id,
	name,
	datatype,
	type: 'input',
	editable: true,
	output_only: false,
	mandatory_at_input: true,
	mandatory_at_output: true,
});

/** A shortened version of the manual's video project column list. */
export const videoColumns: Record<number, VideoColumn[]> = {
	1: [
		{ ...videoInput(165, 'identifying_company'), editable: false },
		videoInput(166, 'name'),
		videoInput(167, 'birth_name'),
		videoInput(169, 'birth_date', 'date'),
		videoInput(179, 'email'),
		videoInput(180, 'phone'),
		{
			...videoInput(181, 'id_card_type'),
			type: 'choice',
			selection: 'single',
			output_only: true,
			mandatory_at_input: false,
			content: [
				{ label: 'útlevél', value: 'passport' },
				{ label: 'jogosítvány', value: 'license' },
			],
		},
		{ ...videoInput(184, 'nationality'), mandatory_at_input: false },
		{ ...videoInput(187, 'simplified_identification', 'boolean'), editable: false },
	],
};

export interface StoredRecord {
	id: number;
	comments: Array<{ id: number; comment: string; created_at: string; user_id: number }>;
	contacts: Array<{ id: number; active: boolean; contact: string; name: string; priority: number; type: string }>;
	custom_data: Record<string, unknown>;
	system_columns: Record<string, unknown>;
	upload: string;
	terminated: boolean;
}

export function demoRecords(): StoredRecord[] {
	return [
		{
			id: 42,
			comments: [
				{ comment: 'Example comment 1', created_at: '2019-11-19 16:21:17+01', id: 13, user_id: 0 },
				{ comment: 'Example comment 2', created_at: '2019-11-19 16:22:57+01', id: 14, user_id: 0 },
			],
			contacts: [
				{ active: true, contact: '3611234567', id: 141, name: '', priority: 1, type: 'phone' },
				{ active: true, contact: '3619876543', id: 142, name: '', priority: 2, type: 'phone' },
			],
			custom_data: { aaa: 'äää', bbb: 'ßßß', phone: '3611234567' },
			system_columns: {
				callback_to_user_id: null,
				dial_from: null,
				dial_to: null,
				id: 42,
				is_redial: false,
				manual_redial: false,
				next_call: null,
				priority: 1,
				project_id: 9,
				termination_id: null,
				tries_since_last_contact: null,
			},
			upload: '2019-11-27 10:57:17.801476+00',
			terminated: false,
		},
		{
			id: 14396,
			comments: [],
			contacts: [{ active: true, contact: '3655555123', id: 143, name: 'Kovács Anna', priority: 1, type: 'phone' }],
			custom_data: { phone: '3655555123', aaa: 'VIP' },
			system_columns: {
				callback_to_user_id: null,
				dial_from: null,
				dial_to: null,
				id: 14396,
				is_redial: false,
				manual_redial: false,
				next_call: null,
				priority: 1,
				project_id: 9,
				termination_id: 356,
				tries_since_last_contact: 1,
			},
			upload: '2019-11-27 10:57:17.801476+00',
			terminated: true,
		},
		{
			id: 14397,
			comments: [],
			contacts: [{ active: true, contact: '3655555987', id: 144, name: '', priority: 1, type: 'phone' }],
			custom_data: { phone: '3655555987' },
			system_columns: {
				callback_to_user_id: null,
				dial_from: null,
				dial_to: null,
				id: 14397,
				is_redial: false,
				manual_redial: false,
				next_call: null,
				priority: 1,
				project_id: 9,
				termination_id: null,
				tries_since_last_contact: 0,
			},
			upload: '2019-11-27 10:57:17.801476+00',
			terminated: false,
		},
		// The callers of the VIPeX manual's examples (data query from 36709676052, incoming call
		// from 3642999425) and the addressee of Cention's callback sample (david.liew@test.se).
		keyAccount(14410, '36709676052', 'Kovács Péter', {
			company: 'Kovács és Társa Kft.',
			email: 'peter.kovacs@kovacs-tarsa.hu',
			account_manager: 'Szabó Éva',
			extension: '201',
		}),
		keyAccount(14411, '3642999425', 'David Liew', {
			company: 'Nyírségi Pékség Bt.',
			email: 'david.liew@test.se',
			account_manager: 'Tóth Gábor',
			extension: '251',
		}),
	];
}

function keyAccount(id: number, phone: string, name: string, fields: Record<string, string>): StoredRecord {
	return {
		id,
		comments: [],
		contacts: [{ active: true, contact: phone, id: id * 10, name, priority: 1, type: 'phone' }],
		custom_data: { phone, ...fields, last_errand: '', last_answer: '' },
		system_columns: {
			callback_to_user_id: null,
			dial_from: null,
			dial_to: null,
			id,
			is_redial: false,
			manual_redial: false,
			next_call: null,
			priority: 1,
			project_id: 40,
			termination_id: null,
			tries_since_last_contact: 0,
		},
		upload: '2026-10-05 08:12:40.120934+00',
		terminated: false,
	};
}

/** The manual's detailed worklog rows, moved to today so relative periods ("today", "this week") match. */
export function demoWorklog(today = new Date()): Array<Record<string, unknown>> {
	const day = today.toISOString().slice(0, 10);
	const rows: Array<[number, string, string, number, string, string, string]> = [
		[2656, 'Kovács Géza', 'Állapotváltást kér', 1.02511, 'Ügyfélszolgálat feladat II. kör', '11:32:11.88445', '11:32:12.90956'],
		[2659, 'Kovács Géza', 'Állapotváltást kér', 1.02598, 'Ügyfélszolgálat feladat II. kör', '13:04:12.85681', '13:04:13.88279'],
		[2661, 'Kovács Géza', 'Előmunka', 1.69876, 'Ügyfélszolgálat feladat II. kör', '13:04:22.81521', '13:04:24.51397'],
		[2664, 'Kovács Géza', 'Beszélget', 3.58388, 'Ügyfélszolgálat feladat II. kör', '13:04:32.13318', '13:04:35.71706'],
		[2674, 'Nagy Napóleon', 'Állapotváltást kér', 1.01884, 'Telesales', '14:18:30.85001', '14:18:31.86885'],
		[2680, 'Nagy Napóleon', 'Előmunka', 656.19123, 'Ügyfélszolgálat feladat II. kör', '14:29:32.79901', '14:40:28.99024'],
	];
	return rows.map(([id, user, state, duration, project, begin, end]) => ({
		id,
		user_name: user,
		description: state,
		counts_as_work: true,
		duration,
		project_name: project,
		queue_name: project,
		status_begin: `${day} ${begin}+02`,
		status_end: `${day} ${end}+02`,
	}));
}

/** The manual's worklog-by-agents answer. */
export function demoWorklogByUsers(): Array<Record<string, unknown>> {
	return [
		{
			Beszélget: 926,
			Ebédel: 0,
			Előmunka: 15985,
			'Ki akar lépni': 4,
			'Kézi hívás': 59,
			Regisztrál: 430,
			'Szünetet tart': 5702,
			id: '21',
			sum_all: 23232,
			sum_counts_as_work: 17530,
			user: 'XXX YYY',
			'Állapotváltást kér': 92,
			'Ügyfélre vár': 34,
		},
		{
			Beszélget: 1215,
			Ebédel: 0,
			Előmunka: 53411,
			'Ki akar lépni': 32,
			'Kézi hívás': 92,
			Regisztrál: 1101,
			'Szünetet tart': 24571,
			id: 'sum',
			sum_all: 80987,
			sum_counts_as_work: 56416,
			user: '∑',
			'Állapotváltást kér': 234,
			'Ügyfélre vár': 331,
		},
	];
}

/** A few MPEG audio frames: enough for a player to recognise the file type. */
export function demoRecording(callId: string): Buffer {
	const frame = Buffer.alloc(417, 0);
	frame[0] = 0xff;
	frame[1] = 0xfb;
	frame[2] = 0x90;
	frame[3] = 0x64;
	Buffer.from(`comnica call ${callId}`).copy(frame, 40);
	return Buffer.concat([Buffer.from('ID3\u0003\u0000\u0000\u0000\u0000\u0000\u0000', 'latin1'), frame, frame]);
}
