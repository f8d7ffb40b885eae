import type { IDataObject, INodeExecutionData, INodeParameters } from 'n8n-workflow';

import { engine } from '../harness/engine';
import type { Engine, RunResult } from '../harness/engine';
import { SinchSimulator } from '../simulators/sinch';
import { data } from '../simulators/sinch';

export { data };

export interface Harness {
	sim: SinchSimulator;
	e: Engine;
	/** Runs the node as the given demo user (default: the integration user with every right). */
	run(parameters: INodeParameters, options?: { user?: string; input?: INodeExecutionData[]; continueOnFail?: boolean }): Promise<RunResult>;
	credential(user?: string, extra?: IDataObject): { id: string; name: string };
}

/** One simulator and engine per test file; the simulator's demo data is restored before each test. */
export function useSinch(): Harness {
	const sim = new SinchSimulator();
	const harness = { sim } as Harness;
	beforeAll(async () => {
		await sim.start();
		harness.e = await engine();
	});
	afterAll(async () => await sim.stop());
	beforeEach(() => sim.reset());
	harness.credential = (user = 'integration', extra = {}) => {
		const demo = data.users.find((candidate) => candidate.user === user)!;
		const details = harness.e.credentials.add('sinchContactProApi', {
			baseUrl: sim.baseUrl,
			username: demo.user,
			password: demo.password,
			...extra,
		});
		return { id: details.id!, name: details.name };
	};
	harness.run = async (parameters, options = {}) =>
		await harness.e.run(
			{
				type: 'sinchContactPro',
				parameters,
				credentials: { sinchContactProApi: harness.credential(options.user) },
				continueOnFail: options.continueOnFail,
			},
			options.input ?? [{ json: {} }],
		);
	return harness;
}

/** The JSON body a request carried. */
export function bodyOf(request: { rawBody: Buffer }): unknown {
	return JSON.parse(request.rawBody.toString('utf8'));
}

export function basicUser(request: { basic?: { user: string } }): string | undefined {
	return request.basic?.user;
}
