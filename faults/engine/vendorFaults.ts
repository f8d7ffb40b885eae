import type { ICredentialDataDecryptedObject, IDataObject, INodeParameters } from 'n8n-workflow';

import type { Fault, Simulator } from '../../test/simulators/base';
import { CentionSimulator, signToken, ALL_CLAIMS } from '../../test/simulators/cention';
import { ComnicaSimulator } from '../../test/simulators/comnica';
import { users as comnicaUsers } from '../../test/simulators/comnica/data';
import { data as sinchData, SinchSimulator } from '../../test/simulators/sinch';
import { UContactSimulator } from '../../test/simulators/ucontact';
import { users as ucontactUsers } from '../../test/simulators/ucontact/data';
import type { Canaries } from '../shared/canary';

/**
 * One read operation per vendor, run over several items through the real n8n engine against
 * the vendor's simulator, with canary credentials. Each fault hits one item (or all of them)
 * through the simulator's fault injection; `expect` lists what the error must name: vendor,
 * endpoint, and the vendor's code, field, right or claim where the vendor gives one.
 */

export type FaultName =
	| 'session expired mid-run'
	| '400 bad request'
	| '403 forbidden'
	| '404 not found'
	| '500 server error'
	| 'no answer (timeout)'
	| 'slow answers beyond the timeout'
	| 'connection closed'
	| 'connection refused'
	| 'uContact 0 body'
	| 'uContact ERROR body';

export interface FaultCase {
	/** Injected into the simulator; hits the third request of the operation unless `times` says more. */
	fault?: Fault;
	/** Every item fails (the server is unreachable or always slow). */
	all?: boolean;
	/** Text the error's message or description must contain. */
	expect: string[];
}

export interface VendorProfile {
	vendor: string;
	/** Operation ID (as in the tests and the README) and what it does. */
	operation: string;
	type: string;
	credentialType: string;
	simulator: Simulator;
	parameters: INodeParameters;
	/** Input items; each asks for one thing and gets one output item. */
	inputs: IDataObject[];
	/** Canary credential data for a server at `baseUrl`. */
	credential(canaries: Canaries, baseUrl: string): ICredentialDataDecryptedObject;
	/** Session logins (vendors with an expirable session only). */
	session?: { expireAfter(requests: number): void; logins(): number; keyField: string; basicUser: string };
	faults: Partial<Record<FaultName, FaultCase>>;
}

/** The node's Timeout option in every run: timeouts are reached fast. */
export const TIMEOUT_MS = 800;
const LATE_MS = 2_000;

/** The vendor answers the operation's third request with this status and body. */
function answers(path: string, status: number, body: unknown, expect: string[]): FaultCase {
	return { fault: { path, status, body, after: 2 }, expect };
}

/** The faults every vendor gets, around its endpoint (`path` at the simulator). */
function commonFaults(path: string, endpointText: string, vendor: string): Partial<Record<FaultName, FaultCase>> {
	return {
		'500 server error': answers(path, 500, 'Internal Server Error', [vendor, endpointText, '500']),
		'no answer (timeout)': {
			fault: { path, delayMs: LATE_MS, drop: true, after: 2 },
			expect: [vendor, endpointText, 'in time', 'Timeout option'],
		},
		'slow answers beyond the timeout': {
			fault: { path, delayMs: LATE_MS, status: 200, body: {}, times: 1000 },
			all: true,
			expect: [vendor, endpointText, 'in time', 'Timeout option'],
		},
		'connection closed': {
			fault: { path, drop: true, after: 2 },
			expect: [vendor, endpointText, 'closed the connection'],
		},
		'connection refused': {
			all: true,
			expect: [vendor, endpointText, 'connection refused', 'Base URL'],
		},
	};
}

export function vendorProfiles(): VendorProfile[] {
	return [comnica(), ucontact(), cention(), sinch()];
}

function comnica(): VendorProfile {
	const path = '/integration/cc/record/load/v1';
	const simulator = new ComnicaSimulator();
	const user = 'faults.comnica';
	return {
		vendor: 'Comnica',
		operation: 'COM-06 record get',
		type: 'comnica',
		credentialType: 'comnicaApi',
		simulator,
		parameters: { resource: 'record', operation: 'get', recordId: '={{ $json.id }}' },
		inputs: [42, 14396, 42, 14396, 42, 14396].map((id) => ({ id })),
		credential: (canaries, baseUrl) => {
			const password = canaries.make('comnica-api-password');
			canaries.basic(user, 'comnica-api-password');
			if (!comnicaUsers.some((candidate) => candidate.username === user)) {
				comnicaUsers.push({ username: user, password, user_id: 78, name: 'Fault suite', permissions: ['login', 'integration'] });
			}
			return { baseUrl, username: user, password };
		},
		session: {
			expireAfter: (requests) => simulator.expireSessionsAfter(requests),
			logins: () => simulator.logins,
			keyField: 'sessionKey',
			basicUser: user,
		},
		faults: {
			'session expired mid-run': { expect: [] },
			'400 bad request': answers(
				path,
				400,
				{ payload: { errors: [{ code: 'INVALID_VALUE', field_name: 'id', parameters: { id: 14396 }, global: false }] } },
				['Comnica', path, 'INVALID_VALUE', 'field "id"'],
			),
			'403 forbidden': answers(path, 403, { detail: 'Permission denied', permission: 'integration' }, ['Comnica', path, '403', 'permission']),
			'404 not found': answers(path, 404, { detail: `Not found: POST ${path}` }, ['Comnica', path, '404']),
			...commonFaults(path, path, 'Comnica'),
		},
	};
}

function ucontact(): VendorProfile {
	const path = '/Integra/resources/Agents/HungupPhone';
	const endpoint = 'Agents/HungupPhone';
	const simulator = new UContactSimulator();
	const user = 'faults.ucontact';
	return {
		vendor: 'uContact',
		operation: 'UC-02 call hang up',
		type: 'uContact',
		credentialType: 'uContactApi',
		simulator,
		parameters: { resource: 'call', operation: 'hangUp', agentPhone: '={{ $json.phone }}' },
		inputs: ['1001', '1002', '1003', '1004', '1001', '1002'].map((phone) => ({ phone })),
		credential: (canaries, baseUrl) => {
			const password = canaries.make('ucontact-api-password');
			if (!ucontactUsers.some((candidate) => candidate.user === user)) {
				ucontactUsers.push({ user, password, fullName: 'Fault suite', profile: 'supervisor' });
			}
			return { baseUrl, authentication: 'session', username: user, password, recordingsUrl: baseUrl, backupRecordingsUrl: `${baseUrl}/backup` };
		},
		session: {
			expireAfter: (requests) => simulator.expireSessionsAfter(requests),
			logins: () => simulator.logins,
			keyField: 'sessionToken',
			basicUser: user,
		},
		faults: {
			'session expired mid-run': { expect: [] },
			'400 bad request': answers(path, 400, 'phone: unknown parameter value', ['uContact', endpoint, '400', 'phone: unknown parameter value', 'phone=']),
			'403 forbidden': answers(path, 403, 'Forbidden', ['uContact', endpoint, '403', 'rights']),
			'404 not found': answers(path, 404, 'Not Found', ['uContact', endpoint, '404', '/Integra/resources']),
			'uContact 0 body': answers(path, 200, '0', ['uContact', endpoint, 'answered 0', 'phone=']),
			'uContact ERROR body': answers(path, 200, 'ERROR', ['uContact', endpoint, 'answered ERROR', 'phone=']),
			...commonFaults(path, endpoint, 'uContact'),
		},
	};
}

function cention(): VendorProfile {
	const simulator = new CentionSimulator();
	const path = '^/s/demo/capi/json/c3_libraries/\\d+$';
	const endpoint = 'json/c3_libraries/';
	return {
		vendor: 'Cention',
		operation: 'CEN-11 library get',
		type: 'cention',
		credentialType: 'centionApi',
		simulator,
		parameters: { resource: 'library', operation: 'get', libraryId: '={{ $json.id }}' },
		inputs: ['3', '4', '7', '3', '4', '7'].map((id) => ({ id })),
		credential: (canaries, baseUrl) => {
			// The token is the secret; the simulator signs it, so it is registered as it comes.
			const token = signToken(canaries.make('cention-token-name'), ALL_CLAIMS);
			canaries.add('cention-token', token);
			return { baseUrl, workspace: 'demo', token };
		},
		faults: {
			'400 bad request': answers(
				path,
				400,
				{ errors: [{ status: '400', code: '1007', title: 'Bad Request', detail: 'include has an unknown relationship', source: { parameter: 'include' } }] },
				['Cention', endpoint, 'code 1007', 'field include'],
			),
			'403 forbidden': answers(
				path,
				403,
				{ errors: [{ status: '403', title: 'Forbidden', detail: 'token does not allow this resource' }] },
				['Cention', endpoint, '403', '"Access to library" claim', 'Access Tokens'],
			),
			'404 not found': answers(
				path,
				404,
				{ errors: [{ status: '404', title: 'Not Found', detail: 'library 4 not found' }] },
				['Cention', endpoint, '404', 'library 4 not found'],
			),
			...commonFaults(path, endpoint, 'Cention'),
		},
	};
}

function sinch(): VendorProfile {
	const simulator = new SinchSimulator();
	const ids = sinchData.ids;
	const path = '^/RI/cmi/contacts/[0-9A-F]{32}$';
	// Answers name `GET /contacts/{contactId}`, transport errors the URL: both start so.
	const endpoint = 'GET /contacts/';
	const user = 'faults.sinch';
	return {
		vendor: 'Sinch Contact Pro',
		operation: 'SCP-09 contact get',
		type: 'sinchContactPro',
		credentialType: 'sinchContactProApi',
		simulator,
		parameters: { resource: 'contact', operation: 'get', contactId: '={{ $json.id }}' },
		inputs: [ids.callHandled, ids.callRemarked, ids.chatHandled, ids.callHandled, ids.callRemarked, ids.chatHandled].map((id) => ({ id })),
		credential: (canaries, baseUrl) => {
			const password = canaries.make('sinch-api-password');
			canaries.basic(user, 'sinch-api-password');
			if (!sinchData.users.some((candidate) => candidate.user === user)) {
				sinchData.users.push({ user, password, name: 'Fault suite', rights: [...sinchData.users[0].rights] });
			}
			return { baseUrl, username: user, password, apiKey: canaries.make('sinch-api-key'), headerName: 'x-api-key' };
		},
		faults: {
			'400 bad request': answers(path, 400, 'Invalid contact id format', ['Sinch Contact Pro', endpoint, 'Invalid contact id format']),
			'403 forbidden': answers(path, 403, 'Forbidden', ['Sinch Contact Pro', endpoint, '403', 'Queue/user/campaign/IVR: Statistics details']),
			'404 not found': answers(path, 404, 'Not Found', ['Sinch Contact Pro', endpoint, '404', 'no contact with ID']),
			...commonFaults(path, endpoint, 'Sinch Contact Pro'),
		},
	};
}
