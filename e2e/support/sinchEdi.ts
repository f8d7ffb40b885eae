import { SINCH_EDI_API_KEY, SINCH_EDI_BASIC_AUTH } from '../../scripts/lib/demoCredentials';
import type { EdiIntegration, EdiResult, EdiSendCommand, EdiSentRequest } from '../../test/simulators/sinch/edi';
import { simulator } from './simulatorControl';

/** Every setting of an integration, unset ones as null (back to their defaults), so nothing of an earlier one is left. */
const BLANK: Record<keyof EdiIntegration, null> = {
	endpointUrl: null,
	direction: null,
	events: null,
	basic: null,
	authentications: null,
	configuration: null,
};

/**
 * The Event-Driven Integration of the demo Sinch Contact Pro (test/simulators/sinch/edi.ts),
 * driven the way System Configurator sets it up: an integration pointing at an n8n URL (with the
 * demo credential's Basic auth and api-key unless told otherwise), then a conversation event.
 * Contact Pro itself calls n8n.
 */
export function edi() {
	const sinch = simulator('sinch');
	const control = async (path: string, body?: unknown): Promise<unknown> => {
		const response = await fetch(`${sinch.url}/__sim/edi/${path}`, {
			method: body === undefined ? 'GET' : 'POST',
			headers: { 'Content-Type': 'application/json' },
			// A setting given as undefined (e.g. `basic: undefined`: no Basic auth) is sent as null, which clears it.
			body: body === undefined ? undefined : JSON.stringify(body, (_key, value: unknown) => (value === undefined ? null : value)),
		});
		if (!response.ok) throw new Error(`Sinch simulator /__sim/edi/${path} answered ${response.status}: ${await response.text()}`);
		return await response.json();
	};
	return {
		/** Sets the integration up for `endpointUrl`, raises the event and reports what n8n answered. */
		async send(integration: Partial<EdiIntegration>, command: EdiSendCommand): Promise<EdiResult> {
			await control('integration', {
				...BLANK,
				basic: SINCH_EDI_BASIC_AUTH,
				authentications: { 'api-key': SINCH_EDI_API_KEY },
				...integration,
			});
			return (await control('send', command)) as EdiResult;
		},
		/** What the integration has sent since the simulators started. */
		async sent(): Promise<EdiSentRequest[]> {
			return (await control('sent')) as EdiSentRequest[];
		},
	};
}
