import type { Simulator } from '../simulators/base';
import { WebhookHarness } from './webhooks';
import { engine } from './engine';

/** Starts a simulator for the test file, restores its demo data before each test. */
export function useSimulator<T extends Simulator>(simulator: T): T {
	beforeAll(async () => {
		await simulator.start();
	});
	beforeEach(() => simulator.reset());
	afterAll(async () => {
		await simulator.stop();
	});
	return simulator;
}

/** A webhook server for the test file; publish triggers on it. */
export function useWebhooks(): { current: WebhookHarness } {
	const holder = {} as { current: WebhookHarness };
	beforeAll(async () => {
		holder.current = new WebhookHarness(await engine());
		await holder.current.start();
	});
	afterAll(async () => {
		await holder.current.stop();
	});
	return holder;
}

/** The JSON body a simulator received, parsed. */
export function jsonBody(request: { rawBody: Buffer }): Record<string, unknown> {
	return JSON.parse(request.rawBody.toString('utf8')) as Record<string, unknown>;
}
