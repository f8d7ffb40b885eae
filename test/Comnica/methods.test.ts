import { engine } from '../harness/engine';
import { useSimulator } from '../harness/lifecycle';
import { ComnicaSimulator } from '../simulators/comnica';
import { comnicaCredential, payloadOf, requestsTo } from './setup';

const sim = useSimulator(new ComnicaSimulator());

async function spec(parameters: Record<string, unknown>) {
	return { type: 'comnica', parameters: parameters as never, credentials: { comnicaApi: await comnicaCredential(sim) } };
}

describe('Comnica dropdowns (COM-01 and COM-11/COM-13 behind the editor)', () => {
	test('COM-01 a dropdown with an expired session key logs in once and loads', async () => {
		const e = await engine();
		const credential = e.credentials.add('comnicaApi', { baseUrl: sim.baseUrl, username: 'api.user', password: 'comnica-secret', sessionKey: 'expired-key' });
		const spec = { type: 'comnica', parameters: { resource: 'record', operation: 'getAll' }, credentials: { comnicaApi: credential } };
		expect((await e.loadOptions(spec, 'getProjects')).map((option) => option.value)).toContain(9);
		expect(sim.logins).toBe(1);
		expect(sim.received('/search/filterdata').map((request) => [request.basic?.password, request.status])).toEqual([
			['expired-key', 401],
			[sim.issuedKeys.at(-1), 200],
		]);
		expect(e.credentials.stored(credential.id!).sessionKey).toBe(sim.issuedKeys.at(-1));
	});

	test('COM-01 a dropdown that cannot reach Comnica names the vendor and the endpoint', async () => {
		const e = await engine();
		const credential = e.credentials.add('comnicaApi', { baseUrl: 'http://127.0.0.1:9', username: 'api.user', password: 'comnica-secret', sessionKey: 'still-valid' });
		const spec = { type: 'comnica', parameters: { resource: 'record', operation: 'getAll' }, credentials: { comnicaApi: credential } };
		await expect(e.loadOptions(spec, 'getProjects')).rejects.toThrow('Could not connect to Comnica for POST /search/filterdata (connection refused)');
	});

	test('COM-01 projects, users, terminations, agent states and queues come from Filter Data', async () => {
		const e = await engine();
		const projects = await e.loadOptions(await spec({ resource: 'record', operation: 'getAll' }), 'getProjects');
		expect(projects).toContainEqual({ name: 'Telesales Budapest', value: 9, description: 'ID 9' });
		expect(projects.map((option) => option.name)).not.toContain('Nottaken');

		const terminations = await e.loadOptions(await spec({ resource: 'record', operation: 'update', project: 21 }), 'getTerminations');
		expect(payloadOf(requestsTo(sim, '/search/filterdata').at(-1)!)).toEqual({ terminations: { project_id: 21 } });
		expect(terminations).toEqual([]);

		const users = await e.loadOptions(await spec({ resource: 'record', operation: 'create', project: 9 }), 'getUsers');
		expect(users.map((option) => option.value)).toEqual([18, 22]);

		const states = await e.loadOptions(await spec({ resource: 'statistics', operation: 'getWorklogByAgents' }), 'getOperatorStateNames');
		expect(states).toContainEqual({ name: 'Beszélget', value: 'Beszélget', description: 'ID 3' });
		const stateIds = await e.loadOptions(await spec({ resource: 'statistics', operation: 'getWorklog' }), 'getOperatorStates');
		expect(stateIds).toContainEqual({ name: 'Beszélget', value: 3, description: 'ID 3' });

		const queues = await e.loadOptions(await spec({ resource: 'statistics', operation: 'getWorklog' }), 'getQueues');
		expect(queues.map((option) => option.name)).toEqual(['Telesales', 'Ügyfélszolgálat', 'Ügyfélszolgálat feladat II. kör']);
		const categories = await e.loadOptions(await spec({ resource: 'filterData', operation: 'lookUp' }), 'getTerminationCategories');
		expect(payloadOf(requestsTo(sim, '/search/filterdata').at(-1)!)).toEqual({ termination_categories: {} });
		expect(categories.map((option) => [option.name, option.value])).toEqual([
			['fail', 2],
			['neutral', 3],
			['reached', 4],
			['success', 1],
		]);

		const videoProjects = await e.loadOptions(await spec({ resource: 'videoRecord', operation: 'create' }), 'getVideoProjects');
		expect(videoProjects).toEqual([{ name: 'demo', value: 1, description: 'ID 1' }]);
	});

	test('COM-11 record columns list system columns and the project\'s fields', async () => {
		const e = await engine();
		const columns = await e.loadOptions(await spec({ resource: 'record', operation: 'getAll', project: 9 }), 'getRecordColumns');
		const names = columns.map((option) => option.value);
		expect(names).toEqual(expect.arrayContaining(['record_id', 'terminating_code', 'upload', 'aaa', 'colour', 'birthday']));
		expect(payloadOf(requestsTo(sim, '/integration/cc/project/fields/list/v1')[0])).toEqual({ project_id: 9 });
		const fields = await e.loadOptions(await spec({ resource: 'record', operation: 'bulkModify', project: 9 }), 'getProjectFieldNames');
		expect(fields.map((option) => option.value)).toContain('phone2');
		expect(fields.map((option) => option.value)).not.toContain('record_id');
	});

	test('COM-11 Custom Data offers the project\'s fields with their types and choices', async () => {
		const e = await engine();
		const { fields } = await e.resourceMapping(await spec({ resource: 'record', operation: 'create', project: 9 }), 'getProjectFields');
		const byId = Object.fromEntries(fields.map((field) => [field.id, field]));
		expect(byId.num.type).toBe('number');
		expect(byId.appointment.type).toBe('dateTime');
		expect(byId.birthday).toMatchObject({ type: 'string', displayName: 'birthday (YYYY-MM-DD)' });
		expect(byId.flavour).toMatchObject({ type: 'options', options: [{ name: 'Savoury', value: 'savoury' }, { name: 'Sweet', value: 'sweet' }] });
		expect(byId.colour).toMatchObject({ type: 'array', displayName: 'colour (values: black, white, red, grue, yellow)' });
	});

	test('COM-13 video Data offers input columns; mandatory ones are required, output-only ones hidden', async () => {
		const e = await engine();
		const { fields } = await e.resourceMapping(await spec({ resource: 'videoRecord', operation: 'create', videoProject: 1 }), 'getVideoColumns');
		expect(payloadOf(requestsTo(sim, '/video/project/column/list')[0])).toEqual({ project_id: 1 });
		expect(fields.map((field) => field.id)).not.toContain('id_card_type');
		expect(fields.find((field) => field.id === 'email')?.required).toBe(true);
		expect(fields.find((field) => field.id === 'nationality')?.required).toBe(false);
		expect(fields.find((field) => field.id === 'simplified_identification')?.type).toBe('boolean');
	});
});
