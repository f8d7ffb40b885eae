import { engine } from '../harness/engine';
import { useSimulator } from '../harness/lifecycle';
import { ComnicaSimulator } from '../simulators/comnica';
import { comnicaNode, payloadOf, requestsTo } from './setup';

const sim = useSimulator(new ComnicaSimulator());

describe('Comnica projects, recordings and video identification', () => {
	test('COM-11 Project Get Fields returns one item per data field', async () => {
		const e = await engine();
		const result = await e.run(await comnicaNode(sim, { resource: 'project', operation: 'getFields', project: 9 }));
		expect(result.error).toBeUndefined();
		expect(payloadOf(requestsTo(sim, '/integration/cc/project/fields/list/v1')[0])).toEqual({ project_id: 9 });
		expect(result.items.map((item) => item.json.name)).toEqual(['phone', 'phone2', 'aaa', 'bbb', 'num', 'birthday', 'appointment', 'flavour', 'colour']);
		expect(result.items[8].json).toMatchObject({ type: 'choice', selection: 'multi' });
	});

	test('COM-12 Recording Download returns the call\'s sound file as binary data', async () => {
		const e = await engine();
		const result = await e.run(await comnicaNode(sim, { resource: 'recording', operation: 'download', callId: '991234' }));
		expect(result.error).toBeUndefined();
		const [request] = requestsTo(sim, '/recording/991234/download', 'GET');
		expect(request.rawBody).toHaveLength(0);
		const binary = result.items[0].binary!.data;
		expect(binary).toMatchObject({ fileName: '991234.mp3', mimeType: 'audio/mpeg', fileExtension: 'mp3' });
		const bytes = Buffer.from(binary.data, 'base64');
		expect(bytes.subarray(0, 3).toString('latin1')).toBe('ID3');
		expect(bytes.toString('latin1')).toContain('comnica call 991234');
	});

	test('COM-12 a recording sent as application/octet-stream without a name is named and typed from its bytes', async () => {
		const e = await engine();
		const bytes = Buffer.concat([Buffer.from('ID3\u0003\u0000\u0000\u0000\u0000\u0000\u0000', 'latin1'), Buffer.alloc(64, 0x55)]);
		sim.inject({ path: '/recording/5551/download', status: 200, body: bytes, headers: { 'Content-Type': 'application/octet-stream' } });
		const result = await e.run(await comnicaNode(sim, { resource: 'recording', operation: 'download', callId: '5551' }));
		expect(result.error).toBeUndefined();
		requestsTo(sim, '/recording/5551/download', 'GET');
		expect(result.items[0].binary!.data).toMatchObject({ fileName: 'comnica-call-5551.mp3', mimeType: 'audio/mpeg' });
		expect(Buffer.from(result.items[0].binary!.data.data, 'base64')).toEqual(bytes);
	});

	test('COM-12 a missing recording is an error naming the endpoint', async () => {
		const e = await engine();
		const result = await e.run(await comnicaNode(sim, { resource: 'recording', operation: 'download', callId: 'not-a-call' }));
		expect(result.error?.message).toBe('Comnica has nothing at /recording/<callid>/download (404 Not found)');
		expect(result.error?.description).toContain('No recording for call not-a-call');
	});

	test('COM-13 Video Project Get Columns returns the columns', async () => {
		const e = await engine();
		const result = await e.run(await comnicaNode(sim, { resource: 'videoProject', operation: 'getColumns', videoProject: 1 }));
		expect(result.error).toBeUndefined();
		expect(payloadOf(requestsTo(sim, '/video/project/column/list')[0])).toEqual({ project_id: 1 });
		expect(result.items[0].json).toMatchObject({ name: 'identifying_company', mandatory_at_input: true, output_only: false });
		expect(result.items).toHaveLength(9);
	});

	test('COM-14 Video Record Create returns the customer\'s video URL', async () => {
		const e = await engine();
		const data = {
			identifying_company: 'Comnica',
			name: 'Teszt Elke',
			birth_name: 'Tesztelő Elke',
			birth_date: '2000-01-01',
			email: 'support@comnica.cc',
			phone: '3612550991',
			simplified_identification: true,
		};
		const result = await e.run(
			await comnicaNode(sim, {
				resource: 'videoRecord',
				operation: 'create',
				videoProject: 1,
				videoData: {
					mappingMode: 'defineBelow',
					value: data,
					schema: Object.keys(data).map((id) => ({
						id,
						displayName: id,
						type: id === 'simplified_identification' ? 'boolean' : 'string',
						required: true,
						defaultMatch: false,
						display: true,
					})),
				},
			}),
		);
		expect(result.error).toBeUndefined();
		expect(payloadOf(requestsTo(sim, '/video/projectdata/create')[0])).toEqual({ video_project_id: 1, data });
		expect(result.items[0].json.url).toMatch(new RegExp(`^${sim.baseUrl}/video/join/[0-9a-f]{12}$`));
		expect(result.items[0].json.video_projectdata_id).toBe(100000);
	});

	test('COM-14 a missing mandatory column is reported with its name', async () => {
		const e = await engine();
		const result = await e.run(
			await comnicaNode(sim, {
				resource: 'videoRecord',
				operation: 'create',
				videoProject: 1,
				videoData: { mappingMode: 'defineBelow', value: { name: 'Teszt Elke' }, schema: [] },
			}),
		);
		expect(result.error?.message).toContain('REQUIRED on field "identifying_company"');
		expect(result.error?.message).toContain('REQUIRED on field "email"');
	});
});
