import type { INodeCredentialsDetails, INodeParameters } from 'n8n-workflow';

import { engine } from '../harness/engine';
import type { NodeSpec } from '../harness/engine';
import type { CentionSimulator } from '../simulators/cention';
import { TOKENS } from '../simulators/cention';

/** A stored Cention credential pointing at the simulator's workspace. */
export async function centionCredential(sim: CentionSimulator, token: string = TOKENS.full): Promise<INodeCredentialsDetails> {
	return (await engine()).credentials.add('centionApi', { baseUrl: sim.baseUrl, workspace: sim.workspace, token });
}

export async function centionNode(
	sim: CentionSimulator,
	parameters: INodeParameters,
	extra: Partial<NodeSpec> & { token?: string } = {},
): Promise<NodeSpec> {
	const { token, ...rest } = extra;
	return { type: 'cention', parameters, credentials: { centionApi: await centionCredential(sim, token) }, ...rest };
}

/** The JSON:API document a request carried, after checking its media types. */
export function documentOf(request: { rawBody: Buffer; headers: Record<string, string | string[] | undefined> }): {
	data: { type: string; id?: string; attributes: Record<string, unknown>; relationships?: Record<string, unknown> };
} {
	expect(request.headers['content-type']).toBe('application/vnd.api+json');
	expect(request.headers.accept).toBe('application/vnd.api+json');
	return JSON.parse(request.rawBody.toString('utf8'));
}

/** Checks every request of a run carried the Bearer token and the JSON:API Accept header. */
export function expectJsonApiGet(request: { bearer?: string; headers: Record<string, string | string[] | undefined>; method: string }, token = TOKENS.full): void {
	expect(request.method).toBe('GET');
	expect(request.bearer).toBe(token);
	expect(request.headers.accept).toBe('application/vnd.api+json');
}
