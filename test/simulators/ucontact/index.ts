import { randomUUID } from 'node:crypto';

import { contentType, json, Simulator, text } from '../base';
import type { SimReply, SimRequest } from '../base';
import { SessionStore } from '../sessions';
import * as data from './data';

type Form = Record<string, string>;

const API = '/Integra/resources/';
const DATE_TIME = /^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}$/;

export interface StoredTask {
	endpoint: string;
	user: string;
	fields: Record<string, unknown>;
}

/**
 * uContact's Integra API as its manual describes it: form-encoded POSTs under
 * /Integra/resources, JSON objects inside form fields, plain-text answers (`1`, `0`, `OK`, a
 * GUID) with HTTP 200 even on failure, a session token from auth/getUserToken sent as
 * `Authorization: Basic <token>`, and recordings as plain files under /records (telephony
 * host) and /backup/records (the backup host).
 */
export class UContactSimulator extends Simulator {
	/** Live session tokens and their user. */
	private readonly sessions = new SessionStore<string>();

	/** Accepting the portal's API tokens as Bearer is not documented for Integra; on by default here. */
	acceptApiTokens = true;

	cdrs: data.Cdr[] = [];

	recordings = new Map<string, Buffer>();

	/** What each mutating call stored: dialer tasks, schedules, blacklist entries, uploads, … */
	stored: StoredTask[] = [];

	/** The server's time zone: it writes call dates as wall times of this zone, without an offset. */
	timeZone = Intl.DateTimeFormat().resolvedOptions().timeZone;

	constructor() {
		super('ucontact');
		this.reset();
		this.api('auth/getUserToken', (form) => this.login(form));
		this.api('auth/EndSession', (form, request) => this.endSession(form, request));
		this.api('Agents/AgentCall', (form, request) => this.agentCall(form, request));
		this.api('Agents/HungupPhone', (form) => (data.agents.some((agent) => agent.phone === form.phone) ? this.one() : this.zero()));
		this.api('api/DispositionCall', (form, request) => this.disposition(form, request));
		this.api('admin/CallWorkflow', (form, request) => this.callWorkflow(form, request));
		this.api('admin/addblack', (form, request) => this.addBlack(form, request));
		this.api('Cdr/getrecords', (form) => this.getRecords(form));
		this.api('Supervisor/convert', (form) => this.convert(form));
		this.api('Agents/TagRecord', (form, request) => this.tagRecord(form, request));
		this.api('Dialers/Respool', (form, request) => this.respool(form, request));
		this.api('Dialers/ScheduleDialerCall', (form, request) => this.schedule(form, request));
		this.api('Dialers/DialerTask', (form, request) => this.dialerTask(form, request));
		this.api('Dialers/RemoveContact', (form, request) => this.removeContact(form, request));
		this.api('Dialers/RemoveScheduleDialerCall', (form, request) => this.removeScheduled(form, request));
		this.api('Dialers/uploadbase', (form, request) => this.uploadBase(form, request, false));
		this.api('Dialers/uploadbasewithtimezone', (form, request) => this.uploadBase(form, request, true));
		this.api('Supervisor/queuesummary', () => this.queueSummary());
		this.api('Supervisor/campaignstatus', (form) => this.campaignStatus(form));
		this.route('GET', '/records/:file', (request) => this.recording('telephony', request.params.file));
		this.route('GET', '/records/:folder/:file', (request) => this.recording('telephony', `${request.params.folder}/${request.params.file}`));
		this.route('GET', '/backup/records/:file', (request) => this.recording('backup', request.params.file));
		this.route('GET', '/backup/records/:folder/:file', (request) => this.recording('backup', `${request.params.folder}/${request.params.file}`));
	}

	private api(endpoint: string, handler: (form: Form, request: SimRequest) => SimReply): void {
		this.route('POST', `${API}${endpoint}`, (request) => handler(request.body as Form, request));
	}

	reset(): void {
		super.reset();
		this.sessions.reset();
		this.acceptApiTokens = true;
		this.cdrs = [...data.demoCdrs(), ...data.todaysCalls(this.timeZone)];
		this.recordings = data.demoRecordings();
		this.stored = [];
	}

	/** Every session token stops working now. */
	expireSessions(): void {
		this.sessions.expire();
	}

	/** Lets `count` more authenticated calls through, then expires every session. */
	expireSessionsAfter(count: number): void {
		this.sessions.expireAfter(count);
	}

	get logins(): number {
		return this.received(`${API}auth/getUserToken`).length;
	}

	/** What was stored by one endpoint (e.g. `Dialers/DialerTask`). */
	storedBy(endpoint: string): StoredTask[] {
		return this.stored.filter((task) => task.endpoint === endpoint);
	}

	/** A call ends now: its record is added (dated when the call started) with its recording. */
	addCall(call: data.NewCall = {}): data.Cdr {
		const cdr = data.endedCall(call, this.timeZone);
		this.cdrs.push(cdr);
		const folder = cdr.calldate.slice(0, 10).replace(/-/g, '');
		if (call.recording === 'gsm') this.recordings.set(`telephony:${folder}/${cdr.guid}.gsm`, data.gsmBytes());
		else if (call.recording !== 'none') this.recordings.set(`telephony:${folder}/${cdr.guid}.mp3`, data.mp3Bytes(cdr.guid));
		return cdr;
	}

	protected controlExtra(request: SimRequest): SimReply | undefined {
		if (request.path === '/__sim/add-call' && request.method === 'POST') {
			const { campaign, agent, customer, duration, recording } = request.query;
			const cdr = this.addCall({ campaign, agent, customer, duration: duration ? Number(duration) : undefined, recording: recording as data.NewCall['recording'] });
			return json(200, cdr);
		}
		if (request.path === '/__sim/cdrs' && request.method === 'GET') return json(200, this.cdrs);
		if (request.path === '/__sim/stored') return json(200, this.stored);
		return this.sessions.control(request);
	}

	protected notFound(request: SimRequest): SimReply {
		if (request.path.startsWith(API)) return text(404, 'Not Found');
		return { status: 404, body: '<html><body><h1>404 Not Found</h1></body></html>', headers: { 'Content-Type': 'text/html' } };
	}

	protected before(request: SimRequest): SimReply | undefined {
		if (!request.path.startsWith(API)) return undefined;
		if (request.method !== 'POST') return text(405, 'Method Not Allowed');
		if (contentType(request) !== 'application/x-www-form-urlencoded') return text(415, 'Unsupported Media Type');
		request.body = Object.fromEntries(new URLSearchParams(request.rawBody.toString('utf8')));
		if (request.path === `${API}auth/getUserToken`) return undefined;
		const user = this.userOf(request);
		if (!user) return text(401, 'Unauthorized');
		this.sessions.counted();
		return undefined;
	}

	/** The user a request is authenticated as: a live session token (Basic) or an API token (Bearer). */
	userOf(request: SimRequest): string | undefined {
		const header = String(request.headers.authorization ?? '');
		const basic = /^Basic (\S+)$/.exec(header);
		if (basic) return this.sessions.userOf(basic[1]);
		if (request.bearer && this.acceptApiTokens) return data.apiTokens[request.bearer];
		return undefined;
	}

	private one(): SimReply {
		return text(200, '1');
	}

	private zero(): SimReply {
		return text(200, '0');
	}

	private store(endpoint: string, request: SimRequest, fields: Record<string, unknown>): void {
		this.stored.push({ endpoint, user: this.userOf(request) ?? '', fields });
	}

	/** A JSON-in-form field; undefined when it is missing or not a JSON object (Integra then answers ERROR). */
	private jsonField(form: Form, name: string): Record<string, unknown> | undefined {
		try {
			const value = JSON.parse(form[name] ?? '') as unknown;
			return value !== null && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : undefined;
		} catch {
			return undefined;
		}
	}

	private login(form: Form): SimReply {
		const user = data.users.find((candidate) => candidate.user === form.user && candidate.password === form.password);
		if (!user) return this.zero();
		const token = Buffer.from(`${user.user}:${randomUUID()}`, 'utf8').toString('base64');
		this.sessions.issue(token, user.user);
		return json(200, [user.user, user.fullName, user.profile, token]);
	}

	private endSession(form: Form, request: SimRequest): SimReply {
		const header = /^Basic (\S+)$/.exec(String(request.headers.authorization ?? ''))?.[1];
		if (!header || form.token !== header || this.sessions.userOf(form.token) !== form.user) return this.zero();
		this.sessions.end(form.token);
		return this.one();
	}

	private agentCall(form: Form, request: SimRequest): SimReply {
		const required = ['callerid', 'agent', 'phone', 'tech', 'context', 'outqueue', 'destination'];
		if (required.some((name) => form[name] === undefined)) return text(200, 'ERROR');
		const agent = data.agents.find((candidate) => candidate.agent === form.agent && candidate.phone === form.phone);
		if (!agent || !agent.campaigns.includes(form.outqueue) || !form.outqueue.endsWith('->')) return this.zero();
		if (form.context !== agent.context || form.tech.toUpperCase() !== 'SIP' || !/^\d[\d-]*$/.test(form.destination)) return this.zero();
		const guid = randomUUID();
		this.store('Agents/AgentCall', request, { ...form, guid });
		return text(200, guid);
	}

	private knownGuid(guid: string): boolean {
		return this.cdrs.some((cdr) => cdr.guid === guid) || this.stored.some((task) => task.fields.guid === guid);
	}

	private disposition(form: Form, request: SimRequest): SimReply {
		const keys = ['campaign', 'agent', 'callerid', 'guid', 'l1', 'l2', 'l3', 'd1', 'd2', 'comment', 'schedule'];
		if (keys.some((key) => form[key] === undefined)) return text(200, 'ERROR');
		const campaign = data.findCampaign(form.campaign);
		const level2 = campaign?.dispositions[form.l1];
		if (!campaign || !level2 || !this.knownGuid(form.guid)) return this.zero();
		if (form.l2 !== '' && !(form.l2 in level2)) return this.zero();
		if (form.schedule !== '' && !DATE_TIME.test(form.schedule)) return this.zero();
		this.store('api/DispositionCall', request, { ...form });
		return this.one();
	}

	private callWorkflow(form: Form, request: SimRequest): SimReply {
		const params = this.jsonField(form, 'jsonparams');
		if (!params || !form.context || !form.extension) return text(200, 'ERROR');
		this.store('admin/CallWorkflow', request, { context: form.context, extension: form.extension, jsonparams: params });
		return text(200, 'OK');
	}

	private addBlack(form: Form, request: SimRequest): SimReply {
		const black = this.jsonField(form, 'black');
		if (!black) return text(200, 'ERROR');
		const keys = ['phone', 'campaign', 'username', 'company', 'job_title', 'name'];
		if (keys.some((key) => typeof black[key] !== 'string')) return text(200, 'ERROR');
		if (!/^\d+$/.test(black.phone as string)) return this.zero();
		if (black.campaign !== '*' && !data.findCampaign(black.campaign as string)) return this.zero();
		this.store('admin/addblack', request, { black });
		return this.one();
	}

	private getRecords(form: Form): SimReply {
		const filter = this.jsonField(form, 'filter');
		const lastrow = Number(form.lastrow);
		const limit = Number(form.searchLimit);
		if (!filter || form.Random !== '1' || !Number.isInteger(lastrow) || !Number.isInteger(limit) || limit < 1) return text(200, 'ERROR');
		const keys = ['calldatei', 'calldatef', 'agent', 'campaign', 'source', 'destination', 'data', 'range', 'rating', 'mindur', 'exclude', 'type', 'cont'];
		if (keys.some((key) => typeof filter[key] !== 'string') || filter.type !== 'record') return text(200, 'ERROR');
		const f = filter as Record<string, string>;
		if (!DATE_TIME.test(f.calldatei) || !DATE_TIME.test(f.calldatef)) return text(200, 'ERROR');
		const [fromHour, toHour] = f.range ? f.range.split('-').map((part) => part.trim()) : ['', ''];
		let rows = this.cdrs.filter(
			(cdr) =>
				cdr.calldate >= f.calldatei &&
				cdr.calldate <= f.calldatef &&
				(!f.agent || cdr.agent === f.agent) &&
				(!f.campaign || cdr.campaign === f.campaign) &&
				(!f.source || cdr.source.includes(f.source)) &&
				(!f.destination || cdr.destination.includes(f.destination)) &&
				(!f.data || cdr.data.includes(f.data)) &&
				(!f.rating || cdr.rating === f.rating) &&
				(!f.mindur || cdr.billsec >= Number(f.mindur)) &&
				(!f.exclude || (cdr.source !== f.exclude && cdr.destination !== f.exclude)) &&
				(!f.range || (cdr.calldate.slice(11, 16) >= fromHour && cdr.calldate.slice(11, 16) <= toHour)),
		);
		if (f.cont) {
			const customer = (cdr: data.Cdr) => (cdr.campaign.endsWith('->') ? cdr.destination : cdr.source);
			const counts = new Map<string, number>();
			for (const cdr of rows) counts.set(customer(cdr), (counts.get(customer(cdr)) ?? 0) + 1);
			rows = rows.filter((cdr) => (counts.get(customer(cdr)) ?? 0) >= Number(f.cont));
		}
		return json(200, rows.slice(lastrow, lastrow + limit));
	}

	private convert(form: Form): SimReply {
		if (!form.guid || form.folder === undefined) return text(200, 'ERROR');
		if (form.folder !== '' && !/^\d{8}$/.test(form.folder)) return this.zero();
		const path = form.folder ? `${form.folder}/${form.guid}` : form.guid;
		for (const host of ['telephony', 'backup'] as data.RecordingHost[]) {
			if (this.recordings.has(`${host}:${path}.gsm`)) {
				this.recordings.set(`${host}:${path}.mp3`, data.mp3Bytes(`${form.guid} (converted)`));
				return this.one();
			}
		}
		return this.zero();
	}

	private tagRecord(form: Form, request: SimRequest): SimReply {
		if (!form.phone || !form.guid || form.data === undefined) return text(200, 'ERROR');
		const cdr = this.cdrs.find((candidate) => candidate.guid === form.guid);
		// Asynchronous in uContact: the answer is empty whatever happens later.
		if (cdr) cdr.data = form.data;
		this.store('Agents/TagRecord', request, { ...form });
		return text(200, '');
	}

	private dialerCampaign(name: unknown): data.DemoCampaign | undefined {
		const campaign = typeof name === 'string' ? data.findCampaign(name) : undefined;
		return campaign?.dialer ? campaign : undefined;
	}

	private respool(form: Form, request: SimRequest): SimReply {
		const spool = this.jsonField(form, 'callspool');
		const keys = ['campaign', 'destination', 'dialerbase', 'status', 'data', 'alternatives', 'contact', 'retries', 'priority', 'agentphone'];
		if (!spool || keys.some((key) => !(key in spool))) return text(200, 'ERROR');
		if (!this.dialerCampaign(spool.campaign) || spool.status !== 1 || typeof spool.contact !== 'number' || typeof spool.priority !== 'number') return this.zero();
		const onSpool = this.storedBy('Dialers/Respool').some((task) => (task.fields.callspool as Record<string, unknown>).destination === spool.destination && (task.fields.callspool as Record<string, unknown>).campaign === spool.campaign);
		if (onSpool) return this.zero();
		this.store('Dialers/Respool', request, { callspool: spool });
		return this.one();
	}

	private schedule(form: Form, request: SimRequest): SimReply {
		const schedule = this.jsonField(form, 'callschedule');
		const keys = ['calldate', 'campaign', 'destination', 'alternatives', 'agentphone', 'data'];
		if (!schedule || keys.some((key) => typeof schedule[key] !== 'string')) return text(200, 'ERROR');
		if (!this.dialerCampaign(schedule.campaign) || !DATE_TIME.test(schedule.calldate as string)) return this.zero();
		this.store('Dialers/ScheduleDialerCall', request, { callschedule: schedule });
		return this.one();
	}

	private dialerTask(form: Form, request: SimRequest): SimReply {
		const call = this.jsonField(form, 'call');
		const keys = ['calldate', 'campaign', 'destination', 'alternatives', 'agent', 'data', 'source', 'bulk', 'automatic'];
		// vendor-notes: every key must be present.
		if (!call || keys.some((key) => !(key in call))) return text(200, 'ERROR');
		if (call.calldate !== null && !(typeof call.calldate === 'string' && DATE_TIME.test(call.calldate))) return this.zero();
		if (typeof call.bulk !== 'boolean' || typeof call.automatic !== 'boolean') return this.zero();
		if (typeof call.campaign !== 'string' || !data.findCampaign(call.campaign)) return this.zero();
		if (call.agent !== '' && !data.agents.some((agent) => agent.agent === call.agent || agent.phone === call.agent)) return this.zero();
		this.store('Dialers/DialerTask', request, { call });
		return this.one();
	}

	private removeContact(form: Form, request: SimRequest): SimReply {
		if (!form.campaign || !form.number) return text(200, 'ERROR');
		if (!this.dialerCampaign(form.campaign)) return this.zero();
		this.store('Dialers/RemoveContact', request, { ...form });
		return this.one();
	}

	private removeScheduled(form: Form, request: SimRequest): SimReply {
		if (!form.campaign || !form.destination || !DATE_TIME.test(form.from ?? '') || !DATE_TIME.test(form.to ?? '')) return text(200, 'ERROR');
		if (!this.dialerCampaign(form.campaign) || form.from > form.to) return this.zero();
		const before = this.stored.length;
		this.stored = this.stored.filter((task) => {
			const schedule = task.fields.callschedule as Record<string, string> | undefined;
			if (task.endpoint !== 'Dialers/ScheduleDialerCall' || !schedule) return true;
			return !(schedule.campaign === form.campaign && schedule.destination === form.destination && schedule.calldate >= form.from && schedule.calldate <= form.to);
		});
		this.store('Dialers/RemoveScheduleDialerCall', request, { ...form, removed: before - this.stored.length });
		return this.one();
	}

	private uploadBase(form: Form, request: SimRequest, withTimeZone: boolean): SimReply {
		const names = ['filename', 'fileb64', 'campaign', 'cant', 'username', ...(withTimeZone ? ['timezone'] : [])];
		if (names.some((name) => form[name] === undefined || form[name] === '')) return text(200, 'ERROR');
		if (!this.dialerCampaign(form.campaign)) return this.zero();
		if (withTimeZone && !data.timeZones.includes(form.timezone)) return this.zero();
		if (!/^[A-Za-z0-9+/]+=*$/.test(form.fileb64)) return text(200, 'ERROR');
		const lines = Buffer.from(form.fileb64, 'base64')
			.toString('utf8')
			.split(/\r?\n/)
			.filter((line) => line.trim() !== '');
		if (lines.length !== Number(form.cant)) return this.zero();
		const rows = lines.map((line) => line.split(';'));
		if (rows.some((row) => row.length < 2 || row[1].trim() === '')) return this.zero();
		this.store(withTimeZone ? 'Dialers/uploadbasewithtimezone' : 'Dialers/uploadbase', request, { ...form, lines });
		return this.one();
	}

	private queueSummary(): SimReply {
		const internalActionId = '1982468278_6312';
		const dateReceived = 'Jan 20, 2016 11:31:42 AM';
		const queues = data.campaigns.map((campaign, index) => {
			const members = data.agents.filter((agent) => agent.campaigns.includes(campaign.name));
			return {
				queue: campaign.name,
				loggedIn: members.length,
				available: Math.max(0, members.length - 1 - (index % 2)),
				callers: campaign.dialer ? 0 : 3,
				holdTime: 18 + index * 4,
				talkTime: 130 + index * 25,
				longestHoldTime: campaign.dialer ? 0 : 220,
				internalActionId,
				dateReceived,
			};
		});
		return json(200, [...queues, { internalActionId, dateReceived }]);
	}

	/**
	 * Like the manual's example (asked for CampTest2<-, answered Power<- and test->): every
	 * campaign's counters whatever `queue` names, plus the agents and ACD calls of the campaign
	 * asked for when it exists.
	 */
	private campaignStatus(form: Form): SimReply {
		if (!form.queue) return text(200, 'ERROR');
		const answer: Record<string, unknown> = {};
		for (const campaign of data.campaigns) Object.assign(answer, this.campaignEntries(campaign, campaign.name === form.queue));
		return json(200, answer);
	}

	private campaignEntries(campaign: data.DemoCampaign, withMembers: boolean): Record<string, unknown> {
		const members = data.agents.filter((agent) => agent.campaigns.includes(campaign.name));
		const answer: Record<string, unknown> = {
			[campaign.name]: {
				campaign: campaign.name,
				availables: members.length - 1,
				notavailables: 0,
				paused: 1,
				busy: 0,
				busypaused: 0,
				totalagents: members.length,
				logged: members.length,
				onwrapup: 0,
				completed: 42,
				abandoned: 3,
				talked: '01:12:45-0',
				hold: '00:04:10-0',
				abandonedlevel: '6.6',
				totalcalls: 45,
				acd: campaign.dialer ? 0 : 1,
				servicelevel: '91.1',
				servicelevel2: '95.5',
				strategy: campaign.strategy,
				slevelthreshold: '20',
				wrapup: 5,
			},
		};
		if (!withMembers) return answer;
		members.forEach((agent, index) => {
			answer[agent.agent] = {
				agent: agent.agent,
				fullname: agent.fullName,
				phone: agent.phone,
				campaign: campaign.name,
				status: index === 0 ? 'paused' : 'available',
				pausereason: index === 0 ? 'Almuerzo' : '',
				calls: 12 + index,
				lastcall: '2016-01-20 11:29:03',
			};
		});
		if (!campaign.dialer) {
			answer['1453300302.5521'] = { uniqueid: '1453300302.5521', callerid: '098344484', queue: campaign.name, position: 1, wait: 18 };
		}
		return answer;
	}

	private recording(host: data.RecordingHost, path: string): SimReply {
		const file = this.recordings.get(`${host}:${path}`);
		if (!file) return { status: 404, body: '<html><body><h1>404 Not Found</h1></body></html>', headers: { 'Content-Type': 'text/html' } };
		const type = path.endsWith('.mp3') ? 'audio/mpeg' : 'audio/x-gsm';
		return { status: 200, body: file, headers: { 'Content-Type': type } };
	}
}
