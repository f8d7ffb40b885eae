import { randomBytes } from 'node:crypto';

import { contentType, file, json, Simulator, text } from '../base';
import type { SimReply, SimRequest } from '../base';
import { SessionStore } from '../sessions';
import * as data from './data';
import type { ComnicaError, ListQuery } from './listQuery';
import { fieldError, inDateFilter, inNumberFilter, inTimeFilter, page, RECORD_COLUMNS, validateListQuery } from './listQuery';

type Payload = Record<string, unknown>;

/** The detailed worklog's columns (manual: "Further columns and filters"). */
const WORKLOG_COLUMNS = ['user_name', 'description', 'counts_as_work', 'status_begin', 'status_end', 'duration', 'project_name', 'queue_name'];

const permissionFor: Array<[string, string]> = [
	['/integration/', 'integration'],
	['/stat/', 'statistics'],
	['/recording/', 'recordings'],
	['/video/', 'video'],
];

/**
 * Comnica Contact Center as its manual describes it: POST + JSON envelope, a session key from
 * /new_session used as the Basic password, 401 as plain text, 400 with errors[], 403 and 404
 * as JSON without the envelope.
 */
export class ComnicaSimulator extends Simulator {
	private readonly sessions = new SessionStore<data.DemoUser>();

	records: data.StoredRecord[] = [];

	private nextRecordId = 100000;

	// Manual: 404 for an endpoint that does not exist, including a wrong method.
	protected notFoundBeforeAuth = true;

	constructor() {
		super('comnica');
		this.reset();
		this.route('POST', '/new_session', (request) => this.login(request));
		this.route('POST', '/search/filterdata', (request) => this.filterData(request.body as Payload));
		this.route('POST', '/stat/worklog_detailed/list', (request) => this.worklog(request.body as Payload, false));
		this.route('POST', '/stat/worklog_detailed/export', (request) => this.worklog(request.body as Payload, true));
		this.route('POST', '/stat/worklog_by_users/list', (request) => this.worklogByUsers(request.body as Payload, false));
		this.route('POST', '/stat/worklog_by_users/export', (request) => this.worklogByUsers(request.body as Payload, true));
		this.route('POST', '/integration/cc/record/load/v1', (request) => this.loadRecord(request.body as Payload));
		this.route('POST', '/integration/cc/record/save/v1', (request) => this.saveRecord(request.body as Payload));
		this.route('POST', '/integration/cc/record/update/v1', (request) => this.updateRecord(request.body as Payload));
		this.route('POST', '/integration/cc/record/bulk_modify/v1', (request) => this.bulkModify(request.body as Payload));
		this.route('POST', '/integration/cc/record/list/v1', (request) => this.listRecords(request.body as Payload));
		this.route('POST', '/integration/cc/project/fields/list/v1', (request) => this.projectFields(request.body as Payload));
		this.route('GET', '/recording/:callid/download', (request) => this.recording(request.params.callid));
		this.route('POST', '/video/project/column/list', (request) => this.videoColumns(request.body as Payload));
		this.route('POST', '/video/projectdata/create', (request) => this.createVideoRecord(request.body as Payload));
	}

	reset(): void {
		super.reset();
		this.sessions.reset();
		this.records = data.demoRecords();
		this.nextRecordId = 100000;
	}

	/** Every session key /new_session handed out since the start, oldest first. */
	get issuedKeys(): string[] {
		return this.sessions.issued;
	}

	/** Every session key stops working now (Comnica: 4 h without a call). */
	expireSessions(): void {
		this.sessions.expire();
	}

	/** Lets `count` more authenticated calls through, then expires every session. */
	expireSessionsAfter(count: number): void {
		this.sessions.expireAfter(count);
	}

	get logins(): number {
		return this.received('/new_session').length;
	}

	protected controlExtra(request: SimRequest): SimReply | undefined {
		return this.sessions.control(request);
	}

	protected notFound(request: SimRequest): SimReply {
		return json(404, { detail: `Not found: ${request.method} ${request.path}` });
	}

	protected before(request: SimRequest): SimReply | undefined {
		return this.authorize(request) ?? (request.method === 'POST' ? this.readEnvelope(request) : undefined);
	}

	/** /new_session takes the user's password, every other call the session key (manual: "Signing in"). */
	private authorize(request: SimRequest): SimReply | undefined {
		const denied = text(401, 'Authorization required');
		if (request.path === '/new_session') {
			const user = data.users.find((candidate) => candidate.username === request.basic?.user);
			return user && user.password === request.basic?.password ? undefined : denied;
		}
		const user = this.sessions.userOf(request.basic?.password);
		if (!user || user.username !== request.basic?.user) return denied;
		const needed = permissionFor.find(([prefix]) => request.path.startsWith(prefix))?.[1];
		if (needed && !user.permissions.includes(needed)) return json(403, { detail: 'Permission denied', permission: needed });
		this.sessions.counted();
		return undefined;
	}

	/** The `{rq_sent, payload}` envelope; its payload becomes the request's body. */
	private readEnvelope(request: SimRequest): SimReply | undefined {
		if (contentType(request) !== 'application/json') {
			return this.fail([{ code: 'BAD_DATA', parameters: { 'content-type': contentType(request) }, field_name: null, global: true }]);
		}
		let envelope: { rq_sent?: unknown; payload?: unknown };
		try {
			envelope = JSON.parse(request.rawBody.toString('utf8'));
		} catch {
			return this.fail([{ code: 'BAD_DATA', parameters: { reason: 'invalid JSON' }, field_name: null, global: true }]);
		}
		const errors: ComnicaError[] = [];
		if (typeof envelope?.rq_sent !== 'string' || !/^\d{4}-\d\d-\d\d \d\d:\d\d:\d\d/.test(envelope.rq_sent)) {
			errors.push(fieldError('BAD_DATA', 'rq_sent'));
		}
		if (envelope?.payload === null || typeof envelope?.payload !== 'object' || Array.isArray(envelope.payload)) {
			errors.push(fieldError('REQUIRED', 'payload'));
		}
		if (errors.length) return this.fail(errors);
		request.body = envelope.payload;
		return undefined;
	}

	private ok(payload: unknown): SimReply {
		const now = new Date().toISOString().replace('T', ' ').replace('Z', '+0000');
		return json(200, { rq_rcvd: now, res_sent: now, payload });
	}

	private fail(errors: ComnicaError[]): SimReply {
		const now = new Date().toISOString().replace('T', ' ').replace('Z', '+0000');
		return json(400, { rq_rcvd: now, res_sent: now, payload: { errors } });
	}

	private login(request: SimRequest): SimReply {
		const user = data.users.find((candidate) => candidate.username === request.basic!.user)!;
		const sessionKey = randomBytes(16).toString('hex');
		this.sessions.issue(sessionKey, user);
		return this.ok({
			user_id: user.user_id,
			permissions: user.permissions,
			session_key: sessionKey,
			is_support: false,
			name: user.name,
			is_admin: false,
			username: user.username,
		});
	}

	private filterData(payload: Payload): SimReply {
		const result: Record<string, unknown> = {};
		const errors: ComnicaError[] = [];
		for (const [key, options] of Object.entries(payload)) {
			const list = this.filterList(key, (options ?? {}) as Payload);
			if (typeof list === 'string') errors.push(fieldError(list, list === 'REQUIRED' ? `${key}.project_id` : key));
			else result[key] = list;
		}
		return errors.length ? this.fail(errors) : this.ok(result);
	}

	private filterList(key: string, options: Payload): Array<{ id: number; name: string }> | string {
		const all = options.all === true;
		const projectId = options.project_id as number | undefined;
		const pick = (list: data.Named[], filter: (entry: data.Named) => boolean = () => true) =>
			list
				.filter((entry) => (all || entry.active !== false) && filter(entry))
				.filter((entry) => projectId === undefined || !entry.project_ids || entry.project_ids.includes(projectId))
				.map(({ id, name }) => ({ id, name }));
		switch (key) {
			case 'operatorstates':
				return pick(data.operatorstates);
			case 'projects': {
				const types = options.type as string[] | undefined;
				return pick(data.projects, (project) => !types || types.includes(project.type!));
			}
			case 'video_projects':
				return pick(data.videoProjects);
			case 'users':
				return pick(data.userList);
			case 'usernames':
				return pick(data.usernames);
			case 'emails':
				return pick(data.emails);
			case 'queues':
				return pick(data.queues);
			case 'termination_categories':
				return pick(data.terminationCategories);
			case 'terminations': {
				const category = options.termination_category_id as number | undefined;
				return pick(
					data.terminations,
					(entry) => (category === undefined || entry.category_id === category) && !(options.hide_redial === true && entry.name === 'REDIAL'),
				);
			}
			case 'scripts':
				if (projectId === undefined) return 'REQUIRED';
				return pick(data.scripts);
			case 'projectdata_column':
				if (projectId === undefined) return 'REQUIRED';
				return (data.projectFields[projectId] ?? []).map(({ id, name }) => ({ id, name }));
			default:
				if (key in data.simpleLists) return pick(data.simpleLists[key]);
				return 'UNKNOWN_KEY';
		}
	}

	private worklog(payload: Payload, isExport: boolean): SimReply {
		const errors = validateListQuery(payload, isExport, WORKLOG_COLUMNS);
		const filters = (payload.filters as Array<Record<string, unknown>>) ?? [];
		const interval = filters.find((filter) => filter.name === 'interval');
		if (!interval) errors.push(fieldError('REQUIRED', 'interval'));
		else if (interval.type !== 'datetime') errors.push(fieldError('BAD_DATA', 'interval', { type: interval.type }));
		if (errors.length) return this.fail(errors);
		const userNames = new Map(data.userList.map((user) => [user.id, user.name]));
		const stateNames = new Map(data.operatorstates.map((state) => [state.id, state.name]));
		const projectNames = new Map(data.projects.map((project) => [project.id, project.name]));
		const queueNames = new Map(data.queues.map((queue) => [queue.id, queue.name]));
		const rows = data.demoWorklog().filter((row) =>
			filters.every((filter) => {
				const condition = filter.condition as never;
				switch (filter.name) {
					case 'interval':
						return inDateFilter(row.status_begin, condition);
					case 'user_name':
						return (condition as number[]).some((id) => userNames.get(id) === row.user_name);
					case 'description':
						return (condition as number[]).some((id) => stateNames.get(id) === row.description);
					case 'project_name':
						return (condition as number[]).some((id) => projectNames.get(id) === row.project_name);
					case 'queue_name':
						return (condition as number[]).some((id) => queueNames.get(id) === row.queue_name);
					case 'counts_as_work':
						return row.counts_as_work === condition;
					case 'duration':
						return inNumberFilter(row.duration, filter);
					default:
						return true;
				}
			}),
		);
		return this.listOrExport(rows, payload as unknown as ListQuery, isExport, 'worklog_detailed');
	}

	private worklogByUsers(payload: Payload, isExport: boolean): SimReply {
		const states = data.operatorstates.map((state) => state.name);
		const errors = validateListQuery(payload, isExport, ['user', 'sum_all', 'sum_counts_as_work', ...states]);
		const filters = (payload.filters as Array<Record<string, unknown>>) ?? [];
		if (!filters.some((filter) => filter.name === 'interval' && filter.type === 'datetime')) {
			errors.push(fieldError('REQUIRED', 'interval'));
		}
		if (errors.length) return this.fail(errors);
		return this.listOrExport(data.demoWorklogByUsers(), payload as unknown as ListQuery, isExport, 'worklog_by_users');
	}

	private listOrExport(rows: Array<Record<string, unknown>>, query: ListQuery, isExport: boolean, name: string): SimReply {
		const result = page(rows, query, isExport ? undefined : 50);
		if (!isExport) return this.ok(result);
		const columns = query.columns.map((column) => column.name);
		const lines = [columns.join(';'), ...result.data.map((row) => columns.map((column) => String(row[column] ?? '')).join(';'))];
		if ((query as unknown as Payload).download === 'xls') {
			const cells = lines.map((line) => `<tr>${line.split(';').map((cell) => `<td>${cell}</td>`).join('')}</tr>`).join('');
			return file(Buffer.from(`<table>${cells}</table>`, 'utf8'), 'application/vnd.ms-excel', `${name}.xls`);
		}
		return file(Buffer.from(`\ufeff${lines.join('\r\n')}\r\n`, 'utf8'), 'text/csv; charset=utf-8', `${name}.csv`);
	}

	private findRecord(id: unknown): data.StoredRecord | undefined {
		return this.records.find((record) => record.id === id);
	}

	private loadRecord(payload: Payload): SimReply {
		if (!Number.isInteger(payload.id)) return this.fail([fieldError('REQUIRED', 'id')]);
		const record = this.findRecord(payload.id);
		if (!record) return this.fail([fieldError('NOT_FOUND', 'id', { id: payload.id })]);
		const { comments, contacts, custom_data, system_columns } = record;
		return this.ok({ comments, contacts, custom_data, system_columns });
	}

	private validateCustomData(projectId: number, customData: unknown): ComnicaError[] {
		if (customData === undefined) return [];
		if (customData === null || typeof customData !== 'object') return [fieldError('BAD_DATA', 'custom_data')];
		const fields = data.projectFields[projectId] ?? [];
		const errors: ComnicaError[] = [];
		for (const [name, value] of Object.entries(customData)) {
			const field = fields.find((candidate) => candidate.name === name);
			if (!field) errors.push(fieldError('UNKNOWN_FIELD', name, { project_id: projectId }));
			else if (field.type === 'choice' && !Array.isArray(value)) errors.push(fieldError('BAD_DATA', name, { reason: 'choice values are arrays' }));
			else if (field.datatype === 'number' && typeof value !== 'number') errors.push(fieldError('BAD_DATA', name, { datatype: 'number' }));
		}
		return errors;
	}

	private saveRecord(payload: Payload): SimReply {
		const system = (payload.system_columns ?? {}) as Payload;
		const projectId = system.project_id as number;
		if (!Number.isInteger(projectId)) return this.fail([fieldError('REQUIRED', 'project_id')]);
		if (!data.projects.some((project) => project.id === projectId)) {
			return this.fail([fieldError('NOT_FOUND', 'project_id', { project_id: projectId })]);
		}
		const errors = this.validateCustomData(projectId, payload.custom_data);
		const contacts = (payload.contacts ?? []) as Array<Payload>;
		if (!Array.isArray(contacts)) errors.push(fieldError('BAD_DATA', 'contacts'));
		contacts.forEach((contact, index) => {
			if (typeof contact.contact !== 'string' || contact.contact === '') errors.push(fieldError('REQUIRED', `contacts.${index}.contact`));
			if (contact.priority !== undefined && !(Number(contact.priority) >= 1 && Number(contact.priority) <= 9)) {
				errors.push(fieldError('BAD_DATA', `contacts.${index}.priority`, { minimum: 1, maximum: 9 }));
			}
		});
		const check = ((payload.options ?? {}) as Payload).check_duplicates;
		if (check !== undefined && check !== 'basic' && check !== 'strict') errors.push(fieldError('BAD_DATA', 'options.check_duplicates'));
		if (errors.length) return this.fail(errors);
		const phones = contacts.map((contact) => contact.contact as string);
		if (check) {
			const duplicate = this.records.find(
				(record) =>
					(check === 'strict' || record.system_columns.project_id === projectId) &&
					record.contacts.some((contact) => phones.includes(contact.contact)),
			);
			if (duplicate) return this.fail([fieldError('DUPLICATE', 'contacts', { record_id: duplicate.id, check_duplicates: check })]);
		}
		const id = this.nextRecordId++;
		this.records.push({
			id,
			comments: ((payload.comments ?? []) as Array<Payload>).map((comment, index) => ({
				id: id * 10 + index,
				comment: String(comment.comment),
				created_at: String(comment.created_at ?? ''),
				user_id: 0,
			})),
			contacts: contacts.map((contact, index) => ({
				id: id * 10 + index,
				active: contact.active !== false,
				contact: contact.contact as string,
				name: String(contact.name ?? ''),
				priority: Number(contact.priority ?? index + 1),
				type: String(contact.type ?? 'phone'),
			})),
			custom_data: (payload.custom_data ?? {}) as Payload,
			system_columns: { ...system, id, is_redial: false, termination_id: null, tries_since_last_contact: null },
			upload: new Date().toISOString().replace('T', ' ').replace('Z', '+00'),
			terminated: false,
		});
		return this.ok({ id });
	}

	private updateRecord(payload: Payload): SimReply {
		const record = this.findRecord(payload.id);
		if (!Number.isInteger(payload.id)) return this.fail([fieldError('REQUIRED', 'id')]);
		if (!record) return this.fail([fieldError('NOT_FOUND', 'id', { id: payload.id })]);
		const errors = this.validateCustomData(record.system_columns.project_id as number, payload.custom_data);
		const system = (payload.system_columns ?? {}) as Payload;
		if (system.termination_id !== undefined && system.termination_id !== null && !data.terminations.some((t) => t.id === system.termination_id)) {
			errors.push(fieldError('NOT_FOUND', 'termination_id', { termination_id: system.termination_id }));
		}
		if (errors.length) return this.fail(errors);
		Object.assign(record.custom_data, payload.custom_data ?? {});
		Object.assign(record.system_columns, system);
		if (system.termination_id) record.terminated = true;
		return this.ok({ id: record.id });
	}

	private recordRow(record: data.StoredRecord): Record<string, unknown> {
		const termination = data.terminations.find((entry) => entry.id === record.system_columns.termination_id);
		return {
			...record.custom_data,
			id: record.id,
			record_id: record.id,
			upload: record.upload,
			terminated: record.terminated,
			terminating_code: termination?.name,
			phone: record.contacts[0]?.contact,
			phone_comment: '',
			next_call: record.system_columns.next_call,
			is_redial: record.system_columns.is_redial,
			manual_redial: record.system_columns.manual_redial,
			callback_to_user: record.system_columns.callback_to_user_id,
			last_comment: record.comments.at(-1)?.comment ?? '',
		};
	}

	/** What filters compare: the row's values, with IDs where a filter takes IDs (filterdata). */
	private filterValues(record: data.StoredRecord): Record<string, unknown> {
		const termination = data.terminations.find((entry) => entry.id === record.system_columns.termination_id);
		return {
			...this.recordRow(record),
			project: record.system_columns.project_id,
			terminating_code: record.system_columns.termination_id,
			termination_category: termination?.category_id,
		};
	}

	private matchingRecords(payload: Payload): { errors: ComnicaError[]; records: data.StoredRecord[] } {
		const filters = (payload.filters as Array<Record<string, unknown>>) ?? [];
		const project = filters.find((filter) => filter.name === 'project');
		if (!project || project.type !== 'select') return { errors: [fieldError('REQUIRED', 'project')], records: [] };
		const records = this.records.filter((record) => {
			const values = this.filterValues(record);
			return filters.every((filter) => {
				const value = values[filter.name as string];
				const condition = filter.condition as never;
				switch (filter.type) {
					case 'boolean':
					case 'select':
						return value === condition;
					case 'string':
						return String(value ?? '').includes(condition as string);
					case 'multiselect':
						return (condition as unknown[]).includes(value);
					case 'integer':
					case 'number':
						return inNumberFilter(value, filter);
					case 'time':
						return inTimeFilter(value, condition);
					default:
						return inDateFilter(value, condition);
				}
			});
		});
		return { errors: [], records };
	}

	private listRecords(payload: Payload): SimReply {
		const project = ((payload.filters as Payload[] | undefined) ?? []).find((filter) => filter.name === 'project')?.condition as number;
		const fields = (data.projectFields[project] ?? []).map((field) => field.name);
		const errors = validateListQuery(payload, false, [...RECORD_COLUMNS, ...fields]);
		const matched = this.matchingRecords(payload);
		errors.push(...matched.errors);
		if (errors.length) return this.fail(errors);
		return this.ok(page(matched.records.map((record) => this.recordRow(record)), payload as unknown as ListQuery, 50));
	}

	private bulkModify(payload: Payload): SimReply {
		const errors = validateListQuery({ columns: [], ...payload });
		const matched = this.matchingRecords(payload);
		errors.push(...matched.errors);
		const params = (payload.params ?? {}) as Payload;
		switch (payload.action) {
			case 'change_termination':
				if (!Number.isInteger(params.condition)) errors.push(fieldError('REQUIRED', 'params.condition'));
				break;
			case 'change_data':
				if (typeof params.field !== 'string') errors.push(fieldError('REQUIRED', 'params.field'));
				if (!('value' in params)) errors.push(fieldError('REQUIRED', 'params.value'));
				break;
			case 'change_callback': {
				const needs: Record<string, string[]> = {
					change_to_manual_callback: ['user_id', 'next_call'],
					change_to_auto_callback: ['next_call'],
					change_callback_user: ['user_id'],
					remove_callback: [],
				};
				const required = needs[payload.subaction as string];
				if (!required) errors.push(fieldError('BAD_DATA', 'subaction', { subaction: payload.subaction }));
				else for (const key of required) if (params[key] === undefined) errors.push(fieldError('REQUIRED', `params.${key}`));
				break;
			}
			default:
				errors.push(fieldError('BAD_DATA', 'action', { action: payload.action }));
		}
		if (errors.length) return this.fail(errors);
		if (payload.dry_run !== true) {
			for (const record of matched.records) {
				if (payload.action === 'change_termination') {
					record.system_columns.termination_id = params.condition;
					record.terminated = true;
				}
				if (payload.action === 'change_data') record.custom_data[params.field as string] = params.value;
				if (payload.action === 'change_callback') {
					const remove = payload.subaction === 'remove_callback';
					record.system_columns.next_call = remove ? null : params.next_call ?? record.system_columns.next_call;
					record.system_columns.callback_to_user_id = remove ? null : params.user_id ?? record.system_columns.callback_to_user_id;
					record.system_columns.is_redial = !remove;
					record.system_columns.manual_redial = payload.subaction === 'change_to_manual_callback';
				}
			}
		}
		return this.ok({ count: matched.records.length });
	}

	private projectFields(payload: Payload): SimReply {
		if (!Number.isInteger(payload.project_id)) return this.fail([fieldError('REQUIRED', 'project_id')]);
		if (!data.projects.some((project) => project.id === payload.project_id)) {
			return this.fail([fieldError('NOT_FOUND', 'project_id', { project_id: payload.project_id })]);
		}
		return this.ok(data.projectFields[payload.project_id as number] ?? []);
	}

	private recording(callId: string): SimReply {
		if (!/^\d+$/.test(callId)) return json(404, { detail: `No recording for call ${callId}` });
		return file(data.demoRecording(callId), 'audio/mpeg', `${callId}.mp3`);
	}

	private videoColumns(payload: Payload): SimReply {
		const columns = data.videoColumns[payload.project_id as number];
		if (!Number.isInteger(payload.project_id)) return this.fail([fieldError('REQUIRED', 'project_id')]);
		if (!columns) return this.fail([fieldError('NOT_FOUND', 'project_id', { project_id: payload.project_id })]);
		return this.ok(columns);
	}

	private createVideoRecord(payload: Payload): SimReply {
		const columns = data.videoColumns[payload.video_project_id as number];
		if (!columns) return this.fail([fieldError('NOT_FOUND', 'video_project_id', { video_project_id: payload.video_project_id })]);
		const values = (payload.data ?? {}) as Payload;
		const errors = columns
			.filter((column) => column.mandatory_at_input && !column.output_only)
			.filter((column) => values[column.name] === undefined || values[column.name] === '')
			.map((column) => fieldError('REQUIRED', column.name));
		for (const name of Object.keys(values)) {
			if (!columns.some((column) => column.name === name)) errors.push(fieldError('UNKNOWN_FIELD', name));
		}
		if (errors.length) return this.fail(errors);
		const id = this.nextRecordId++;
		return this.ok({ url: `${this.baseUrl}/video/join/${randomBytes(6).toString('hex')}`, video_projectdata_id: id });
	}
}
