import { randomBytes } from 'node:crypto';

import { contentType, json, Simulator, text } from '../base';
import type { SimReply, SimRequest } from '../base';
import * as data from './data';
import type { DemoUser, Right, Row } from './data';
import { EdiSender } from './edi';
import type { EdiSendCommand } from './edi';
import { filterRows, rciPage } from './lists';
import { contactDataProblem, scriptResultProblem } from './rules';

type Handler = (request: SimRequest, user: DemoUser) => SimReply | Promise<SimReply>;

const { RIGHTS } = data;

/**
 * Sinch Contact Pro's restful interfaces as the CMI reference and the vendor notes describe
 * them: HTTP Basic with a Contact Pro user whose rights apply (403 otherwise), the CMI at
 * /RI/cmi and scripts at /RI/rci, JSON in and out, POST answering 201 with the new id as text
 * and a Location header, PUT and DELETE answering 204 without a body. Cloud mode (apiKey set)
 * also requires the x-api-key header.
 *
 * Its Event-Driven Integration calls n8n (edi.ts). Out of process (`npm start`, serve.ts) it is
 * driven like System Configurator through control routes: `POST /__sim/edi/integration` sets the
 * integration (JSON of EdiIntegration, null fields back to their defaults), `POST /__sim/edi/send`
 * with `{ event: 'ended', conversation?: 'callIn' | 'abandonedCall' | 'callOut' | 'chatIn' |
 * 'chatOut', contact?: {...} }` raises a conversation event and answers what n8n answered, and
 * `GET /__sim/edi/sent` lists what the integration sent.
 */
export class SinchSimulator extends Simulator {
	/** When set, every request needs this value in x-api-key (cloud tenant). */
	apiKey?: string;

	emails: Row[] = [];
	contacts: Row[] = [];
	events: Record<string, Row[]> = {};
	contactData: Record<string, Row> = {};
	callbacks: Row[] = [];
	chats: Row[] = [];
	recordings: Row[] = [];
	listenLogs: Record<string, Row[]> = {};
	messages: Row[] = [];
	consents: Row[] = [];
	scripts: data.Script[] = [];
	scriptResults: Row[] = [];

	/** The Event-Driven Integration that calls n8n (see edi.ts). */
	readonly edi = new EdiSender();

	private readonly known: Array<{ method: string; pattern: RegExp }> = [];

	constructor() {
		super('sinch');
		this.reset();
		this.registerEmails();
		this.registerScripts();
		this.registerConversations();
		this.registerCallbacks();
		this.registerContacts();
		this.registerMessagesAndConsents();
	}

	reset(): void {
		super.reset();
		this.apiKey = undefined;
		this.edi.reset();
		this.emails = data.demoEmails();
		this.contacts = data.demoContacts();
		this.events = data.demoEvents();
		this.contactData = data.demoContactData();
		this.callbacks = data.demoCallbacks();
		this.chats = data.demoChats();
		this.recordings = data.demoRecordings();
		this.listenLogs = data.demoListenLogs();
		this.messages = data.demoMessages();
		this.consents = data.demoConsents();
		this.scripts = data.demoScripts();
		this.scriptResults = data.demoScriptResults();
	}

	/** The list a trigger can watch. */
	list(resource: data.Watched): Row[] {
		return { email: this.emails, callback: this.callbacks, chat: this.chats, contact: this.contacts }[resource];
	}

	/** A customer writes, calls or asks for a callback now: a new item at the end of the list. */
	addItem(resource: data.Watched, fields: Row = {}): Row {
		const row = { ...data.newItem(resource, SinchSimulator.newId()), ...fields };
		this.list(resource).push(row);
		return row;
	}

	/** An agent works on an item: some of its fields change. */
	changeItem(resource: data.Watched, id: string, fields: Row): Row | undefined {
		const row = this.list(resource).find((candidate) => candidate.id === id);
		if (row) Object.assign(row, fields);
		return row;
	}

	/** Items added or changed between polls (the polling trigger's tests and `npm start`). */
	private itemControl(request: SimRequest): SimReply | undefined {
		const resource = request.query.resource as data.Watched;
		if (!['email', 'callback', 'chat', 'contact'].includes(resource)) return undefined;
		const fields = (request.rawBody.length > 0 ? JSON.parse(request.rawBody.toString('utf8')) : {}) as Row;
		if (request.path === '/__sim/add-item' && request.method === 'POST') return json(200, this.addItem(resource, fields));
		if (request.path === '/__sim/change-item' && request.method === 'POST') {
			const row = this.changeItem(resource, request.query.id ?? '', fields);
			return row ? json(200, row) : json(404, { message: `No ${resource} ${request.query.id}` });
		}
		return undefined;
	}

	// ---- plumbing -------------------------------------------------------------------------

	private on(method: string, path: string, right: Right | undefined, handler: Handler): void {
		this.known.push({ method, pattern: new RegExp(`^${path.replace(/:[^/]+/g, '[^/]+')}$`) });
		this.route(method, path, (request) => {
			const user = this.userOf(request)!;
			if (right && !user.rights.includes(right)) return text(403, 'Forbidden');
			return handler(request, user);
		});
	}

	private userOf(request: SimRequest): DemoUser | undefined {
		return data.users.find((user) => user.user === request.basic?.user && user.password === request.basic?.password);
	}

	protected before(request: SimRequest): SimReply | undefined {
		if (!this.userOf(request)) {
			return text(401, 'Unauthorized', { 'WWW-Authenticate': 'Basic realm="Sinch Contact Pro RI"' });
		}
		if (this.apiKey !== undefined && request.headers['x-api-key'] !== this.apiKey) return json(403, { message: 'Forbidden' });
		const accept = String(request.headers.accept ?? '');
		if (request.method === 'GET' && !/application\/json/.test(accept)) return text(406, 'Not Acceptable');
		if (request.method === 'POST' && !/text\/html|\*\/\*/.test(accept)) return text(406, 'Not Acceptable');
		if (request.method !== 'POST' && request.method !== 'PUT') return undefined;
		if (contentType(request) !== 'application/json') return text(415, 'Unsupported Media Type');
		try {
			request.body = JSON.parse(request.rawBody.toString('utf8'));
		} catch {
			return text(400, 'Malformed JSON in request body');
		}
		return undefined;
	}

	protected async controlExtra(request: SimRequest): Promise<SimReply | undefined> {
		const item = this.itemControl(request);
		if (item) return item;
		const body = () => JSON.parse(request.rawBody.toString('utf8') || '{}') as Record<string, unknown>;
		if (request.path === '/__sim/edi/integration' && request.method === 'POST') return json(200, this.edi.configure(body()));
		if (request.path === '/__sim/edi/send' && request.method === 'POST') {
			return json(200, await this.edi.send(body() as unknown as EdiSendCommand));
		}
		if (request.path === '/__sim/edi/sent') return json(200, this.edi.sent);
		return undefined;
	}

	protected notFound(request: SimRequest): SimReply {
		if (this.known.some((route) => route.pattern.test(request.path))) return text(405, 'Method Not Allowed');
		return text(404, 'Not Found');
	}

	private created(collection: string, id: string): SimReply {
		return {
			status: 201,
			body: id,
			headers: { 'Content-Type': 'text/html;charset=UTF-8', Location: `${this.baseUrl}/RI/cmi${collection}/${id}` },
		};
	}

	private static newId(): string {
		return randomBytes(16).toString('hex').toUpperCase();
	}

	private static list(rows: Row[] | string): SimReply {
		return typeof rows === 'string' ? text(400, rows) : json(200, rows);
	}

	private static one(row: Row | undefined): SimReply {
		return row ? json(200, row) : text(404, 'Not Found');
	}

	private static object(request: SimRequest): Row | undefined {
		const body = request.body;
		return body !== null && typeof body === 'object' && !Array.isArray(body) ? (body as Row) : undefined;
	}

	// ---- resources ------------------------------------------------------------------------

	private registerEmails(): void {
		const withoutAttached = (row: Row, include: boolean) => {
			if (include) return row;
			const { attached_data: _omitted, ...rest } = row;
			return rest;
		};
		this.on('GET', '/RI/cmi/emails', RIGHTS.emailHistory, (request) => {
			const rows = filterRows(this.emails, request.query, ['includeAttachedData']);
			if (typeof rows === 'string') return text(400, rows);
			return json(200, rows.map((row) => withoutAttached(row, request.query.includeAttachedData === 'true')));
		});
		this.on('GET', '/RI/cmi/emails/:id', RIGHTS.emailHistory, (request) =>
			SinchSimulator.one(this.emails.find((row) => row.id === request.params.id)),
		);
	}

	private registerScripts(): void {
		this.on('GET', '/RI/rci/scripts', RIGHTS.scripts, (request) =>
			SinchSimulator.list(rciPage(this.scripts.map(({ questions: _q, ...script }) => script), request.query)),
		);
		this.on('GET', '/RI/rci/scripts/:id', RIGHTS.scripts, (request) =>
			SinchSimulator.one(this.scripts.find((script) => script.id === request.params.id)),
		);
		this.on('GET', '/RI/cmi/scriptResults', RIGHTS.queueHistory, (request) =>
			SinchSimulator.list(filterRows(this.scriptResults, request.query)),
		);
		this.on('GET', '/RI/cmi/scriptResults/:id', RIGHTS.queueHistory, (request) =>
			SinchSimulator.one(this.scriptResults.find((row) => row.id === request.params.id)),
		);
		// One script result entity per request (CMI reference); an array is refused.
		this.on('POST', '/RI/cmi/scriptResults', RIGHTS.queueHistory, (request) => {
			const problem = scriptResultProblem(request.body, this.scripts, this.contacts, this.scriptResults);
			if (problem) return text(400, problem);
			return this.created('/scriptResults', this.saveScriptResult(request.body as Row));
		});
	}

	private saveScriptResult(row: Row): string {
		const question = row.question as Row;
		const existing = this.scriptResults.find(
			(result) =>
				result.contact_id === row.contact_id && result.script_id === row.script_id && (result.question as Row).id === question.id,
		);
		const id = (existing?.id as string | undefined) ?? SinchSimulator.newId();
		const stored = { id, contact_id: row.contact_id, script_id: row.script_id, question: { id: question.id }, answer: row.answer, created: new Date().toISOString() };
		this.scriptResults = [...this.scriptResults.filter((result) => result.id !== id), stored];
		return id;
	}

	private registerConversations(): void {
		this.on('GET', '/RI/cmi/chats', RIGHTS.chatHistory, (request) => SinchSimulator.list(filterRows(this.chats, request.query)));
		this.on('GET', '/RI/cmi/chats/:id', RIGHTS.chatHistory, (request) =>
			SinchSimulator.one(this.chats.find((row) => row.id === request.params.id)),
		);
		this.on('POST', '/RI/cmi/chats', RIGHTS.chatHistory, (request) => {
			const chat = SinchSimulator.object(request);
			if (!chat || Object.keys(chat).length === 0) return text(400, 'Chat data is missing');
			const id = SinchSimulator.newId();
			this.chats.push({ ...chat, id, channel_type: 'CHAT', status: 'Queued' });
			return this.created('/chats', id);
		});
		this.on('GET', '/RI/cmi/callRecordings', RIGHTS.listen, (request) =>
			SinchSimulator.list(filterRows(this.recordings, request.query)),
		);
		this.on('GET', '/RI/cmi/callRecordings/:id', RIGHTS.listen, (request) =>
			SinchSimulator.one(this.recordings.find((row) => row.id === request.params.id)),
		);
		this.on('GET', '/RI/cmi/callRecordings/:id/listenLog', RIGHTS.listen, (request) => {
			const log = this.listenLogs[request.params.id];
			return log ? json(200, log) : text(404, 'Not Found');
		});
		this.on('POST', '/RI/cmi/callRecordings/:id/listenLog', RIGHTS.listen, (request, user) => {
			const log = this.listenLogs[request.params.id];
			if (!log) return text(404, 'Not Found');
			const id = SinchSimulator.newId();
			log.push({ ...(SinchSimulator.object(request) ?? {}), id, user: { name: user.name }, listenedAt: new Date().toISOString() });
			return this.created(`/callRecordings/${request.params.id}/listenLog`, id);
		});
	}

	private registerCallbacks(): void {
		this.on('GET', '/RI/cmi/callbacks', RIGHTS.callbacksView, (request) =>
			SinchSimulator.list(filterRows(this.callbacks, request.query)),
		);
		this.on('GET', '/RI/cmi/callbacks/:id', RIGHTS.callbacksView, (request) =>
			SinchSimulator.one(this.callbacks.find((row) => row.id === request.params.id)),
		);
		this.on('POST', '/RI/cmi/callbacks', RIGHTS.callbacksCreate, (request) => {
			const body = SinchSimulator.object(request) ?? {};
			if (typeof body.customerNumber !== 'string' || body.customerNumber.trim() === '') return text(400, 'customerNumber is required');
			if (body.callbackQueueNumber !== data.queues.callback.number) return text(400, 'Callback queue not found');
			const id = SinchSimulator.newId();
			const { id: _ignored, ...fields } = body;
			this.callbacks.push({
				...fields,
				id,
				callbackQueue: { id: data.queues.callback.id, name: data.queues.callback.name },
				created: new Date().toISOString(),
			});
			return this.created('/callbacks', id);
		});
		this.on('PUT', '/RI/cmi/callbacks/:id', RIGHTS.callbacksModify, (request) => {
			const callback = this.callbacks.find((row) => row.id === request.params.id);
			if (!callback) return text(404, 'Not Found');
			const body = SinchSimulator.object(request) ?? {};
			if (body.nextCallTime !== undefined && !['CUSTOM_TIME', 'RESCHEDULE'].includes(String(body.lastResult))) {
				return text(400, 'nextCallTime is only allowed when lastResult is either CUSTOM_TIME or RESCHEDULE');
			}
			// Only these four fields are updated; others are ignored (CMI manual).
			for (const key of ['customerNumber', 'notes', 'lastResult', 'nextCallTime']) {
				if (body[key] !== undefined) callback[key] = body[key];
			}
			return { status: 204 };
		});
	}

	private registerContacts(): void {
		this.on('GET', '/RI/cmi/contacts', RIGHTS.statistics, (request) => {
			const { subject, body, remarks, ...rest } = request.query;
			let rows = this.contacts;
			// Subject, body and remarks search the operative database (substring match).
			for (const [key, value] of Object.entries({ subject, body, remarks })) {
				if (value !== undefined) rows = rows.filter((row) => String(row[key] ?? '').toLowerCase().includes(value.toLowerCase()));
			}
			return SinchSimulator.list(filterRows(rows, rest));
		});
		this.on('GET', '/RI/cmi/contacts/:id', RIGHTS.statistics, (request) => SinchSimulator.one(this.contact(request)));
		this.on('GET', '/RI/cmi/contacts/:id/details', RIGHTS.statistics, (request) =>
			this.contact(request) ? json(200, this.events[request.params.id] ?? []) : text(404, 'Not Found'),
		);
		this.on('GET', '/RI/cmi/contacts/:id/remarks', RIGHTS.statistics, (request) => {
			const contact = this.contact(request);
			return contact ? json(200, { contactGroupId: contact.contactGroupId, remarks: contact.remarks ?? '' }) : text(404, 'Not Found');
		});
		this.on('POST', '/RI/cmi/contacts/:id/remarks', RIGHTS.statistics, (request, user) => this.writeRemarks(request, user, 'POST'));
		this.on('PUT', '/RI/cmi/contacts/:id/remarks', RIGHTS.statistics, (request, user) => this.writeRemarks(request, user, 'PUT'));
		this.on('GET', '/RI/cmi/contactData', RIGHTS.statistics, (request) =>
			SinchSimulator.list(filterRows(Object.values(this.contactData), request.query)),
		);
		this.on('GET', '/RI/cmi/contactData/:id', RIGHTS.statistics, (request) =>
			SinchSimulator.one(this.contactData[request.params.id]),
		);
		this.on('POST', '/RI/cmi/contactData', RIGHTS.statistics, (request, user) => {
			if (!user.rights.includes(RIGHTS.queueHistory)) return text(403, 'Forbidden');
			const body = SinchSimulator.object(request) ?? {};
			const problem = contactDataProblem(body, this.contacts);
			if (problem) return text(400, problem);
			const id = String(body.id);
			const previous = this.contactData[id] ? (JSON.parse(this.contactData[id].attachedData as string) as Row) : {};
			this.contactData[id] = { id, attachedData: JSON.stringify({ ...previous, ...(body.attachedData as Row) }) };
			return this.created('/contactData', id);
		});
	}

	private contact(request: SimRequest): Row | undefined {
		return this.contacts.find((row) => row.id === request.params.id || row.contactGroupId === request.params.id);
	}

	private writeRemarks(request: SimRequest, user: DemoUser, method: 'POST' | 'PUT'): SimReply {
		const contact = this.contact(request);
		if (!contact) return text(404, 'Not Found');
		if ((contact.agent as { user?: string } | undefined)?.user !== user.user) return text(403, 'Forbidden');
		const remarks = SinchSimulator.object(request)?.remarks;
		if (typeof remarks !== 'string') return text(400, 'remarks is required');
		const has = typeof contact.remarks === 'string' && contact.remarks !== '';
		if (method === 'POST' && (contact.channel_type !== 'PHONE' || has)) {
			return text(400, 'Remarks can be added only to phone calls without remarks');
		}
		if (method === 'PUT' && !has) return text(400, 'Contact has no remarks in operative database');
		contact.remarks = remarks;
		return method === 'POST' ? this.created(`/contacts/${request.params.id}/remarks`, String(contact.contactGroupId)) : { status: 204 };
	}

	private registerMessagesAndConsents(): void {
		this.on('GET', '/RI/cmi/messages', RIGHTS.messaging, (request) => SinchSimulator.list(filterRows(this.messages, request.query)));
		this.on('GET', '/RI/cmi/messages/:id', RIGHTS.messaging, (request) =>
			SinchSimulator.one(this.messages.find((row) => row.id === request.params.id)),
		);
		this.on('POST', '/RI/cmi/messages', RIGHTS.messaging, (request) => {
			const message = SinchSimulator.object(request);
			if (!message || typeof message.text !== 'string') return text(400, 'text is required');
			const id = SinchSimulator.newId();
			this.messages.push({ ...message, id });
			return this.created('/messages', id);
		});
		this.on('PUT', '/RI/cmi/messages/:id', RIGHTS.messaging, (request) => {
			const index = this.messages.findIndex((row) => row.id === request.params.id);
			if (index < 0) return text(404, 'Not Found');
			const message = SinchSimulator.object(request);
			if (!message || typeof message.text !== 'string') return text(400, 'text is required');
			// All fields are updated: what is not sent is gone.
			this.messages[index] = { ...message, id: request.params.id };
			return { status: 204 };
		});
		this.on('DELETE', '/RI/cmi/messages/:id', RIGHTS.messaging, (request) => {
			const before = this.messages.length;
			this.messages = this.messages.filter((row) => row.id !== request.params.id);
			return this.messages.length < before ? { status: 204 } : text(404, 'Not Found');
		});
		this.on('GET', '/RI/cmi/customerConsents', RIGHTS.consentsView, (request) =>
			SinchSimulator.list(filterRows(this.consents, request.query)),
		);
		this.on('GET', '/RI/cmi/customerConsents/:id', RIGHTS.consentsView, (request) =>
			SinchSimulator.one(this.consents.find((row) => row.id === request.params.id)),
		);
		this.on('POST', '/RI/cmi/customerConsents', RIGHTS.consentsCreate, (request) => {
			const body = SinchSimulator.object(request) ?? {};
			if (typeof body.usage !== 'string' || body.usage === '') return text(400, 'usage is required');
			if (typeof body.address !== 'string' || body.address === '') return text(400, 'address is required');
			if (typeof body.consent !== 'boolean') return text(400, 'consent must be true or false');
			const id = `${body.usage}_${body.address}`;
			this.consents = [...this.consents.filter((row) => row.id !== id), { ...body, id, updated: new Date().toISOString() }];
			return this.created('/customerConsents', id);
		});
		this.on('DELETE', '/RI/cmi/customerConsents/:id', RIGHTS.consentsDelete, (request) => {
			const before = this.consents.length;
			this.consents = this.consents.filter((row) => row.id !== request.params.id);
			return this.consents.length < before ? { status: 204 } : text(404, 'Not Found');
		});
		this.on('POST', '/RI/cmi/s3attachments', RIGHTS.chatHistory, (request) => {
			const body = SinchSimulator.object(request);
			if (!body || typeof body.fileName !== 'string') return text(400, 'fileName is required');
			const key = randomBytes(6).toString('base64url');
			const id = SinchSimulator.newId();
			return json(
				201,
				{
					id,
					uploadUrl: `https://scp-attachments.s3.eu-north-1.amazonaws.com/${id}/${encodeURIComponent(body.fileName)}?X-Amz-Expires=900&X-Amz-Signature=${randomBytes(16).toString('hex')}`,
					shortUrl: `https://att.nordlys-energia.fi/${key}`,
				},
				{ Location: `${this.baseUrl}/RI/cmi/s3attachments/${id}` },
			);
		});
	}
}

export { data };
