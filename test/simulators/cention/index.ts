import { contentType, json, Simulator, text } from '../base';
import type { SimReply, SimRequest } from '../base';
import { answeredErrandCallback } from './callback';
import * as data from './data';
import type { DemoFile } from './files';
import { areaArchives, libraryAttachments, responseAttachments } from './files';
import type { Resource } from './jsonapi';
import { acceptsJsonApi, document, errors, invalid, isObject, isText, JSON_API } from './jsonapi';
import { LibraryStore } from './library';
import { CLAIM, TOKENS, verifyToken } from './tokens';
import type { TokenClaims } from './tokens';
import { validateNewErrand } from './validate';

export { answeredErrandCallback } from './callback';
export { ALL_CLAIMS, CLAIM, signToken, TOKENS } from './tokens';

type Document = { data?: Record<string, unknown> };

/** Claims that open each endpoint (Administration → API → Access Tokens). */
const REQUIRED_CLAIMS: Array<[RegExp, string[]]> = [
	[/^custom\/logio$/, [CLAIM.logio]],
	[/^json\/c3_(new_errands|end_errands|end_obcall)$/, [CLAIM.createErrand]],
	[/^json\/c3_(errand_reports\/[^/]+|dirty_errand_list|dirty_facebook_ratings|facebook_ratings\/[^/]+)$/, [CLAIM.errandData]],
	[/^json\/c3_contact_cards$/, [CLAIM.contacts]],
	[/^json\/c3_trigger_exports$/, [CLAIM.export]],
	[/^json\/c3_response_attachments\//, [CLAIM.attachment]],
	[/^json\/c3_area_archives\//, [CLAIM.library, CLAIM.attachment]],
	[/^json\/c3_(libraries|external_libraries|library_categories|library_questions|library_attachments)(\/|$)/, [CLAIM.library]],
];

/** POST endpoints and the `data.type` their documents must carry. */
const POST_TYPES: Record<string, string[]> = {
	'json/c3_new_errands': ['c3_new_errands'],
	'json/c3_end_errands': ['c3_end_errands'],
	// The manual's sample for this endpoint says c3_end_errands; both are taken.
	'json/c3_end_obcall': ['c3_end_obcall', 'c3_end_errands'],
	'json/c3_dirty_errand_list': ['c3_dirty_errand_list'],
	'json/c3_contact_cards': ['c3_contact_cards'],
	'json/c3_trigger_exports': ['c3_trigger_exports'],
};

export interface CreatedErrand {
	id: number;
	attributes: Record<string, unknown>;
	/** The attachments' bytes as decoded from base64. */
	files: Array<{ name: string; contentType: string; content: Buffer }>;
}

/**
 * Cention Contact Center's APIs as its manual describes them: everything under
 * /s/<workspace>/capi, a Bearer JWT whose claims open the endpoints (401 for a bad token, 403
 * for a missing claim), JSON:API documents with `application/vnd.api+json` both ways (415/406
 * otherwise, 409 for a wrong `data.type`), errors as `{errors: [...]}`; the login log answers
 * CSV or JSON and plain-text errors.
 */
export class CentionSimulator extends Simulator {
	readonly api: string;

	errands: data.StoredErrand[] = [];

	created: CreatedErrand[] = [];

	endedCalls: Array<Record<string, unknown>> = [];

	dirtyErrands = new Set<number>();

	ratings: Array<Record<string, unknown>> = [];

	dirtyRatings = new Set<number>();

	contactCards: data.ContactCard[] = [];

	exportsRun: Array<Record<string, unknown>> = [];

	private store!: LibraryStore;

	private responseFiles: DemoFile[] = [];

	private nextErrandId = 511055;

	private nextId = 1;

	constructor(readonly workspace = 'demo') {
		super('cention');
		this.api = `/s/${workspace}/capi`;
		this.reset();
		const get = (path: string, handler: (request: SimRequest) => SimReply) => this.route('GET', `${this.api}/${path}`, handler);
		const post = (path: string, handler: (request: SimRequest) => SimReply) => this.route('POST', `${this.api}/${path}`, handler);
		get('custom/logio', (request) => this.logio(request));
		post('json/c3_new_errands', (request) => this.newErrand(request.body as Document));
		post('json/c3_end_errands', (request) => this.endErrand(request.body as Document));
		post('json/c3_end_obcall', (request) => this.endCall(request.body as Document));
		get('json/c3_errand_reports/:id', (request) => this.report(request));
		get('json/c3_dirty_errand_list', () => this.dirtyList());
		post('json/c3_dirty_errand_list', (request) => this.markDirty(request.body as Document));
		get('json/c3_dirty_facebook_ratings', () => this.dirtyRatingList());
		get('json/c3_facebook_ratings/:id', (request) => this.rating(request.params.id));
		post('json/c3_contact_cards', (request) => this.contactCard(request.body as Document));
		get('json/c3_libraries', (request) => this.libraryList(request, false));
		get('json/c3_libraries/:id', (request) => this.libraryOne(request, false));
		get('json/c3_libraries/:id/questions', (request) => this.libraryQuestions(request));
		get('json/c3_external_libraries', (request) => this.libraryList(request, true));
		get('json/c3_external_libraries/:id', (request) => this.libraryOne(request, true));
		get('json/c3_library_categories', (request) => this.categoryList(request));
		get('json/c3_library_categories/:id', (request) => this.categoryOne(request));
		get('json/c3_library_questions', (request) => this.questionList(request));
		get('json/c3_library_questions/:id', (request) => this.questionOne(request));
		get('json/c3_library_questions/:id/attachments', (request) => this.questionFiles(request, 'attachments'));
		get('json/c3_library_questions/:id/embedded_archives', (request) => this.questionFiles(request, 'embedded_archives'));
		get('json/c3_library_attachments/:id', (request) => this.fileOne(request, 'c3_library_attachments'));
		get('json/c3_area_archives/:id', (request) => this.fileOne(request, 'c3_area_archives'));
		get('json/c3_response_attachments/:id', (request) => this.fileOne(request, 'c3_response_attachments'));
		post('json/c3_trigger_exports', (request) => this.triggerExport(request.body as Document));
	}

	reset(): void {
		super.reset();
		this.errands = data.errands();
		this.created = [];
		this.endedCalls = [];
		this.dirtyErrands = new Set(data.DIRTY_ERRANDS);
		this.ratings = data.facebookRatings();
		this.dirtyRatings = new Set([3, 4]);
		this.contactCards = data.contactCards();
		this.exportsRun = [];
		this.responseFiles = responseAttachments();
		this.store = new LibraryStore(
			data.libraries(),
			data.categories(),
			data.questions(),
			libraryAttachments(),
			areaArchives(),
			() => `${this.baseUrl}${this.api}`,
		);
		this.nextErrandId = 511055;
		this.nextId = 1;
	}

	/** The manual's callback sample, pointing at this simulator's attachments unless told otherwise. */
	callback(secret: string, options: { linkBase?: string; linkStyle?: 'href' | 'string'; event?: number } = {}) {
		return answeredErrandCallback({ secret, ...options });
	}

	/** The bytes of a response attachment or area archive, for byte-exact assertions. */
	fileBytes(type: 'c3_response_attachments' | 'c3_area_archives' | 'c3_library_attachments', id: number): Buffer {
		const list = type === 'c3_response_attachments' ? this.responseFiles : type === 'c3_area_archives' ? this.store.archives : this.store.attachments;
		return list.find((file) => file.id === id)!.content;
	}

	/**
	 * An agent works on an errand (a new one when no id is given): an action is added to its
	 * report and it goes on the changed list, as Cention does. Returns the errand's id.
	 */
	changeErrand(id?: number, note = 'Errand was forwarded to area Billing'): number {
		let errand = this.errands.find((entry) => entry.id === id);
		if (!errand) {
			errand = { id: id ?? this.nextErrandId++, from: 'new.customer@example.se', subject: 'New question', closed: false, attributes: {} };
			this.errands.push(errand);
		}
		const count = (errand.actions ?? []).length + 1;
		const timeStamp = Math.floor(Date.now() / 1000);
		errand.actions = [...(errand.actions ?? []), { id: errand.id * 10 + 2 + count, note, origin: 'System Administrator', time: new Date(timeStamp * 1000).toISOString(), timeStamp }];
		this.dirtyErrands.add(errand.id);
		return errand.id;
	}

	/** Cention recomputes an errand's SLA figures (every minute): no change of the errand itself. */
	tickSla(id: number, seconds = 60): void {
		const errand = this.errands.find((entry) => entry.id === id);
		if (errand) errand.slaSeconds = (errand.slaSeconds ?? 0) + seconds;
	}

	/** A reviewer rates the Facebook page or changes a rating: it goes on the changed list. Returns its id. */
	changeRating(id?: number, rating = 4, message = 'Quick and friendly answers.'): number {
		let stored = this.ratings.find((entry) => entry.ratingId === id);
		if (!stored) {
			const ratingId = id ?? Math.max(0, ...this.ratings.map((entry) => entry.ratingId as number)) + 1;
			stored = { ratingId, reviewerId: 2117250000 + ratingId, reviewerName: `Reviewer ${ratingId}`, timestampCreated: Math.floor(Date.now() / 1000) };
			this.ratings.push(stored);
		}
		Object.assign(stored, { rating, message });
		this.dirtyRatings.add(stored.ratingId as number);
		return stored.ratingId as number;
	}

	protected controlExtra(request: SimRequest): SimReply | undefined {
		const id = (name: string) => (request.query[name] === undefined ? undefined : Number(request.query[name]));
		if (request.path === '/__sim/change-errand' && request.method === 'POST') {
			return json(200, { id: this.changeErrand(id('id'), request.query.note) });
		}
		if (request.path === '/__sim/change-rating' && request.method === 'POST') {
			return json(200, { id: this.changeRating(id('id'), id('rating'), request.query.message) });
		}
		if (request.path === '/__sim/changed' && request.method === 'GET') {
			return json(200, { errands: [...this.dirtyErrands].sort((a, b) => a - b), ratings: [...this.dirtyRatings].sort((a, b) => a - b) });
		}
		if (request.path === '/__sim/tokens') return json(200, TOKENS);
		if (request.path === '/__sim/callback') return json(200, this.callback(request.query.secret ?? 'change-me'));
		return undefined;
	}

	protected notFound(request: SimRequest): SimReply {
		if (request.path.endsWith('/custom/logio')) return text(405, 'Method Not Allowed');
		return errors(404, { detail: `No route for ${request.method} ${request.path}` });
	}

	protected before(request: SimRequest): SimReply | undefined {
		if (!request.path.startsWith(`${this.api}/`)) {
			return errors(404, { detail: `Workspace not found: ${request.path.split('/')[2] ?? ''}` });
		}
		const path = request.path.slice(this.api.length + 1);
		const plain = path.startsWith('custom/');
		const token = verifyToken(request.bearer);
		if (!token || token.workspace !== this.workspace) {
			return plain ? text(401, 'Unauthorized: invalid token') : errors(401, { detail: 'invalid or expired token' });
		}
		if (!this.allowed(token, path)) {
			return plain ? text(403, 'Forbidden') : errors(403, { detail: 'token does not allow this resource' });
		}
		if (plain) return undefined;
		if (!acceptsJsonApi(request)) {
			return errors(406, { detail: `Accept must include ${JSON_API}` });
		}
		if (request.method !== 'POST') return undefined;
		if (contentType(request) !== JSON_API || /;/.test(String(request.headers['content-type']))) {
			return errors(415, { detail: `Content-Type must be ${JSON_API}` });
		}
		let body: unknown;
		try {
			body = JSON.parse(request.rawBody.toString('utf8'));
		} catch {
			return errors(400, { detail: 'request body is not JSON' });
		}
		if (!isObject(body) || !isObject(body.data)) return invalid('/data', 'a document with a data object is required');
		const types = POST_TYPES[path];
		if (types && !types.includes(body.data.type as string)) {
			return errors(409, { detail: `type ${String(body.data.type)} does not match ${types[0]}`, source: { pointer: '/data/type' } });
		}
		request.body = body;
		return undefined;
	}

	private allowed(token: TokenClaims, path: string): boolean {
		const needed = REQUIRED_CLAIMS.find(([pattern]) => pattern.test(path))?.[1];
		return !needed || needed.some((claim) => token.claims.includes(claim));
	}

	private link(path: string) {
		return { self: { href: `${this.baseUrl}${this.api}/json/${path}` } };
	}

	// ── Login log (custom/logio) ───────────────────────────────────────────────

	private logio(request: SimRequest): SimReply {
		const { name, format = 'csv' } = request.query;
		if (format !== 'csv' && format !== 'json') return text(400, `unsupported format: ${format}`);
		const now = Math.floor(Date.now() / 1000);
		const bound = (value: string | undefined, fallback: number) => (value === undefined ? fallback : /^\d+$/.test(value) ? Number(value) : NaN);
		const from = bound(request.query.from, now - 7 * 86400);
		const to = bound(request.query.to, now);
		if (Number.isNaN(from) || Number.isNaN(to)) return text(400, 'from and to must be unix timestamps');
		const records = data
			.loginRecords(now)
			.filter((record) => record.timestamp >= from && record.timestamp <= to && (!name || record.name === name));
		if (format === 'json') return json(200, records);
		const csv = records.map((record) => `${record.id},${record.name},${record.timestamp},${record.action}`).join('\n');
		return { status: 200, body: csv ? `${csv}\n` : '', headers: { 'Content-Type': 'text/csv; charset=utf-8' } };
	}

	// ── Errands ────────────────────────────────────────────────────────────────

	private newErrand(body: Document): SimReply {
		const attributes = (body.data!.attributes ?? {}) as Record<string, unknown>;
		const problem = validateNewErrand(attributes);
		if (problem) return problem;
		const msg = attributes.msg as Record<string, unknown>;
		const id = this.nextErrandId++;
		const files = ((msg.attachments as Array<Record<string, string>>) ?? []).map((file) => ({
			name: file.name,
			contentType: file.content_type,
			content: Buffer.from(file.content, 'base64'),
		}));
		this.created.push({ id, attributes, files });
		this.errands.push({ id, from: msg.from as string, subject: String(msg.subject ?? ''), closed: !!attributes.answer && !attributes.watemplate, attributes });
		return document(201, { data: { type: 'c3_new_errands', id: String(id) } });
	}

	private endErrand(body: Document): SimReply {
		const attributes = (body.data!.attributes ?? {}) as Record<string, unknown>;
		if (!Number.isInteger(attributes.errand_id)) return invalid('/data/attributes/errand_id', 'errand_id must be an integer');
		const answer = attributes.answer;
		if (!isObject(answer)) return invalid('/data/attributes/answer', 'answer is required');
		if (!['cention', 'solidus', 'clearinteract'].includes(answer.user_type as string)) {
			return invalid('/data/attributes/answer/user_type', 'user_type must be cention, solidus or clearinteract');
		}
		if (!isText(answer.user_id)) return invalid('/data/attributes/answer/user_id', 'user_id is required');
		const errand = this.errands.find((entry) => entry.id === attributes.errand_id);
		if (!errand) return errors(404, { detail: `errand ${String(attributes.errand_id)} not found` });
		if (errand.closed) return errors(409, { detail: `errand ${errand.id} is already closed` });
		errand.closed = true;
		errand.attributes = { ...errand.attributes, answer };
		this.dirtyErrands.add(errand.id);
		return document(201, { data: { type: 'c3_end_errands', id: String(errand.id) } });
	}

	private endCall(body: Document): SimReply {
		const attributes = (body.data!.attributes ?? {}) as Record<string, unknown>;
		if (!isText(attributes.integrationName)) return invalid('/data/attributes/integrationName', 'integrationName is required');
		for (const field of ['deviceId', 'extensionId']) {
			if (!Number.isInteger(attributes[field])) return invalid(`/data/attributes/${field}`, `${field} must be an integer`);
		}
		if (attributes.dialedNumber !== undefined && typeof attributes.dialedNumber !== 'string') {
			return invalid('/data/attributes/dialedNumber', 'dialedNumber must be a string');
		}
		this.endedCalls.push(attributes);
		return document(201, { data: { type: 'c3_end_obcall', id: String(this.nextId++) } });
	}

	private report(request: SimRequest): SimReply {
		const errand = this.errands.find((entry) => String(entry.id) === request.params.id);
		if (!errand) return errors(404, { detail: `errand ${request.params.id} not found` });
		const attributes = data.errandReport(errand.id, errand.subject, errand.from);
		attributes.actions = [...(attributes.actions as unknown[]), ...(errand.actions ?? [])];
		const sla = attributes.sla as Record<string, number>;
		sla.handling_time += errand.slaSeconds ?? 0;
		attributes.changed = this.dirtyErrands.has(errand.id);
		const fields = request.query['fields[c3_errand_reports]'];
		let shown: Record<string, unknown> = attributes;
		if (fields !== undefined) {
			const names = fields.split(',').filter((name) => name !== '');
			const unknown = names.filter((name) => !(name in attributes));
			if (unknown.length) {
				return errors(400, {
					code: 'API2GO_INVALID_FIELD_QUERY_PARAM',
					detail: `Field "${unknown[0]}" does not exist for type "c3_errand_reports"`,
					source: { parameter: 'fields[c3_errand_reports]' },
				});
			}
			shown = Object.fromEntries(names.map((name) => [name, attributes[name]]));
		}
		// Fetching the report clears the errand's changed flag.
		this.dirtyErrands.delete(errand.id);
		return document(200, { data: { type: 'c3_errand_reports', id: String(errand.id), attributes: shown } });
	}

	private dirtyList(): SimReply {
		const errands = [...this.dirtyErrands].sort((a, b) => a - b);
		return document(200, { data: { type: 'c3_dirty_errand_list', id: '0', attributes: { errands } } });
	}

	private markDirty(body: Document): SimReply {
		const errands = (body.data!.attributes as Record<string, unknown> | undefined)?.errands;
		if (!Array.isArray(errands) || errands.length === 0 || !errands.every((id) => Number.isInteger(id))) {
			return invalid('/data/attributes/errands', 'errands must be a non-empty array of errand IDs');
		}
		const unknown = errands.filter((id) => !this.errands.some((errand) => errand.id === id));
		if (unknown.length) return errors(404, { detail: `errand ${String(unknown[0])} not found` });
		for (const id of errands as number[]) this.dirtyErrands.add(id);
		return document(201, { data: { type: 'c3_dirty_errand_list', id: '0' } });
	}

	// ── Facebook ratings ───────────────────────────────────────────────────────

	private dirtyRatingList(): SimReply {
		const ids = [...this.dirtyRatings].sort((a, b) => a - b);
		return document(200, { data: ids.map((id) => ({ type: 'c3_dirty_facebook_ratings', id: String(id) })) });
	}

	private rating(id: string): SimReply {
		const rating = this.ratings.find((entry) => String(entry.ratingId) === id);
		if (!rating) return errors(404, { detail: `facebook rating ${id} not found` });
		const changed = this.dirtyRatings.delete(rating.ratingId as number);
		return document(200, {
			data: { type: 'c3_facebook_ratings', id, attributes: { c3_id: rating.ratingId, data: { ...rating, isChanged: changed } } },
		});
	}

	// ── Contact cards ──────────────────────────────────────────────────────────

	private contactCard(body: Document): SimReply {
		const contacts = (body.data!.attributes as Record<string, unknown> | undefined)?.contacts;
		if (!isObject(contacts)) return invalid('/data/attributes/contacts', 'contacts is required');
		const channels = ['email', 'facebook', 'vk', 'line', 'voice'];
		for (const key of Object.keys(contacts)) {
			if (key !== 'name' && !channels.includes(key)) return invalid(`/data/attributes/contacts/${key}`, `unsupported contact field ${key}`);
			if (key === 'name' && typeof contacts.name !== 'string') return invalid('/data/attributes/contacts/name', 'name must be a string');
			if (key !== 'name' && (!Array.isArray(contacts[key]) || !(contacts[key] as unknown[]).every(isText))) {
				return invalid(`/data/attributes/contacts/${key}`, `${key} must be an array of strings`);
			}
		}
		const addresses = channels.flatMap((channel) => ((contacts[channel] as string[]) ?? []).map((value) => [channel, value] as const));
		if (addresses.length === 0) return invalid('/data/attributes/contacts', 'at least one contact is required');
		const badPhone = ((contacts.voice as string[]) ?? []).find((number) => !/^\+\d+$/.test(number));
		if (badPhone) return invalid('/data/attributes/contacts/voice', `phone number ${badPhone} must start with a plus sign`);
		const existing = this.contactCards.find((card) =>
			addresses.some(([channel, value]) => ((card.contacts[channel] as string[] | undefined) ?? []).includes(value)),
		);
		const card = existing ?? { id: 15 + this.contactCards.length, contacts: {} };
		if (!existing) this.contactCards.push(card);
		if (typeof contacts.name === 'string' && contacts.name !== '') card.contacts.name = contacts.name;
		for (const [channel, value] of addresses) {
			const list = ((card.contacts[channel] as string[] | undefined) ?? []).slice();
			if (!list.includes(value)) list.push(value);
			card.contacts[channel] = list;
		}
		return document(existing ? 200 : 201, {
			data: { type: 'c3_contact_cards', id: String(card.id), attributes: { c3_id: card.id, contacts: card.contacts } },
		});
	}

	// ── Library ────────────────────────────────────────────────────────────────

	private dataUrl(request: SimRequest): boolean {
		return request.query.data_url === 'true';
	}

	private withIncluded(primary: Resource | Resource[], request: SimRequest, links?: string): SimReply {
		const list = Array.isArray(primary) ? primary : [primary];
		const included = this.store.included(list, this.dataUrl(request));
		return document(200, {
			data: primary,
			...(included.length ? { included } : {}),
			...(links ? { links: this.link(links) } : {}),
		});
	}

	private libraryList(request: SimRequest, external: boolean): SimReply {
		const libraries = this.store.libraries.filter((library) => !external || library.external);
		return this.withIncluded(libraries.map((library) => this.store.library(library, external)), request);
	}

	private libraryOne(request: SimRequest, external: boolean): SimReply {
		const library = this.store.libraries.find((entry) => String(entry.id) === request.params.id && (!external || entry.external));
		if (!library) return errors(404, { detail: `library ${request.params.id} not found` });
		return this.withIncluded(this.store.library(library, external), request);
	}

	private libraryQuestions(request: SimRequest): SimReply {
		const library = this.store.libraries.find((entry) => String(entry.id) === request.params.id);
		if (!library) return errors(404, { detail: `library ${request.params.id} not found` });
		const questions = this.store.questions.filter((question) => library.questions.includes(question.id));
		return this.withIncluded(questions.map((question) => this.store.question(question, this.dataUrl(request))), request);
	}

	private categoryList(request: SimRequest): SimReply {
		return this.withIncluded(this.store.categories.map((category) => this.store.category(category)), request);
	}

	private categoryOne(request: SimRequest): SimReply {
		const category = this.store.categories.find((entry) => String(entry.id) === request.params.id);
		if (!category) return errors(404, { detail: `category ${request.params.id} not found` });
		return this.withIncluded(this.store.category(category), request);
	}

	private questionList(request: SimRequest): SimReply {
		const phrase = request.query['q_filter[phrase]'];
		const option = request.query['q_filter[option]'] ?? 'all';
		const toplist = request.query['filter[toplist]'];
		if (!['all', 'question', 'answer'].includes(option)) {
			return errors(400, { detail: `q_filter[option] must be all, question or answer`, source: { parameter: 'q_filter[option]' } });
		}
		if (toplist !== undefined && toplist !== 'true' && toplist !== 'false') {
			return errors(400, { detail: 'filter[toplist] must be true or false', source: { parameter: 'filter[toplist]' } });
		}
		const needle = phrase?.toLowerCase();
		const questions = this.store.questions.filter((question) => {
			if (toplist === 'true' && !question.toplist) return false;
			if (!needle) return true;
			const inQuestion = `${question.subject} ${question.question}`.toLowerCase().includes(needle);
			const inAnswer = question.answer.toLowerCase().includes(needle);
			return option === 'question' ? inQuestion : option === 'answer' ? inAnswer : inQuestion || inAnswer;
		});
		return this.withIncluded(questions.map((question) => this.store.question(question, this.dataUrl(request))), request);
	}

	private questionOne(request: SimRequest): SimReply {
		const question = this.store.questions.find((entry) => String(entry.id) === request.params.id);
		if (!question) return errors(404, { detail: `library question ${request.params.id} not found` });
		return this.withIncluded(this.store.question(question, this.dataUrl(request)), request, `c3_library_questions/${question.id}`);
	}

	private questionFiles(request: SimRequest, relationship: 'attachments' | 'embedded_archives'): SimReply {
		const question = this.store.questions.find((entry) => String(entry.id) === request.params.id);
		if (!question) return errors(404, { detail: `library question ${request.params.id} not found` });
		const [type, ids, files] =
			relationship === 'attachments'
				? (['c3_library_attachments', question.attachments, this.store.attachments] as const)
				: (['c3_area_archives', question.embeddedArchives, this.store.archives] as const);
		const resources = ids
			.map((id) => files.find((file) => file.id === id))
			.filter((file): file is DemoFile => file !== undefined)
			.map((file) => this.store.file(type, file, true));
		return document(200, { data: resources });
	}

	private fileOne(request: SimRequest, type: 'c3_library_attachments' | 'c3_area_archives' | 'c3_response_attachments'): SimReply {
		const files = type === 'c3_library_attachments' ? this.store.attachments : type === 'c3_area_archives' ? this.store.archives : this.responseFiles;
		const file = files.find((entry) => String(entry.id) === request.params.id);
		if (!file) return errors(404, { detail: `${type.replace(/^c3_/, '').replace(/s$/, '')} ${request.params.id} not found` });
		const withContent = !(type === 'c3_library_attachments' && request.query.without_content === 'true');
		const resource = this.store.file(type, file, withContent);
		// Response attachments are answered without links, like the manual's sample.
		if (type === 'c3_response_attachments') delete resource.links;
		return document(200, { data: resource, ...(type === 'c3_response_attachments' ? {} : { links: this.link(`${type}/${file.id}`) }) });
	}

	// ── Export ─────────────────────────────────────────────────────────────────

	/**
	 * The manual's field tables: `relationships.export.data` is an "Array of Object" of
	 * `{type, id}` preset identifiers (its sample body is missing). One object is refused.
	 */
	private triggerExport(body: Document): SimReply {
		const attributes = (body.data!.attributes ?? {}) as Record<string, unknown>;
		const relationship = (body.data!.relationships as Record<string, { data?: unknown }> | undefined)?.export?.data;
		if (!Array.isArray(relationship) || relationship.length === 0) {
			return invalid('/data/relationships/export/data', 'export.data must be an array of c3_exports resource identifiers');
		}
		for (const [index, preset] of relationship.entries()) {
			if (!isObject(preset) || preset.type !== 'c3_exports' || !isText(preset.id)) {
				return invalid(`/data/relationships/export/data/${index}`, 'export must refer to a c3_exports preset by id');
			}
		}
		const presets = relationship as Array<{ type: string; id: string }>;
		const unknown = presets.find((preset) => !data.EXPORT_PRESETS[preset.id]);
		if (unknown) return errors(404, { detail: `export ${unknown.id} not found` });
		for (const field of ['errand_from_date', 'errand_to_date']) {
			const value = attributes[field];
			if (value !== undefined && (typeof value !== 'string' || !/^\d{4}\/\d{2}\/\d{2}$/.test(value))) {
				return invalid(`/data/attributes/${field}`, `${field} must look like 2019/01/01`);
			}
		}
		if (attributes.use_closure_date !== undefined && typeof attributes.use_closure_date !== 'boolean') {
			return invalid('/data/attributes/use_closure_date', 'use_closure_date must be a boolean');
		}
		const byClosure = attributes.use_closure_date === true;
		const from = attributes.errand_from_date as string | undefined;
		const to = attributes.errand_to_date as string | undefined;
		const content = presets.flatMap((preset) =>
			data.exportRows(preset.id).filter((row) => {
				const day = String(byClosure ? row.timestamp_closed : row.timestamp_arrived).slice(0, 10);
				return (!from || day >= from) && (!to || day <= to);
			}),
		);
		const id = this.nextId++;
		this.exportsRun.push({ presets: presets.map((preset) => preset.id), ...attributes });
		return document(201, {
			data: {
				type: 'c3_trigger_exports',
				id: String(id),
				attributes: { c3_id: id, use_closure_date: byClosure, errand_from_date: from ?? '', errand_to_date: to ?? '', content },
				relationships: { export: { data: presets.map((preset) => ({ type: 'c3_exports', id: preset.id })) } },
			},
		});
	}
}
