import type { INodeCredentialsDetails, INodeParameters } from 'n8n-workflow';

import { engine } from '../harness/engine';
import type { NodeSpec } from '../harness/engine';
import type { SimRequest } from '../simulators/base';
import type { UContactSimulator } from '../simulators/ucontact';

export const API = '/Integra/resources/';

export const USER = { username: 'integracion', password: 'n8n-Integra-2024' };

export const API_TOKEN = 'uc_pat_7f3c2a9e41d84b6f9a0e5d2c1b7a8f63';

/** A fresh stored uContact credential pointing at the simulator (no session token yet). */
export async function ucontactCredential(sim: UContactSimulator, data: Record<string, string> = {}): Promise<INodeCredentialsDetails> {
	return (await engine()).credentials.add('uContactApi', {
		baseUrl: sim.baseUrl,
		authentication: 'session',
		...USER,
		recordingsUrl: sim.baseUrl,
		backupRecordingsUrl: `${sim.baseUrl}/backup`,
		...data,
	});
}

export async function ucontactNode(sim: UContactSimulator, parameters: INodeParameters, extra: Partial<NodeSpec> = {}): Promise<NodeSpec> {
	return { type: 'uContact', parameters, credentials: { uContactApi: await ucontactCredential(sim) }, ...extra };
}

/** Requests to one Integra endpoint that the simulator accepted. */
export function calls(sim: UContactSimulator, endpoint: string): SimRequest[] {
	return sim.received(`${API}${endpoint}`).filter((request) => request.status === 200);
}

/** The form a request carried; checks it really was form-encoded with the session token. */
export function formOf(request: SimRequest): Record<string, string> {
	expect(String(request.headers['content-type'])).toMatch(/^application\/x-www-form-urlencoded/);
	expect(String(request.headers.authorization)).toMatch(/^Basic [A-Za-z0-9+/=]+$/);
	return Object.fromEntries(new URLSearchParams(request.rawBody.toString('utf8')));
}

/** A JSON-in-form field, parsed (it must be JSON text). */
export function jsonFieldOf(request: SimRequest, name: string): Record<string, unknown> {
	const value = formOf(request)[name];
	expect(typeof value).toBe('string');
	return JSON.parse(value) as Record<string, unknown>;
}
