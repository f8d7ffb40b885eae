import { engine } from '../harness/engine';
import { useSimulator } from '../harness/lifecycle';
import { ComnicaSimulator } from '../simulators/comnica';
import { comnicaNode, payloadOf, requestsTo } from './setup';

const sim = useSimulator(new ComnicaSimulator());

const ALL_LISTS = [
	'calldirection',
	'callreason_types',
	'communication_method',
	'emails',
	'files',
	'global_roles',
	'operatorstates',
	'project_roles',
	'projectdata_column',
	'projects',
	'queues',
	'robinson_lists',
	'scripts',
	'termination_categories',
	'terminations',
	'usernames',
	'users',
	'video_projects',
];

describe('Comnica Filter Data', () => {
	test('COM-01 Look Up sends every documented key with the options it accepts', async () => {
		const e = await engine();
		const result = await e.run(
			await comnicaNode(sim, {
				resource: 'filterData',
				operation: 'lookUp',
				lists: ALL_LISTS,
				lookUpOptions: {
					includeInactive: true,
					projectId: 9,
					projectTypes: ['outgoing_voice'],
					terminationCategoryId: 2,
					hideRedial: true,
				},
			}),
		);
		expect(result.error).toBeUndefined();
		const payload = payloadOf(requestsTo(sim, '/search/filterdata')[0]);
		expect(payload).toEqual({
			calldirection: {},
			callreason_types: {},
			communication_method: {},
			emails: { all: true, project_id: 9 },
			files: {},
			global_roles: {},
			operatorstates: {},
			project_roles: {},
			projectdata_column: { project_id: 9 },
			projects: { all: true, type: ['outgoing_voice'] },
			queues: { all: true },
			robinson_lists: { all: true },
			scripts: { project_id: 9, all: true },
			termination_categories: {},
			terminations: { all: true, project_id: 9, termination_category_id: 2, hide_redial: true },
			usernames: { all: true, project_id: 9 },
			users: { all: true, project_id: 9 },
			video_projects: {},
		});
		const lists = new Set(result.items.map((item) => item.json.list));
		expect(lists).toEqual(new Set(ALL_LISTS));
		expect(result.items.find((item) => item.json.list === 'terminations')?.json).toEqual({ list: 'terminations', id: 356, name: 'bye' });
		expect(result.items.filter((item) => item.json.list === 'projects').map((item) => item.json.name)).toEqual([
			'Telesales Budapest',
			'Telesales',
			'Nottaken',
		]);
	});

	test('COM-01 Look Up as one item holding every list', async () => {
		const e = await engine();
		const result = await e.run(
			await comnicaNode(sim, { resource: 'filterData', operation: 'lookUp', lists: ['operatorstates', 'video_projects'], splitIntoItems: false }),
		);
		expect(payloadOf(requestsTo(sim, '/search/filterdata')[0])).toEqual({ operatorstates: {}, video_projects: {} });
		expect(result.items).toHaveLength(1);
		expect(result.items[0].json.video_projects).toEqual([{ id: 1, name: 'demo' }]);
		expect((result.items[0].json.operatorstates as unknown[]).length).toBe(13);
	});

	test('COM-01 Look Up of scripts without a project stops before any request', async () => {
		const e = await engine();
		const result = await e.run(await comnicaNode(sim, { resource: 'filterData', operation: 'lookUp', lists: ['scripts'] }));
		expect(result.error?.message).toBe('The list "scripts" needs a project (Options → Project)');
		expect(sim.received('/search/filterdata')).toHaveLength(0);
	});
});
