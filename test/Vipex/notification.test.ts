import { Engine, engine } from '../harness/engine';
import { useWebhooks } from '../harness/lifecycle';
import { callParameters, VipexPbx } from '../simulators/vipex';
import { answerNode, gate, GATE, registerAnswerNodes } from './answerNodes';

const hooks = useWebhooks();

beforeAll(async () => registerAnswerNodes(await engine()));

function notification(parameters: Record<string, unknown> = {}) {
	return { type: 'vipexTrigger', parameters: { event: 'incomingCall', ...parameters } };
}

/** A call arriving on the external number: no extension yet. */
function arrival() {
	const { exten: _exten, ...call } = callParameters();
	return { ...call, ivr_digits: '1', cc_call: 1, custom_field: 'sales' };
}

test('VPX-W2 notification by GET when extension 252 rings or answers (manual query)', async () => {
	const wf = hooks.current.publish(notification());
	const pbx = new VipexPbx({ url: wf.url('setup'), method: 'GET' });

	const answer = await pbx.notify(callParameters());
	await wf.settled();

	expect(new URL(pbx.sent[0].url).search).toBe(
		'?id=91000&start_time=2019-12-02+12%3A46%3A17&src=36709676052&dst=3619996000&exten=252',
	);
	expect(answer.status).toBe(200);
	expect(answer.json).toEqual({ message: 'Notification received' });
	expect(wf.executions).toHaveLength(1);
	expect(wf.executions[0].items.map((item) => item.json)).toEqual([
		{
			id: 91000,
			start_time: '2019-12-02 12:46:17',
			start_time_iso: '2019-12-02T12:46:17+01:00',
			src: '36709676052',
			dst: '3619996000',
			exten: '252',
			vipex: { event: 'incomingCall', method: 'GET', moment: 'extensionRingingOrAnswered' },
		},
	]);
});

test('VPX-W2 notification by POST when the call arrives (manual JSON, no extension)', async () => {
	const wf = hooks.current.publish(notification());
	const pbx = new VipexPbx({ url: wf.url(), method: 'POST' });

	const answer = await pbx.notify(arrival());
	await wf.settled();

	expect(JSON.parse(pbx.sent[0].body!)).toEqual({ ...arrival() });
	expect(answer.json).toEqual({ message: 'Notification received' });
	expect(wf.executions[0].items[0].json).toEqual({
		id: 91000,
		start_time: '2019-12-02 12:46:17',
		start_time_iso: '2019-12-02T12:46:17+01:00',
		src: '36709676052',
		dst: '3619996000',
		ivr_digits: '1',
		cc_call: 1,
		custom_field: 'sales',
		vipex: { event: 'incomingCall', method: 'POST', moment: 'callArrivedOrCallFlow' },
	});
});

test('VPX-W2 the PBX is answered before the workflow runs', async () => {
	const e = await engine();
	const wf = hooks.current.publish(notification(), [answerNode(e, GATE)]);
	const pbx = new VipexPbx({ url: wf.url(), method: 'POST' });
	gate.close();

	const answer = await pbx.notify(callParameters());

	// Answered while the workflow still waits at the gate.
	expect(answer.status).toBe(200);
	expect(wf.executions).toHaveLength(0);
	gate.open();
	await wf.settled();
	expect(wf.executions).toHaveLength(1);
	expect(Engine.itemsOf(wf.executions[0].run, 'Gate')[0].json).toMatchObject({ id: 91000, exten: '252' });
});

test('VPX-W2 Notifications: only extension ringing or answered starts the workflow', async () => {
	const wf = hooks.current.publish(notification({ moments: 'extensionRingingOrAnswered' }));
	const pbx = new VipexPbx({ url: wf.url(), method: 'POST' });

	const ignored = await pbx.notify(arrival());
	const started = await pbx.notify(callParameters({ exten: '221' }));
	await wf.settled();

	expect(ignored.status).toBe(200);
	expect(ignored.json).toEqual({ message: 'Notification received; this workflow ignores this moment' });
	expect(started.json).toEqual({ message: 'Notification received' });
	expect(wf.executions).toHaveLength(1);
	expect(wf.executions[0].items[0].json).toMatchObject({ exten: '221', vipex: { moment: 'extensionRingingOrAnswered' } });
});

test('VPX-W2 custom templates: a marker in the GET template tells ringing from answering', async () => {
	const wf = hooks.current.publish(notification());
	const ringing = new VipexPbx({ url: wf.url('setup'), template: 'event=ringing&call={{id}}&exten={{exten}}&caller={{src}}' });
	const answered = new VipexPbx({
		url: wf.url(),
		method: 'POST',
		contentType: 'text/plain',
		template: '{"event":"answered","call":{{id}},"exten":"{{exten}}","crm":{"lookup":true}}',
	});

	await ringing.notify(callParameters());
	await answered.notify(callParameters());
	await wf.settled();

	expect(wf.executions.map((run) => run.items[0].json)).toEqual([
		{ event: 'ringing', call: '91000', exten: '252', caller: '36709676052', vipex: { event: 'incomingCall', method: 'GET', moment: 'extensionRingingOrAnswered' } },
		{ event: 'answered', call: 91000, exten: '252', crm: { lookup: true }, vipex: { event: 'incomingCall', method: 'POST', moment: 'extensionRingingOrAnswered' } },
	]);
});
