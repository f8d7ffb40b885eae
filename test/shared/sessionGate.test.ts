import type { ICredentialDataDecryptedObject, INodeCredentialsDetails } from 'n8n-workflow';

import { engine } from '../harness/engine';
import { useSimulator } from '../harness/lifecycle';
import { ComnicaSimulator } from '../simulators/comnica';
import { UContactSimulator } from '../simulators/ucontact';

const comnica = useSimulator(new ComnicaSimulator());
const ucontact = useSimulator(new UContactSimulator());

/**
 * A real n8n reads the stored credential from its database for every item, and the reads queue
 * behind each other. Here each read returns what was stored when it was asked for, a few ms
 * later, one after the other — as n8n's database does — instead of the harness's instant reads.
 */
async function withQueuedReads<T>(run: () => Promise<T>): Promise<T> {
	const { credentials } = await engine();
	const original = credentials.getDecrypted.bind(credentials);
	let queue = Promise.resolve();
	credentials.getDecrypted = async (additionalData: unknown, details: INodeCredentialsDetails, type: string): Promise<ICredentialDataDecryptedObject> => {
		const snapshot = await original(additionalData, details, type);
		const read = queue.then(async () => await new Promise<void>((resolve) => setTimeout(resolve, 2)));
		queue = read;
		await read;
		return snapshot;
	};
	try {
		return await run();
	} finally {
		credentials.getDecrypted = original;
	}
}

const items = Array.from({ length: 40 }, (_, index) => ({ json: { phone: `3620${1000 + index}` } }));

describe('One login for the items of an execution while no session is stored yet', () => {
	test('COM-07 Record Create for 40 items with a fresh credential logs in once', async () => {
		const e = await engine();
		const credential = e.credentials.add('comnicaApi', { baseUrl: comnica.baseUrl, username: 'api.user', password: 'comnica-secret' });
		const result = await withQueuedReads(
			async () =>
				await e.run(
					{
						type: 'comnica',
						parameters: { resource: 'record', operation: 'create', project: 9, contacts: { contact: [{ contact: '={{ $json.phone }}', type: 'phone', priority: 1, preferred: true, active: true }] } },
						credentials: { comnicaApi: credential },
					},
					items,
				),
		);
		expect(result.error).toBeUndefined();
		expect(result.items).toHaveLength(40);
		expect(comnica.logins).toBe(1);
		expect(comnica.received('/integration/cc/record/save/v1')).toHaveLength(40);
	});

	test('UC-12 Dialer Add Task for 40 items with a fresh credential logs in once', async () => {
		const e = await engine();
		const credential = e.credentials.add('uContactApi', { baseUrl: ucontact.baseUrl, authentication: 'session', username: 'integracion', password: 'n8n-Integra-2024' });
		const result = await withQueuedReads(
			async () =>
				await e.run(
					{
						type: 'uContact',
						parameters: { resource: 'dialer', operation: 'addTask', campaign: 'Ventas->', destination: '={{ $json.phone }}' },
						credentials: { uContactApi: credential },
					},
					items,
				),
		);
		expect(result.error).toBeUndefined();
		expect(result.items).toHaveLength(40);
		expect(ucontact.logins).toBe(1);
		expect(ucontact.received('/Integra/resources/Dialers/DialerTask')).toHaveLength(40);
	});
});
