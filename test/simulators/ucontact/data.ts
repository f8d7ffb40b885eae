/**
 * Demo data of a believable uContact installation in Montevideo: campaigns named with their
 * direction (Ventas-> outbound, Soporte<- inbound), agents with extensions, call records
 * (CDRs) over a few days with GUIDs and call dates, and recordings in the four places the
 * manual lists, one of them kept only as GSM.
 */

export interface DemoUser {
	user: string;
	password: string;
	fullName: string;
	profile: 'supervisor' | 'agent';
}

export const users: DemoUser[] = [
	{ user: 'supervisor', password: 'Sup3rvisor!', fullName: 'Laura Méndez', profile: 'supervisor' },
	{ user: 'integracion', password: 'n8n-Integra-2024', fullName: 'Integración n8n', profile: 'supervisor' },
];

/** Portal API tokens (Bearer) and the user each belongs to. */
export const apiTokens: Record<string, string> = {
	'uc_pat_7f3c2a9e41d84b6f9a0e5d2c1b7a8f63': 'integracion',
};

export interface DemoAgent {
	agent: string;
	phone: string;
	fullName: string;
	context: string;
	campaigns: string[];
}

export const agents: DemoAgent[] = [
	{ agent: 'mrodriguez', phone: '1001', fullName: 'Martín Rodríguez', context: 'from-internal', campaigns: ['Ventas->', 'Soporte<-'] },
	{ agent: 'lfernandez', phone: '1002', fullName: 'Lucía Fernández', context: 'from-internal', campaigns: ['Ventas->', 'Cobranzas->'] },
	{ agent: 'jgarcia', phone: '1003', fullName: 'Joaquín García', context: 'from-internal', campaigns: ['Soporte<-'] },
	{ agent: 'agonzalez', phone: '1004', fullName: 'Ana González', context: 'from-internal', campaigns: ['Cobranzas->', 'Encuestas->'] },
];

export interface DemoCampaign {
	name: string;
	/** Outbound dialer campaigns take dialer tasks, lists and schedules. */
	dialer: boolean;
	dispositions: Record<string, Record<string, string[]>>;
	strategy: string;
}

export const campaigns: DemoCampaign[] = [
	{
		name: 'Ventas->',
		dialer: true,
		strategy: 'leastrecent',
		dispositions: { Venta: { Contado: [], Credito: ['12 cuotas', '24 cuotas'] }, 'No interesado': { Precio: [], Competencia: [] }, Rellamar: { Agenda: [] } },
	},
	{
		name: 'Cobranzas->',
		dialer: true,
		strategy: 'ringall',
		dispositions: { 'Promesa de pago': { Total: [], Parcial: [] }, 'Numero equivocado': { '': [] }, Rellamar: { Agenda: [] } },
	},
	{
		name: 'Encuestas->',
		dialer: true,
		strategy: 'leastrecent',
		dispositions: { Completa: { '': [] }, Rechazada: { '': [] } },
	},
	{
		name: 'Soporte<-',
		dialer: false,
		strategy: 'rrmemory',
		dispositions: { Consulta: { Facturacion: [], Tecnica: ['Internet', 'Telefonia'] }, Reclamo: { Facturacion: [], Tecnica: [] } },
	},
];

export function findCampaign(name: string): DemoCampaign | undefined {
	return campaigns.find((campaign) => campaign.name === name);
}

/** Time zones the demo accepts for uploadbasewithtimezone. */
export const timeZones = ['America/Montevideo', 'America/Argentina/Buenos_Aires', 'America/Santiago', 'America/Bogota', 'America/Mexico_City', 'Europe/Madrid', 'UTC'];

export interface Cdr {
	guid: string;
	calldate: string;
	agent: string;
	campaign: string;
	source: string;
	destination: string;
	duration: number;
	billsec: number;
	disposition: string;
	data: string;
	rating: string;
	type: 'record';
}

/** A deterministic generator, so every run (and the demo) shows the same records. */
function random(seed: number): () => number {
	let state = seed >>> 0;
	return () => {
		state = (state * 1664525 + 1013904223) >>> 0;
		return state / 2 ** 32;
	};
}

function guidFrom(next: () => number): string {
	const hex = (length: number) => Array.from({ length }, () => Math.floor(next() * 16).toString(16)).join('');
	return `${hex(8)}-${hex(4)}-4${hex(3)}-${'89ab'[Math.floor(next() * 4)]}${hex(3)}-${hex(12)}`;
}

const pad = (value: number) => String(value).padStart(2, '0');

/** The four records whose recordings sit in the four documented places, plus a GSM-only one. */
export const RECORDED = {
	telephonyRoot: { guid: '7e4e7db9-f080-494e-b04b-7c8e47711558', calldate: '2016-01-18 10:22:11' },
	telephonyDay: { guid: '3b1f6c2d-5a4e-4f0b-9c8d-2e7a1b6c5d40', calldate: '2016-01-18 11:05:42' },
	backupDay: { guid: 'a9d2e4f1-7c3b-4e5a-8b6d-0f1e2d3c4b5a', calldate: '2016-01-19 09:48:03' },
	backupRoot: { guid: 'c4e8a1b2-9d7f-4a6e-b5c3-1d2e3f4a5b6c', calldate: '2016-01-19 16:31:57' },
	gsmOnly: { guid: 'e5f6a7b8-1c2d-4e3f-a4b5-c6d7e8f9a0b1', calldate: '2016-01-20 14:12:30' },
	missing: { guid: 'f0e1d2c3-b4a5-4968-8776-655443322110', calldate: '2016-01-20 15:40:09' },
} as const;

/** 140 answered and unanswered calls from 2016-01-18 to 2016-01-21, newest last. */
export function demoCdrs(): Cdr[] {
	const next = random(20160118);
	const phones = ['098344484', '099124484', '099121212', '094556677', '091000000', '092733118', '095811204', '26001234', '24879911', '098700155'];
	const tags = ['', '', 'idcustomer=7', 'idcustomer=19', 'venta-confirmada', ''];
	const rows: Cdr[] = [];
	for (let index = 0; index < 140; index++) {
		const day = 18 + Math.floor(index / 35);
		const minute = 8 * 60 + Math.floor(((index % 35) / 35) * 10 * 60) + Math.floor(next() * 10);
		const agent = agents[Math.floor(next() * agents.length)];
		const campaign = agent.campaigns[Math.floor(next() * agent.campaigns.length)];
		const outbound = campaign.endsWith('->');
		const customer = phones[Math.floor(next() * phones.length)];
		const answered = next() > 0.2;
		const billsec = answered ? 15 + Math.floor(next() * 400) : 0;
		rows.push({
			guid: guidFrom(next),
			calldate: `2016-01-${pad(day)} ${pad(Math.floor(minute / 60))}:${pad(minute % 60)}:${pad(Math.floor(next() * 60))}`,
			agent: agent.agent,
			campaign,
			source: outbound ? agent.phone : customer,
			destination: outbound ? customer : agent.phone,
			duration: billsec + 5 + Math.floor(next() * 20),
			billsec,
			disposition: answered ? 'ANSWERED' : 'NO ANSWER',
			data: tags[Math.floor(next() * tags.length)],
			rating: answered ? String(1 + Math.floor(next() * 5)) : '',
			type: 'record',
		});
	}
	// The records with known recordings replace generated ones at their call date.
	for (const [name, known] of Object.entries(RECORDED)) {
		const slot = rows.findIndex((row) => row.calldate.slice(0, 10) === known.calldate.slice(0, 10) && !Object.values(RECORDED).some((r) => r.guid === row.guid));
		rows[slot] = {
			...rows[slot],
			guid: known.guid,
			calldate: known.calldate,
			agent: 'mrodriguez',
			campaign: 'Ventas->',
			source: '1001',
			destination: name === 'gsmOnly' ? '099121212' : '098344484',
			disposition: 'ANSWERED',
			billsec: 95,
			duration: 104,
		};
	}
	return rows.sort((a, b) => a.calldate.localeCompare(b.calldate));
}

/** `yyyy-MM-dd HH:mm:ss` of an instant on the server's wall clock (uContact writes CDR dates so). */
export function serverTime(instant: Date, timeZone: string): string {
	const parts = Object.fromEntries(
		new Intl.DateTimeFormat('en-CA', {
			timeZone,
			hourCycle: 'h23',
			year: 'numeric',
			month: '2-digit',
			day: '2-digit',
			hour: '2-digit',
			minute: '2-digit',
			second: '2-digit',
		})
			.formatToParts(instant)
			.map((part) => [part.type, part.value]),
	);
	return `${parts.year}-${parts.month}-${parts.day} ${parts.hour}:${parts.minute}:${parts.second}`;
}

export interface NewCall {
	campaign?: string;
	agent?: string;
	customer?: string;
	/** Seconds from the call's start to its end (the record appears at the end). */
	duration?: number;
	/** The recording is kept as MP3 (default), only as GSM, or not at all. */
	recording?: 'mp3' | 'gsm' | 'none';
	endedAt?: Date;
}

/** The record uContact writes when a call ends: its calldate is when the call started. */
export function endedCall(call: NewCall, timeZone: string): Cdr {
	const duration = call.duration ?? 95;
	const campaign = call.campaign ?? 'Soporte<-';
	const agent = agents.find((candidate) => candidate.agent === (call.agent ?? 'jgarcia')) ?? agents[2];
	const customer = call.customer ?? '098344484';
	const outbound = campaign.endsWith('->');
	const started = new Date((call.endedAt ?? new Date()).getTime() - duration * 1000);
	return {
		guid: randomGuid(),
		calldate: serverTime(started, timeZone),
		agent: agent.agent,
		campaign,
		source: outbound ? agent.phone : customer,
		destination: outbound ? customer : agent.phone,
		duration,
		billsec: Math.max(0, duration - 8),
		disposition: 'ANSWERED',
		data: '',
		rating: '',
		type: 'record',
	};
}

function randomGuid(): string {
	return guidFrom(Math.random);
}

/** The calls of the last hour in the demo data (fixed guids, dates relative to the simulator's start). */
export const TODAYS_CALLS = ['0d1e2f3a-4b5c-4d6e-8f70-8192a3b4c5d6', '1e2f3a4b-5c6d-4e7f-9081-92a3b4c5d6e7', '2f3a4b5c-6d7e-4f80-a192-a3b4c5d6e7f8'];

/** Calls of the last hour, so a trigger activated now has history it must not emit. */
export function todaysCalls(timeZone: string, now = new Date()): Cdr[] {
	return [50, 30, 10].map((minutesAgo, index) => ({
		...endedCall({ campaign: index === 1 ? 'Ventas->' : 'Soporte<-', duration: 120 + index * 60, recording: 'none', endedAt: new Date(now.getTime() - minutesAgo * 60_000) }, timeZone),
		guid: TODAYS_CALLS[index],
	}));
}

/** A short MP3: an ID3 tag and MPEG frames of silence (enough for players and MIME detection). */
export function mp3Bytes(label: string): Buffer {
	const id3 = Buffer.from([0x49, 0x44, 0x33, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00]);
	const frame = Buffer.alloc(417);
	frame.set([0xff, 0xfb, 0x90, 0x64]);
	return Buffer.concat([id3, ...Array.from({ length: 24 }, () => frame), Buffer.from(`uContact demo ${label}`, 'utf8')]);
}

/** Raw GSM 06.10: 33-byte frames, each starting with the 0xD signature nibble. */
export function gsmBytes(): Buffer {
	const frames = Array.from({ length: 50 }, (_, index) => {
		const frame = Buffer.alloc(33, index % 256);
		frame[0] = 0xd0 | (index % 16);
		return frame;
	});
	return Buffer.concat(frames);
}

export type RecordingHost = 'telephony' | 'backup';

/** Recording files by host and path under /records (e.g. `20160118/<guid>.mp3`). */
export function demoRecordings(): Map<string, Buffer> {
	const files = new Map<string, Buffer>();
	const day = (calldate: string) => calldate.slice(0, 10).replace(/-/g, '');
	const { telephonyRoot, telephonyDay, backupDay, backupRoot, gsmOnly } = RECORDED;
	files.set(`telephony:${telephonyRoot.guid}.mp3`, mp3Bytes(telephonyRoot.guid));
	files.set(`telephony:${day(telephonyDay.calldate)}/${telephonyDay.guid}.mp3`, mp3Bytes(telephonyDay.guid));
	files.set(`backup:${day(backupDay.calldate)}/${backupDay.guid}.mp3`, mp3Bytes(backupDay.guid));
	files.set(`backup:${backupRoot.guid}.mp3`, mp3Bytes(backupRoot.guid));
	files.set(`telephony:${day(gsmOnly.calldate)}/${gsmOnly.guid}.gsm`, gsmBytes());
	return files;
}
