import type { INodeCredentialsDetails, INodeParameters } from 'n8n-workflow';

import { engine } from '../harness/engine';
import type { NodeSpec } from '../harness/engine';
import type { SimRequest } from '../simulators/base';
import { ComnicaSimulator } from '../simulators/comnica';

export const API_USER = { username: 'api.user', password: 'comnica-secret' };

/** A stored Comnica credential pointing at the simulator (a fresh one: no session key yet). */
export async function comnicaCredential(sim: ComnicaSimulator, data: Record<string, string> = {}): Promise<INodeCredentialsDetails> {
	return (await engine()).credentials.add('comnicaApi', { baseUrl: sim.baseUrl, ...API_USER, ...data });
}

export async function comnicaNode(
	sim: ComnicaSimulator,
	parameters: INodeParameters,
	extra: Partial<NodeSpec> = {},
): Promise<NodeSpec> {
	return { type: 'comnica', parameters, credentials: { comnicaApi: await comnicaCredential(sim) }, ...extra };
}

/** The payload inside the envelope a request carried. */
export function payloadOf(request: { rawBody: Buffer }): Record<string, unknown> {
	const body = JSON.parse(request.rawBody.toString('utf8')) as { rq_sent: string; payload: Record<string, unknown> };
	expect(body.rq_sent).toMatch(/^\d{4}-\d\d-\d\d \d\d:\d\d:\d\d\.\d{3}\+0000$/);
	return body.payload;
}

/**
 * The requests one endpoint accepted, after checking every request it received as the manual
 * requires: the method, JSON for POSTs, and Basic auth with the username and a session key that
 * /new_session handed out. (A key that expired gets a 401 and the request is repeated once.)
 */
export function requestsTo(sim: ComnicaSimulator, path: string, method = 'POST'): SimRequest[] {
	const requests = sim.received(path);
	for (const request of requests) {
		expect(request.method).toBe(method);
		if (method === 'POST') expect(request.headers['content-type']).toMatch(/^application\/json/);
		expect(request.basic?.user).toBe(API_USER.username);
		expect(sim.issuedKeys).toContain(request.basic?.password);
	}
	const accepted = requests.filter((request) => request.status !== 401);
	expect(accepted.length).toBeGreaterThan(0);
	return accepted;
}
