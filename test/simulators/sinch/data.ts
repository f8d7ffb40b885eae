/**
 * Demo data of a fictional Finnish energy retailer, Nordlys Energia Oy, as its Sinch Contact
 * Pro would hold it. Ids are 32 hex characters like the real ones.
 */

export type Row = Record<string, unknown>;

/** Rights as the public rights table names them (docs.dev.cc.sinch.com/cloud/ri-user-rights/en/cmi.html). */
export const RIGHTS = {
	emailHistory: 'Email queue: Manage contact history',
	queueHistory: 'Queue: Manage contact history',
	chatHistory: 'Chat queue: Manage contact history',
	listen: 'Phone queue: Listen to recording',
	callbacksView: 'Callbacks: View',
	callbacksCreate: 'Callbacks: Create',
	callbacksModify: 'Callbacks: Modify',
	statistics: 'Statistics details',
	messaging: 'Queue: Messaging',
	consentsView: 'Customer consents: View',
	consentsCreate: 'Customer consents: Create',
	consentsDelete: 'Customer consents: View and Delete',
	scripts: 'Scripts: View',
} as const;

export type Right = (typeof RIGHTS)[keyof typeof RIGHTS];

export interface DemoUser {
	user: string;
	password: string;
	name: string;
	rights: Right[];
}

export const users: DemoUser[] = [
	{ user: 'integration', password: 'Nordlys#Api2026', name: 'Integration API user', rights: Object.values(RIGHTS) },
	{
		user: 'ivr.callbacks',
		password: 'Callback#Ivr7',
		name: 'IVR callback bot',
		rights: [RIGHTS.callbacksView, RIGHTS.callbacksCreate, RIGHTS.callbacksModify],
	},
	{
		user: 'reporting',
		password: 'Reports#Only3',
		name: 'Reporting export',
		rights: [RIGHTS.emailHistory, RIGHTS.chatHistory, RIGHTS.listen, RIGHTS.statistics, RIGHTS.scripts, RIGHTS.callbacksView],
	},
];

export const queues = {
	phone: { id: '0BF6D1CAAC574369B77C8C6449270C3A', name: 'Customer Service +358 9 4251 1000' },
	chat: { id: '5D2E8A14F0C34B7E9A61C2D3E4F5A6B7', name: 'Web Chat Billing' },
	email: { id: '9E1C7B2A4D6F48E0B3A5C7D9E1F2A3B4', name: 'billing@nordlys-energia.fi' },
	callback: { id: '3C4D5E6F708192A3B4C5D6E7F8091A2B', name: 'Callback Queue', number: '+35894251099' },
};

export const agents = {
	aino: { id: '7A1B2C3D4E5F60718293A4B5C6D7E8F9', name: 'Aino Korhonen', user: 'integration' },
	mikko: { id: '8B2C3D4E5F60718293A4B5C6D7E8F90A', name: 'Mikko Nieminen', user: 'mikko.nieminen' },
};

export const ids = {
	callHandled: '1B54DD57DC9CEF11AA7EED0A1974A7FA',
	callRemarked: '73653B729696EF11ABD90269F6CEB63F',
	callActive: 'C2E4A6B8D0F2446688AACCEE00112233',
	chatHandled: '4A6C8E0F2B4D46688A0C2E4F6A8B0C1D',
	emailHandled: 'E0F1A2B3C4D5467889ABCDEF01234567',
	recording1: 'D1E2F3A4B5C6478899AABBCCDDEEFF00',
	recording2: 'D2E3F4A5B6C7489900AABBCCDDEEFF11',
	scriptSatisfaction: 'F1A2B3C4D5E6478899AA00BB11CC22DD',
	scriptSales: 'F2A3B4C5D6E7489900BB11CC22DD33EE',
};

export const extraDataForHistory: Record<string, string> = {
	PHONE: 'crmCaseId,orderNumber,customerTier',
	CHAT: '*',
};

export function demoEmails(): Row[] {
	return [
		{
			id: ids.emailHandled,
			from_queue: queues.email,
			channel_type: 'EMAIL',
			channel_sub_type: 'EMAIL',
			type: 'EmailIn',
			typeDetails: 'EMAIL',
			status: 'Handled',
			statusDetails: 'Handled',
			case_id: '21180',
			cid: 'CID44DB84A95D1A',
			subject: 'Invoice 2026-0112 looks too high',
			from: 'maija.virtanen@example.fi',
			to: 'billing@nordlys-energia.fi',
			received: '2026-11-20T08:14:02Z',
			handled_by: agents.aino,
			attached_data: { crmCaseId: 'CS-88412' },
		},
		{
			id: 'E1F2A3B4C5D6478899ABCDEF01234568',
			from_queue: queues.email,
			channel_type: 'EMAIL',
			channel_sub_type: 'EMAIL',
			type: 'EmailOut',
			typeDetails: 'EMAILOUT',
			status: 'Handled',
			statusDetails: 'Handled',
			case_id: '21180',
			cid: 'CID44DB84A95D1B',
			subject: 'RE: Invoice 2026-0112 looks too high',
			from: 'billing@nordlys-energia.fi',
			to: 'maija.virtanen@example.fi',
			received: '2026-11-20T09:02:47Z',
			handled_by: agents.aino,
			attached_data: { crmCaseId: 'CS-88412' },
		},
		{
			id: 'E2F3A4B5C6D7489900ABCDEF01234569',
			from_queue: queues.email,
			channel_type: 'EMAIL',
			channel_sub_type: 'EMAIL',
			type: 'EmailIn',
			typeDetails: 'EMAIL',
			status: 'Queued',
			statusDetails: 'Queued',
			case_id: '21207',
			cid: 'CID44DB84A95E02',
			subject: 'Moving to Tampere on 1 December',
			from: 'jussi.laine@example.com',
			to: 'billing@nordlys-energia.fi',
			received: '2026-11-22T16:40:11Z',
			attached_data: {},
		},
	];
}

export function demoContacts(): Row[] {
	return [
		{
			id: ids.callHandled,
			contactGroupId: ids.callHandled,
			channel_type: 'PHONE',
			direction: 'IN',
			status: 'Handled',
			queue: queues.phone,
			agent: agents.aino,
			customerNumber: '+358401234567',
			started: '2026-11-21T07:46:40Z',
			ended: '2026-11-21T07:52:07Z',
			subject: '',
			remarks: '',
		},
		{
			id: ids.callRemarked,
			contactGroupId: ids.callRemarked,
			channel_type: 'PHONE',
			direction: 'IN',
			status: 'WrapUp',
			queue: queues.phone,
			agent: agents.aino,
			customerNumber: '+358451112223',
			started: '2026-11-21T09:10:02Z',
			ended: '2026-11-21T09:19:55Z',
			subject: '',
			remarks: 'Customer asked for a fixed-price contract offer.',
		},
		{
			id: ids.callActive,
			contactGroupId: ids.callActive,
			channel_type: 'PHONE',
			direction: 'IN',
			status: 'Connected',
			queue: queues.phone,
			agent: agents.mikko,
			customerNumber: '+358409998877',
			started: '2026-11-23T10:01:12Z',
			subject: '',
			remarks: '',
		},
		{
			id: ids.chatHandled,
			contactGroupId: ids.chatHandled,
			channel_type: 'CHAT',
			direction: 'IN',
			status: 'Handled',
			queue: queues.chat,
			agent: agents.mikko,
			customerAddress: 'maija.virtanen@example.fi',
			started: '2026-11-22T12:00:31Z',
			ended: '2026-11-22T12:11:05Z',
			subject: 'Direct debit for invoices',
			remarks: '',
		},
		{
			id: ids.emailHandled,
			contactGroupId: ids.emailHandled,
			channel_type: 'EMAIL',
			direction: 'IN',
			status: 'Handled',
			queue: queues.email,
			agent: agents.aino,
			customerAddress: 'maija.virtanen@example.fi',
			started: '2026-11-20T08:14:02Z',
			ended: '2026-11-20T09:02:47Z',
			subject: 'Invoice 2026-0112 looks too high',
			body: 'Hello, my November invoice is twice the usual amount. Could you check the meter reading?',
			remarks: '',
		},
	];
}

export function demoEvents(): Record<string, Row[]> {
	return {
		[ids.callHandled]: [
			{ time: '2026-11-21T07:46:40Z', event: 'Queued', queue: queues.phone.name },
			{ time: '2026-11-21T07:47:02Z', event: 'Allocated', agent: agents.aino.name },
			{ time: '2026-11-21T07:47:05Z', event: 'Connected', agent: agents.aino.name },
			{ time: '2026-11-21T07:52:07Z', event: 'Disconnected', agent: agents.aino.name },
		],
		[ids.chatHandled]: [
			{ time: '2026-11-22T12:00:31Z', event: 'Queued', queue: queues.chat.name },
			{ time: '2026-11-22T12:00:48Z', event: 'Connected', agent: agents.mikko.name },
			{ time: '2026-11-22T12:11:05Z', event: 'Disconnected', agent: agents.mikko.name },
		],
	};
}

export function demoContactData(): Record<string, Row> {
	return {
		[ids.callHandled]: { id: ids.callHandled, attachedData: JSON.stringify({ crmCaseId: 'CS-88391', customerTier: 'gold' }) },
		[ids.chatHandled]: { id: ids.chatHandled, attachedData: JSON.stringify({ topic: 'direct-debit' }) },
	};
}

export function demoCallbacks(): Row[] {
	return [
		{
			id: 'CB01A2B3C4D5E6F708192A3B4C5D6E7F',
			customerNumber: '+358401234567',
			callbackQueueNumber: queues.callback.number,
			callbackQueue: { id: queues.callback.id, name: queues.callback.name },
			notes: 'Wants to discuss the November invoice',
			lastResult: 'NO_ANSWER',
			nextCallTime: '2026-11-24T09:30:00Z',
			created: '2026-11-23T15:02:10Z',
		},
		{
			id: 'CB02A3B4C5D6E7F8091A2B3C4D5E6F70',
			customerNumber: '+358451112223',
			callbackQueueNumber: queues.callback.number,
			callbackQueue: { id: queues.callback.id, name: queues.callback.name },
			notes: 'Fixed-price contract offer',
			lastResult: '',
			created: '2026-11-23T16:20:44Z',
		},
	];
}

export function demoChats(): Row[] {
	return [
		{
			id: ids.chatHandled,
			from_queue: queues.chat,
			channel_type: 'CHAT',
			type: 'ChatIn',
			status: 'Handled',
			customer: { name: 'Maija Virtanen', email: 'maija.virtanen@example.fi' },
			started: '2026-11-22T12:00:31Z',
			ended: '2026-11-22T12:11:05Z',
			transcript: [
				{ from: 'customer', time: '2026-11-22T12:00:31Z', text: 'Hi, can I pay my invoices by direct debit?' },
				{ from: 'agent', time: '2026-11-22T12:01:10Z', text: 'Yes, I can set that up for you. Which bank do you use?' },
			],
		},
	];
}

export function demoRecordings(): Row[] {
	return [
		{
			id: ids.recording1,
			contact_id: ids.callHandled,
			queue: queues.phone,
			agent: agents.aino,
			started: '2026-11-21T07:47:05Z',
			duration: 302,
			fileName: '07_47_05_SSR_Cr_1B54DD57DC9CEF11AA7EED0A1974A7FA.opus',
		},
		{
			id: ids.recording2,
			contact_id: ids.callRemarked,
			queue: queues.phone,
			agent: agents.aino,
			started: '2026-11-21T09:10:40Z',
			duration: 555,
			fileName: '09_10_40_SSR_Cr_73653B729696EF11ABD90269F6CEB63F.opus',
		},
	];
}

export function demoListenLogs(): Record<string, Row[]> {
	return {
		[ids.recording1]: [
			{ id: 'L1A2B3C4D5E6F708192A3B4C5D6E7F80', user: { name: 'Quality Team Lead' }, listenedAt: '2026-11-22T08:30:00Z' },
		],
		[ids.recording2]: [],
	};
}

export function demoMessages(): Row[] {
	return [
		{
			id: 'AB01C2D3E4F5061728394A5B6C7D8E9F',
			queue: { id: queues.phone.id, name: queues.phone.name },
			title: 'Storm outage in Pirkanmaa',
			text: 'Outage map: https://nordlys-energia.fi/outages. Expected fix by 18:00.',
			validFrom: '2026-11-23T06:00:00Z',
			validTo: '2026-11-23T20:00:00Z',
		},
	];
}

export function demoConsents(): Row[] {
	return [
		{ id: 'RECORDING_+358401234567', usage: 'RECORDING', address: '+358401234567', consent: true, updated: '2026-10-02T11:00:00Z' },
		{ id: 'MARKETING_maija.virtanen@example.fi', usage: 'MARKETING', address: 'maija.virtanen@example.fi', consent: false, updated: '2026-09-14T08:12:00Z' },
	];
}

export interface ScriptQuestion extends Row {
	id: string;
	text: string;
	controlType: string;
	mandatory: boolean;
	answers: Array<{ id: string; text: string }>;
}

export interface Script extends Row {
	id: string;
	name: string;
	questions: ScriptQuestion[];
}

export function demoScripts(): Script[] {
	return [
		{
			id: ids.scriptSatisfaction,
			name: 'Customer satisfaction',
			description: 'Asked at the end of service calls',
			questions: [
				{
					id: 'Q1A2B3C4D5E6F708192A3B4C5D6E7F80',
					text: 'How satisfied were you with the service?',
					controlType: 'RADIOBUTTON',
					mandatory: true,
					answers: [
						{ id: 'A1A2B3C4D5E6F708192A3B4C5D6E7F81', text: 'Very satisfied' },
						{ id: 'A1A2B3C4D5E6F708192A3B4C5D6E7F82', text: 'Satisfied' },
						{ id: 'A1A2B3C4D5E6F708192A3B4C5D6E7F83', text: 'Not satisfied' },
					],
				},
				{
					id: 'Q2A2B3C4D5E6F708192A3B4C5D6E7F80',
					text: 'Comments',
					controlType: 'TEXTAREA',
					mandatory: false,
					answers: [],
				},
				{
					id: 'Q3A2B3C4D5E6F708192A3B4C5D6E7F80',
					text: 'Reason for the call',
					controlType: 'COMBOBOX',
					mandatory: false,
					answers: [
						{ id: 'A3A2B3C4D5E6F708192A3B4C5D6E7F81', text: 'Invoice' },
						{ id: 'A3A2B3C4D5E6F708192A3B4C5D6E7F82', text: 'Outage' },
						{ id: 'A3A2B3C4D5E6F708192A3B4C5D6E7F83', text: 'Moving' },
					],
				},
			],
		},
		{
			id: ids.scriptSales,
			name: 'Fixed-price offer',
			description: 'Outbound campaign script',
			questions: [
				{
					id: 'Q4A2B3C4D5E6F708192A3B4C5D6E7F80',
					text: 'Interested in a 24-month fixed price?',
					controlType: 'DROPDOWNLIST',
					mandatory: true,
					answers: [
						{ id: 'A4A2B3C4D5E6F708192A3B4C5D6E7F81', text: 'Yes' },
						{ id: 'A4A2B3C4D5E6F708192A3B4C5D6E7F82', text: 'No' },
						{ id: 'A4A2B3C4D5E6F708192A3B4C5D6E7F83', text: 'Call back later' },
					],
				},
			],
		},
	];
}

export function demoScriptResults(): Row[] {
	return [
		{
			id: 'SR01A2B3C4D5E6F708192A3B4C5D6E7F',
			contact_id: ids.callRemarked,
			script_id: ids.scriptSatisfaction,
			question: { id: 'Q1A2B3C4D5E6F708192A3B4C5D6E7F80', data: 'How satisfied were you with the service?' },
			answer: { id: 'A1A2B3C4D5E6F708192A3B4C5D6E7F82', answerdata: 'Satisfied' },
			created: '2026-11-21T09:20:30Z',
		},
	];
}

export type Watched = 'email' | 'callback' | 'chat' | 'contact';

/** A plausible new item of a list, as it appears when a customer writes, calls or asks for a callback now. */
export function newItem(resource: Watched, id: string, now = new Date()): Row {
	const at = now.toISOString().replace(/\.\d{3}Z$/, 'Z');
	switch (resource) {
		case 'email':
			return {
				id,
				from_queue: queues.email,
				channel_type: 'EMAIL',
				channel_sub_type: 'EMAIL',
				type: 'EmailIn',
				typeDetails: 'EMAIL',
				status: 'Queued',
				statusDetails: 'Queued',
				case_id: '21311',
				cid: `CID${id.slice(0, 12)}`,
				subject: 'Meter reading for December',
				from: 'aino.salo@example.fi',
				to: 'billing@nordlys-energia.fi',
				received: at,
				attached_data: {},
			};
		case 'callback':
			return {
				id,
				customerNumber: '+358407654321',
				callbackQueueNumber: queues.callback.number,
				callbackQueue: { id: queues.callback.id, name: queues.callback.name },
				notes: 'Asked about the new tariff',
				lastResult: '',
				created: at,
			};
		case 'chat':
			return {
				id,
				from_queue: queues.chat,
				channel_type: 'CHAT',
				type: 'ChatIn',
				status: 'Queued',
				customer: { name: 'Aino Salo', email: 'aino.salo@example.fi' },
				started: at,
				transcript: [{ from: 'customer', time: at, text: 'Hello, is my payment registered?' }],
			};
		case 'contact':
			return {
				id,
				contactGroupId: id,
				channel_type: 'PHONE',
				direction: 'IN',
				status: 'Queued',
				queue: queues.phone,
				customerNumber: '+358407654321',
				started: at,
				subject: '',
				remarks: '',
			};
	}
}
