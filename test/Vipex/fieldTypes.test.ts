import { engine } from '../harness/engine';
import { useWebhooks } from '../harness/lifecycle';
import { outgoingEndOfCall, VipexPbx } from '../simulators/vipex';
import { registerAnswerNodes } from './answerNodes';

const hooks = useWebhooks();

beforeAll(async () => registerAnswerNodes(await engine()));

describe('VIPeX field types and readable times', () => {
	test('VPX-W3 a custom end-of-call template that quotes the numbers gives the same types as the default JSON, and its renamed times get *_iso copies', async () => {
		const wf = hooks.current.publish({ type: 'vipexTrigger', parameters: { event: 'endOfCall' } });
		const record = outgoingEndOfCall();
		const pbx = new VipexPbx({
			url: wf.url(),
			template:
				'{"id":"{{id}}","direction":"{{direction}}","duration":"{{duration}}","billsec":"{{billsec}}","price":"{{price}}","src":{{src}},"cost_location":{{cost_location}},"call":{"ended":"{{hangup_time}}"}}',
		});

		const delivery = await pbx.endOfCall(record);
		await wf.settled();

		expect(delivery.delivered).toBe(true);
		expect(wf.executions[0].items[0].json).toEqual({
			id: 76355,
			direction: 0,
			direction_label: 'outgoing',
			duration: 10,
			billsec: 3,
			price: 1.25,
			src: '1102',
			cost_location: '12',
			call: { ended: '2019-12-03 11:42:06', ended_iso: '2019-12-03T11:42:06+01:00' },
			vipex: { event: 'endOfCall', method: 'POST' },
		});
	});

	test('VPX-W2 a custom GET template: its times get *_iso copies in the PBX Time Zone, the manual\'s numbers are numbers', async () => {
		const wf = hooks.current.publish({ type: 'vipexTrigger', parameters: { event: 'incomingCall', options: { timeZone: 'America/New_York' } } });
		const pbx = new VipexPbx({ url: wf.url('setup'), method: 'GET', template: 'id={{id}}&kezdes={{start_time}}&exten={{exten}}' });

		await pbx.notify({ id: 91000, start_time: '2019-12-02 12:46:17', exten: '252' });
		await wf.settled();

		expect(wf.executions[0].items[0].json).toEqual({
			id: 91000,
			kezdes: '2019-12-02 12:46:17',
			kezdes_iso: '2019-12-02T12:46:17-05:00',
			exten: '252',
			vipex: { event: 'incomingCall', method: 'GET', moment: 'extensionRingingOrAnswered' },
		});
	});
});
