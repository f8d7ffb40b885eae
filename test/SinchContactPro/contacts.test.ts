import { bodyOf, data, useSinch } from './setup';

const h = useSinch();
const contacts = data.demoContacts();
const byId = (id: string) => contacts.find((contact) => contact.id === id)!;

describe('Sinch Contact Pro contacts', () => {
	test('SCP-09 contact get many searching the subject (operative database)', async () => {
		const result = await h.run({ resource: 'contact', operation: 'getAll', returnAll: true, filters: { subject: 'direct debit' } });
		expect(h.sim.received('/RI/cmi/contacts', 'GET')[0].query).toEqual({ subject: 'direct debit' });
		expect(result.items.map((item) => item.json)).toEqual([byId(data.ids.chatHandled)]);
	});

	test('SCP-09 contact get many with a limit and a free filter', async () => {
		const result = await h.run({
			resource: 'contact',
			operation: 'getAll',
			returnAll: false,
			limit: 2,
			additionalFilters: { filter: [{ name: 'channel_type', value: 'PHONE' }] },
		});
		expect(h.sim.received('/RI/cmi/contacts', 'GET')[0].query).toEqual({ channel_type: 'PHONE', limit: '2' });
		expect(result.items.map((item) => item.json.id)).toEqual([data.ids.callHandled, data.ids.callRemarked]);
	});

	test('SCP-09 contact get and events (details)', async () => {
		const one = await h.run({ resource: 'contact', operation: 'get', contactId: data.ids.callHandled });
		expect(h.sim.received(`/RI/cmi/contacts/${data.ids.callHandled}`, 'GET')).toHaveLength(1);
		expect(one.items[0].json).toEqual(byId(data.ids.callHandled));
		const events = await h.run({ resource: 'contact', operation: 'getEvents', contactId: data.ids.callHandled });
		expect(h.sim.received(`/RI/cmi/contacts/${data.ids.callHandled}/details`, 'GET')).toHaveLength(1);
		expect(events.items.map((item) => item.json.event)).toEqual(['Queued', 'Allocated', 'Connected', 'Disconnected']);
		expect(events.items.every((item) => (item.pairedItem as { item: number }).item === 0)).toBe(true);
	});

	test('SCP-10 contact remarks: get, add to a call without remarks (201), update existing ones (204)', async () => {
		const got = await h.run({ resource: 'contactRemark', operation: 'get', contactId: data.ids.callRemarked });
		expect(h.sim.received(`/RI/cmi/contacts/${data.ids.callRemarked}/remarks`, 'GET')).toHaveLength(1);
		expect(got.items[0].json).toEqual({ contactGroupId: data.ids.callRemarked, remarks: 'Customer asked for a fixed-price contract offer.' });

		const added = await h.run({ resource: 'contactRemark', operation: 'create', contactId: data.ids.callHandled, remarks: 'CRM case CS-88391 opened' });
		expect(added.error).toBeUndefined();
		const [post] = h.sim.received(`/RI/cmi/contacts/${data.ids.callHandled}/remarks`, 'POST');
		expect(bodyOf(post)).toEqual({ remarks: 'CRM case CS-88391 opened' });
		expect(added.items[0].json).toEqual({
			id: data.ids.callHandled,
			location: `${h.sim.baseUrl}/RI/cmi/contacts/${data.ids.callHandled}/remarks/${data.ids.callHandled}`,
		});

		const updated = await h.run({ resource: 'contactRemark', operation: 'update', contactId: data.ids.callRemarked, remarks: 'Offer sent by email' });
		const [put] = h.sim.received(`/RI/cmi/contacts/${data.ids.callRemarked}/remarks`, 'PUT');
		expect(bodyOf(put)).toEqual({ remarks: 'Offer sent by email' });
		expect(updated.items.map((item) => item.json)).toEqual([{ success: true, id: data.ids.callRemarked }]);
		expect(h.sim.contacts.find((contact) => contact.id === data.ids.callRemarked)!.remarks).toBe('Offer sent by email');
	});

	test('SCP-10 contact remarks added twice: the server\'s rule reaches the user', async () => {
		const result = await h.run({ resource: 'contactRemark', operation: 'create', contactId: data.ids.callRemarked, remarks: 'Again' });
		expect(result.error?.message).toBe(
			'Sinch Contact Pro refused POST /contacts/{contactId}/remarks: Remarks can be added only to phone calls without remarks',
		);
	});
});

describe('Sinch Contact Pro contact data (attached data)', () => {
	test('SCP-11 contact data get many and get', async () => {
		const stored = data.demoContactData();
		const list = await h.run({ resource: 'contactData', operation: 'getAll', returnAll: true });
		expect(h.sim.received('/RI/cmi/contactData', 'GET')).toHaveLength(1);
		expect(list.items.map((item) => item.json)).toEqual(Object.values(stored));
		const one = await h.run({ resource: 'contactData', operation: 'get', contactId: data.ids.callHandled });
		expect(h.sim.received(`/RI/cmi/contactData/${data.ids.callHandled}`, 'GET')).toHaveLength(1);
		expect(one.items[0].json).toEqual(stored[data.ids.callHandled]);
	});

	test('SCP-11 contact data add or update: key/value pairs become the attachedData object, like the manual\'s {"x":0}', async () => {
		const result = await h.run({
			resource: 'contactData',
			operation: 'upsert',
			contactId: data.ids.callHandled,
			attachedData: { field: [{ name: 'orderNumber', value: 'ORD-55120' }, { name: 'crmCaseId', value: 'CS-90001' }] },
		});
		expect(result.error).toBeUndefined();
		const [request] = h.sim.received('/RI/cmi/contactData', 'POST');
		expect(bodyOf(request)).toEqual({ id: data.ids.callHandled, attachedData: { orderNumber: 'ORD-55120', crmCaseId: 'CS-90001' } });
		expect(request.status).toBe(201);
		expect(JSON.parse(h.sim.contactData[data.ids.callHandled].attachedData as string)).toEqual({
			crmCaseId: 'CS-90001',
			customerTier: 'gold',
			orderNumber: 'ORD-55120',
		});
		expect(result.items[0].json).toEqual({ id: data.ids.callHandled, location: `${h.sim.baseUrl}/RI/cmi/contactData/${data.ids.callHandled}` });
	});

	test('SCP-11 JSON text only when the user chooses it (the simulator, following the manual\'s example, refuses it)', async () => {
		const result = await h.run({
			resource: 'contactData',
			operation: 'upsert',
			contactId: data.ids.chatHandled,
			attachedData: { field: [{ name: 'topic', value: 'e-invoice' }] },
			options: { attachedDataFormat: 'text' },
		});
		expect(bodyOf(h.sim.received('/RI/cmi/contactData', 'POST')[0])).toEqual({ id: data.ids.chatHandled, attachedData: '{"topic":"e-invoice"}' });
		expect(result.error?.message).toBe('Sinch Contact Pro refused POST /contactData: attachedData must be a JSON object, for example {"x":0}');
	});

	test('SCP-11 attached data values carry their Type (a number stays a number)', async () => {
		const result = await h.run({
			resource: 'contactData',
			operation: 'upsert',
			contactId: data.ids.chatHandled,
			attachedData: { field: [{ name: 'topic', value: 'e-invoice' }, { name: 'rating', type: 'number', value: '5' }] },
		});
		expect(result.error).toBeUndefined();
		expect(bodyOf(h.sim.received('/RI/cmi/contactData', 'POST')[0])).toEqual({ id: data.ids.chatHandled, attachedData: { topic: 'e-invoice', rating: 5 } });
	});

	test('SCP-11 contact data on a call still connected, or with a key the channel does not allow: the 400 reaches the user', async () => {
		const active = await h.run({
			resource: 'contactData',
			operation: 'upsert',
			contactId: data.ids.callActive,
			attachedData: { field: [{ name: 'crmCaseId', value: 'CS-1' }] },
		});
		expect(active.error?.message).toBe('Sinch Contact Pro refused POST /contactData: Contact must be disconnected (status is Connected)');
		const key = await h.run({
			resource: 'contactData',
			operation: 'upsert',
			contactId: data.ids.callHandled,
			attachedData: { field: [{ name: 'favouriteColour', value: 'green' }] },
		});
		expect(key.error?.message).toContain('Attached data keys not allowed by ExtraDataForHistory: favouriteColour');
	});

	test('SCP-11 contact data without keys stops before any request', async () => {
		const result = await h.run({ resource: 'contactData', operation: 'upsert', contactId: data.ids.callHandled, attachedData: {} });
		expect(result.error?.message).toBe('"Attached Data" is empty');
		expect(h.sim.requests).toHaveLength(0);
	});

	test('SCP-11 contact data add without "Manage contact history": the 403 names both rights', async () => {
		const result = await h.run(
			{ resource: 'contactData', operation: 'upsert', contactId: data.ids.callHandled, attachedData: { field: [{ name: 'crmCaseId', value: 'CS-2' }] } },
			{ user: 'reporting' },
		);
		expect(result.error?.message).toBe(
			'The Contact Pro user lacks the right "Queue/user: Statistics details and Manage contact history" (403 on POST /contactData)',
		);
	});
});
