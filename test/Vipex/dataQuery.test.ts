import { Engine, engine } from '../harness/engine';
import { useWebhooks } from '../harness/lifecycle';
import { callParameters, VipexPbx } from '../simulators/vipex';
import { answerNode, CRM_LOOKUP, registerAnswerNodes, RESPOND_TO_WEBHOOK } from './answerNodes';

const hooks = useWebhooks();

beforeAll(async () => registerAnswerNodes(await engine()));

function dataQuery(parameters: Record<string, unknown> = {}) {
	return { type: 'vipexTrigger', parameters: { event: 'dataQuery', ...parameters } };
}

async function withCrm(parameters: Record<string, unknown> = {}, respond?: Record<string, unknown>) {
	const e = await engine();
	const then = [answerNode(e, CRM_LOOKUP)];
	if (respond) then.push(answerNode(e, RESPOND_TO_WEBHOOK, respond as never));
	return hooks.current.publish(dataQuery(parameters), then);
}

/** Data queries carry no extension (it is only sent when an extension rings or answers). */
function callWithoutExtension() {
	const { exten: _exten, ...call } = callParameters();
	return call;
}

test('VPX-W1 data query by GET with the manual query string: the last node builds the answer the PBX waits for', async () => {
	const wf = await withCrm();
	const pbx = new VipexPbx({ url: wf.url('setup'), method: 'GET' });

	const answer = await pbx.dataQuery(callWithoutExtension());

	// The manual's GET format: parameters as a form-encoded query string.
	expect(pbx.sent[0].method).toBe('GET');
	expect(new URL(pbx.sent[0].url).search).toBe('?id=91000&start_time=2019-12-02+12%3A46%3A17&src=36709676052&dst=3619996000');
	expect(answer.status).toBe(200);
	expect(answer.json).toEqual({ route: 'account_manager', customer: 'Kovács és Társa Kft.', extension: '201' });
	await wf.settled();
	expect(wf.executions).toHaveLength(1);
	const [item] = Engine.itemsOf(wf.executions[0].run, 'VIPeX Trigger');
	expect(item.json).toEqual({
		id: 91000,
		start_time: '2019-12-02 12:46:17',
		start_time_iso: '2019-12-02T12:46:17+01:00',
		src: '36709676052',
		dst: '3619996000',
		vipex: { event: 'dataQuery', method: 'GET' },
	});
});

test('VPX-W1 data query by POST with the manual JSON body', async () => {
	const wf = await withCrm();
	const pbx = new VipexPbx({ url: wf.url(), method: 'POST' });

	const answer = await pbx.dataQuery(callWithoutExtension());

	expect(pbx.sent[0].headers['Content-Type']).toBe('application/json');
	expect(JSON.parse(pbx.sent[0].body!)).toEqual({ id: 91000, start_time: '2019-12-02 12:46:17', src: '36709676052', dst: '3619996000' });
	expect(answer.json).toEqual({ route: 'account_manager', customer: 'Kovács és Társa Kft.', extension: '201' });
	await wf.settled();
	const [item] = Engine.itemsOf(wf.executions[0].run, 'VIPeX Trigger');
	expect(item.json).toMatchObject({ id: 91000, src: '36709676052', vipex: { event: 'dataQuery', method: 'POST' } });
});

test('VPX-W1 Answer Options send one field of the last item as plain text', async () => {
	const wf = await withCrm({ answerOptions: { responsePropertyName: 'extension', responseContentType: 'text/plain' } });
	const pbx = new VipexPbx({ url: wf.url('setup') });

	const answer = await pbx.dataQuery(callParameters({ src: '3642999425', exten: null }));

	expect(answer.status).toBe(200);
	expect(answer.headers.get('content-type')).toBe('text/plain');
	expect(answer.text).toBe('251');
	await wf.settled();
});

test('VPX-W1 the trigger builds the answer itself, no extra node: all items as a JSON array, with its status code and headers', async () => {
	const wf = await withCrm({ answerOptions: { responseData: 'allEntries', responseCode: 203, responseHeaders: { entries: [{ name: 'X-Route', value: 'crm' }] } } });
	const pbx = new VipexPbx({ url: wf.url(), method: 'POST' });

	const answer = await pbx.dataQuery(callWithoutExtension());

	expect(answer.status).toBe(203);
	expect(answer.headers.get('x-route')).toBe('crm');
	expect(answer.json).toEqual([{ route: 'account_manager', customer: 'Kovács és Társa Kft.', extension: '201' }]);
	await wf.settled();
	expect(wf.executions).toHaveLength(1);
	expect(wf.executions[0].error).toBeUndefined();
});

test('VPX-W1 Respond With No Body: the PBX gets only the status code and headers', async () => {
	const wf = await withCrm({ answerOptions: { responseData: 'noData', responseCode: 204, responseHeaders: { entries: [{ name: 'X-Extension', value: '201' }] } } });

	const answer = await new VipexPbx({ url: wf.url('setup') }).dataQuery(callWithoutExtension());

	expect(answer.status).toBe(204);
	expect(answer.headers.get('x-extension')).toBe('201');
	expect(answer.text).toBe('');
	await wf.settled();
});

test('VPX-W1 a Respond to Webhook node behind the trigger is refused when the workflow is published, naming it and what to do instead', async () => {
	const e = await engine();
	const refused = await withCrm({}, {});
	await expect(hooks.current.activate(refused)).rejects.toThrow('"Respond to Webhook" cannot answer the VIPeX PBX: remove it');
	await expect(hooks.current.activate(refused)).rejects.toMatchObject({
		description: expect.stringContaining('The VIPeX Trigger answers the PBX itself: a data query with the last node\'s output, shaped under Answer'),
	});
	// The same for the other events, where the trigger answers at once.
	const notification = hooks.current.publish({ type: 'vipexTrigger', parameters: { event: 'incomingCall' } }, [answerNode(e, RESPOND_TO_WEBHOOK)]);
	await expect(hooks.current.activate(notification)).rejects.toThrow('cannot answer the VIPeX PBX');
	// Without it the workflow is published.
	await expect(hooks.current.activate(await withCrm())).resolves.toBeUndefined();
});

test('VPX-W1 custom templates: any query string and any JSON body reach the workflow, each PBX time with its *_iso copy', async () => {
	const wf = hooks.current.publish(dataQuery());
	const get = new VipexPbx({ url: wf.url('setup'), template: 'caller={{src}}&called={{dst}}&menu={{ivr_digits}}&label=crm%20routing' });
	const post = new VipexPbx({
		url: `${wf.url()}?source=vipex`,
		method: 'POST',
		template: '{"call":{"number":"{{src}}","started":"{{start_time}}","menu":"{{ivr_digits}}"},"tags":["vip",1]}',
	});
	const call = { ...callWithoutExtension(), ivr_digits: '2,1,4' };

	await get.dataQuery(call);
	await post.dataQuery(call);
	await wf.settled();

	expect(new URL(get.sent[0].url).search).toBe('?caller=36709676052&called=3619996000&menu=2%2C1%2C4&label=crm%20routing');
	const [fromGet] = Engine.itemsOf(wf.executions[0].run, 'VIPeX Trigger');
	expect(fromGet.json).toEqual({
		caller: '36709676052',
		called: '3619996000',
		menu: '2,1,4',
		label: 'crm routing',
		vipex: { event: 'dataQuery', method: 'GET' },
	});
	const [fromPost] = Engine.itemsOf(wf.executions[1].run, 'VIPeX Trigger');
	expect(fromPost.json).toEqual({
		source: 'vipex',
		call: { number: '36709676052', started: '2019-12-02 12:46:17', started_iso: '2019-12-02T12:46:17+01:00', menu: '2,1,4' },
		tags: ['vip', 1],
		vipex: { event: 'dataQuery', method: 'POST' },
	});
});

test('VPX-W1 one type per field whatever the method: GET and POST of the same call give the same item (numbers as numbers)', async () => {
	const wf = hooks.current.publish(dataQuery());
	const call = { ...callWithoutExtension(), ivr_digits: '2,1', cc_call: 1, custom_field: 'vip' };
	const get = new VipexPbx({ url: wf.url('setup'), method: 'GET' });
	const post = new VipexPbx({ url: wf.url(), method: 'POST' });
	// A custom POST template that quotes every value and leaves the menu empty.
	const quoted = new VipexPbx({
		url: wf.url(),
		method: 'POST',
		template: '{"id":"{{id}}","start_time":"{{start_time}}","src":{{src}},"dst":"{{dst}}","ivr_digits":"{{ivr_digits}}","cc_call":"{{cc_call}}","custom_field":"{{custom_field}}"}',
	});

	await get.dataQuery(call);
	await post.dataQuery(call);
	await quoted.dataQuery(call);
	await wf.settled();

	const items = wf.executions.map((execution) => {
		const { vipex: _vipex, ...fields } = Engine.itemsOf(execution.run, 'VIPeX Trigger')[0].json;
		return fields;
	});
	const expected = {
		id: 91000,
		start_time: '2019-12-02 12:46:17',
		start_time_iso: '2019-12-02T12:46:17+01:00',
		src: '36709676052',
		dst: '3619996000',
		ivr_digits: '2,1',
		cc_call: 1,
		custom_field: 'vip',
	};
	expect(items).toEqual([expected, expected, expected]);
});

test('VPX-W1 an empty value in a GET query is null, as the same call by POST gives it', async () => {
	const wf = hooks.current.publish(dataQuery());
	const call = { ...callWithoutExtension(), ivr_digits: null, cc_call: null };
	await new VipexPbx({ url: wf.url('setup'), method: 'GET' }).dataQuery(call);
	await new VipexPbx({ url: wf.url(), method: 'POST' }).dataQuery(call);
	await wf.settled();
	const [fromGet, fromPost] = wf.executions.map((execution) => Engine.itemsOf(execution.run, 'VIPeX Trigger')[0].json);
	expect(fromGet).toMatchObject({ ivr_digits: null, cc_call: null });
	expect(fromPost).toMatchObject({ ivr_digits: null, cc_call: null });
});

test('VPX-W1 a body nested thousands of levels deep is answered 400 and starts nothing (n8n could not answer or show it)', async () => {
	const wf = await withCrm();
	const body = `${JSON.stringify(callWithoutExtension()).slice(0, -1)},"nested":${'['.repeat(5000)}${']'.repeat(5000)}}`;
	const response = await fetch(wf.url(), { method: 'POST', headers: { 'Content-Type': 'application/json' }, body });
	expect(response.status).toBe(400);
	expect(await response.json()).toEqual({ message: 'Expected VIPeX call data: this body nests deeper than 32 levels' });
	await wf.settled();
	expect(wf.executions).toHaveLength(0);
});
