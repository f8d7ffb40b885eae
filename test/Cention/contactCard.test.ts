import { engine } from '../harness/engine';
import { useSimulator } from '../harness/lifecycle';
import { CentionSimulator, TOKENS } from '../simulators/cention';
import { centionNode, documentOf } from './setup';

const sim = useSimulator(new CentionSimulator());

const contact = (channel: string, address: string) => ({ channel, address });

describe('Cention contact cards', () => {
	test('CEN-10 Create or Append creates a card grouped by channel (the manual\'s sample)', async () => {
		const e = await engine();
		const result = await e.run(
			await centionNode(
				sim,
				{
					resource: 'contactCard',
					operation: 'createOrAppend',
					name: 'Li Wei',
					contacts: { contact: [contact('email', 'li.wei@example.com'), contact('voice', '+60 12-345 6789'), contact('email', 'li.wei@work.example.com')] },
				},
				{ token: TOKENS.crm },
			),
		);
		expect(result.error).toBeUndefined();
		const { data } = documentOf(sim.received('/s/demo/capi/json/c3_contact_cards')[0]);
		expect(data).toEqual({
			type: 'c3_contact_cards',
			attributes: { contacts: { name: 'Li Wei', email: ['li.wei@example.com', 'li.wei@work.example.com'], voice: ['+60123456789'] } },
		});
		expect(result.items).toEqual([
			{
				json: {
					id: '17',
					type: 'c3_contact_cards',
					c3_id: 17,
					contacts: { name: 'Li Wei', email: ['li.wei@example.com', 'li.wei@work.example.com'], voice: ['+60123456789'] },
				},
				pairedItem: { item: 0 },
			},
		]);
	});

	test('CEN-10 Create or Append appends to the card that already has one of the contacts', async () => {
		const e = await engine();
		const result = await e.run(
			await centionNode(sim, {
				resource: 'contactCard',
				operation: 'createOrAppend',
				contacts: { contact: [contact('email', 'tester.c3@cention.se'), contact('line', 'centionline-c12345'), contact('vk', 'centionvk-cc-12345')] },
			}),
		);
		expect(result.error).toBeUndefined();
		const { data } = documentOf(sim.received('/s/demo/capi/json/c3_contact_cards')[0]);
		expect(data.attributes.contacts).toEqual({ email: ['tester.c3@cention.se'], line: ['centionline-c12345'], vk: ['centionvk-cc-12345'] });
		expect(result.items[0].json).toEqual({
			id: '13',
			type: 'c3_contact_cards',
			c3_id: 13,
			contacts: {
				name: 'Tester Cention',
				email: ['tester.c3@cention.se', 'tester.c3.2@cention.se'],
				facebook: ['12345@facebook.com'],
				line: ['centionline-c12345'],
				vk: ['centionvk-cc-12345'],
			},
		});
	});

	test('CEN-10 no contacts, or a phone number without +, is refused before the request', async () => {
		const e = await engine();
		const none = await e.run(await centionNode(sim, { resource: 'contactCard', operation: 'createOrAppend', name: 'Nobody' }));
		expect(none.error?.message).toBe('The contact card has no contacts');
		const phone = await e.run(
			await centionNode(sim, { resource: 'contactCard', operation: 'createOrAppend', contacts: { contact: [contact('voice', '0701234567')] } }),
		);
		expect(phone.error?.message).toBe('Phone number "0701234567" needs the international format with a plus sign (e.g. +46812345678)');
		expect(sim.requests).toHaveLength(0);
	});

	test('CEN-10 without the contacts claim: 403 names "Access and create customer contacts"', async () => {
		const e = await engine();
		const result = await e.run(
			await centionNode(sim, { resource: 'contactCard', operation: 'createOrAppend', contacts: { contact: [contact('email', 'a@example.com')] } }, { token: TOKENS.webForm }),
		);
		expect(result.error?.message).toBe(
			'The Cention token lacks the "Access and create customer contacts" claim needed for POST json/c3_contact_cards',
		);
	});
});
