import { bodyOf, data, useSinch } from './setup';

const h = useSinch();
const [message] = data.demoMessages();
const [recordingConsent, marketingConsent] = data.demoConsents();

describe('Sinch Contact Pro messages', () => {
	test('SCP-12 message get many and get', async () => {
		const list = await h.run({ resource: 'message', operation: 'getAll', returnAll: true });
		expect(h.sim.received('/RI/cmi/messages', 'GET')).toHaveLength(1);
		expect(list.items.map((item) => item.json)).toEqual([message]);
		const one = await h.run({ resource: 'message', operation: 'get', messageId: message.id as string });
		expect(h.sim.received(`/RI/cmi/messages/${message.id as string}`, 'GET')).toHaveLength(1);
		expect(one.items[0].json).toEqual(message);
	});

	test('SCP-12 message create (201), update (204, all fields) and delete (204)', async () => {
		const fields = {
			field: [
				{ name: 'queue.id', value: data.queues.phone.id },
				{ name: 'title', value: 'Invoices delayed' },
				{ name: 'text', value: 'November invoices go out on 28 November.' },
			],
		};
		const created = await h.run({ resource: 'message', operation: 'create', fields });
		const [post] = h.sim.received('/RI/cmi/messages', 'POST');
		expect(bodyOf(post)).toEqual({ queue: { id: data.queues.phone.id }, title: 'Invoices delayed', text: 'November invoices go out on 28 November.' });
		const id = h.sim.messages.at(-1)!.id as string;
		expect(created.items[0].json).toEqual({ id, location: `${h.sim.baseUrl}/RI/cmi/messages/${id}` });

		const updated = await h.run({
			resource: 'message',
			operation: 'update',
			messageId: id,
			fields: { field: [{ name: 'title', value: 'Invoices delayed' }, { name: 'text', value: 'Invoices go out on 29 November.' }] },
		});
		const [put] = h.sim.received(`/RI/cmi/messages/${id}`, 'PUT');
		expect(bodyOf(put)).toEqual({ title: 'Invoices delayed', text: 'Invoices go out on 29 November.' });
		expect(updated.items.map((item) => item.json)).toEqual([{ success: true, id }]);
		expect(h.sim.messages.at(-1)).toEqual({ id, title: 'Invoices delayed', text: 'Invoices go out on 29 November.' });

		const deleted = await h.run({ resource: 'message', operation: 'delete', messageId: id });
		const [del] = h.sim.received(`/RI/cmi/messages/${id}`, 'DELETE');
		expect(del.rawBody.length).toBe(0);
		expect(deleted.items.map((item) => item.json)).toEqual([{ success: true, id }]);
		expect(h.sim.messages.map((row) => row.id)).toEqual([message.id]);
	});

	test('SCP-12 message delete of an unknown id: the 404 names the message and the id', async () => {
		const result = await h.run({ resource: 'message', operation: 'delete', messageId: 'ABABABABABABABABABABABABABABABAB' });
		expect(result.error?.message).toBe('Sinch Contact Pro has no message with ID "ABABABABABABABABABABABABABABABAB" (404 on DELETE /messages/{messageId})');
	});

	test('SCP-12 messages without the right: the 403 names "Queue: Messaging"', async () => {
		const result = await h.run({ resource: 'message', operation: 'getAll', returnAll: true }, { user: 'reporting' });
		expect(result.error?.message).toBe('The Contact Pro user lacks the right "Queue: Messaging" (403 on GET /messages)');
	});
});

describe('Sinch Contact Pro customer consents', () => {
	test('SCP-13 customer consent get many and get by {usage}_{address}', async () => {
		const list = await h.run({ resource: 'customerConsent', operation: 'getAll', returnAll: false, limit: 10 });
		expect(h.sim.received('/RI/cmi/customerConsents', 'GET')[0].query).toEqual({ limit: '10' });
		expect(list.items.map((item) => item.json)).toEqual([recordingConsent, marketingConsent]);
		const one = await h.run({ resource: 'customerConsent', operation: 'get', usage: 'RECORDING', address: '+358401234567' });
		expect(h.sim.received('/RI/cmi/customerConsents/RECORDING_%2B358401234567', 'GET')).toHaveLength(1);
		expect(one.items[0].json).toEqual(recordingConsent);
	});

	test('SCP-13 customer consent add or update (consent sent as a boolean), then delete by {usage}_{address}', async () => {
		const added = await h.run({
			resource: 'customerConsent',
			operation: 'upsert',
			usage: 'MARKETING',
			address: ' jussi.laine@example.com ',
			consent: true,
		});
		const [post] = h.sim.received('/RI/cmi/customerConsents', 'POST');
		expect(bodyOf(post)).toEqual({ usage: 'MARKETING', address: 'jussi.laine@example.com', consent: true });
		expect(post.status).toBe(201);
		expect(added.items[0].json).toEqual({
			id: 'MARKETING_jussi.laine@example.com',
			location: `${h.sim.baseUrl}/RI/cmi/customerConsents/MARKETING_jussi.laine@example.com`,
		});

		const deleted = await h.run({ resource: 'customerConsent', operation: 'delete', usage: 'RECORDING', address: '+358401234567' });
		const [del] = h.sim.received('/RI/cmi/customerConsents/RECORDING_%2B358401234567', 'DELETE');
		expect(del.rawBody.length).toBe(0);
		expect(deleted.items.map((item) => item.json)).toEqual([{ success: true, id: 'RECORDING_+358401234567' }]);
		expect(h.sim.consents.map((row) => row.id)).toEqual([marketingConsent.id, 'MARKETING_jussi.laine@example.com']);
	});

	test('SCP-13 a consent refused is false, not "false"; a text "true" in Consent Fields is what the server refuses', async () => {
		await h.run({ resource: 'customerConsent', operation: 'upsert', usage: 'RECORDING', address: '+358401234567', consent: false });
		expect(bodyOf(h.sim.received('/RI/cmi/customerConsents', 'POST')[0])).toMatchObject({ consent: false });
		expect(h.sim.consents.find((row) => row.id === 'RECORDING_+358401234567')?.consent).toBe(false);

		const text = await h.run({
			resource: 'customerConsent',
			operation: 'upsert',
			usage: 'RECORDING',
			address: '+358401234567',
			fields: { field: [{ name: 'consent', value: 'true' }] },
		});
		expect(text.error?.message).toBe('Sinch Contact Pro refused POST /customerConsents: consent must be true or false');
	});

	test('SCP-12 SCP-13 name/value pairs carry their Type: number, boolean and JSON values are sent as such, text stays text', async () => {
		const result = await h.run({
			resource: 'message',
			operation: 'create',
			fields: {
				field: [
					{ name: 'text', value: 'Planned outage tonight' },
					{ name: 'priority', type: 'number', value: '42' },
					{ name: 'visible', type: 'boolean', value: 'true' },
					{ name: 'queue', type: 'json', value: `{"id": "${data.queues.phone.id}"}` },
					{ name: 'code', type: 'string', value: '007' },
				],
			},
		});
		expect(result.error).toBeUndefined();
		expect(bodyOf(h.sim.received('/RI/cmi/messages', 'POST')[0])).toEqual({
			text: 'Planned outage tonight',
			priority: 42,
			visible: true,
			queue: { id: data.queues.phone.id },
			code: '007',
		});
		const consent = await h.run({
			resource: 'customerConsent',
			operation: 'upsert',
			usage: 'SMS',
			address: '+358401234567',
			fields: { field: [{ name: 'consent', type: 'boolean', value: 'TRUE' }] },
		});
		expect(consent.error).toBeUndefined();
		expect(bodyOf(h.sim.received('/RI/cmi/customerConsents', 'POST')[0])).toEqual({ usage: 'SMS', address: '+358401234567', consent: true });
	});

	test('SCP-12 a value that does not fit its Type stops the item before any request, naming the field', async () => {
		const result = await h.run({ resource: 'message', operation: 'create', fields: { field: [{ name: 'priority', type: 'number', value: 'high' }] } });
		expect(result.error?.message).toBe('"priority" is not a number: "high"');
		const flag = await h.run({ resource: 'message', operation: 'create', fields: { field: [{ name: 'visible', type: 'boolean', value: 'yes' }] } });
		expect(flag.error?.message).toBe('"visible" is not true or false: "yes"');
		expect(h.sim.requests).toHaveLength(0);
	});

	test('SCP-13 customer consent delete without the right: the 403 names "Customer consents: View and Delete"', async () => {
		const result = await h.run({ resource: 'customerConsent', operation: 'delete', usage: 'RECORDING', address: '+358401234567' }, { user: 'ivr.callbacks' });
		expect(result.error?.message).toBe(
			'The Contact Pro user lacks the right "Customer consents: View and Delete" (403 on DELETE /customerConsents/{usage}_{address})',
		);
		expect(h.sim.consents).toHaveLength(2);
	});

	test('SCP-13 customer consent get of an unknown consent: the 404 names the consent id', async () => {
		const result = await h.run({ resource: 'customerConsent', operation: 'get', usage: 'RECORDING', address: '+358400000000' });
		expect(result.error?.message).toBe(
			'Sinch Contact Pro has no customer consent with ID "RECORDING_+358400000000" (404 on GET /customerConsents/{usage}_{address})',
		);
	});
});

describe('Sinch Contact Pro S3 attachments', () => {
	test('SCP-14 S3 attachment: a signed upload link and a short URL', async () => {
		const result = await h.run({
			resource: 's3Attachment',
			operation: 'create',
			fields: { field: [{ name: 'fileName', value: 'meter-reading.jpg' }] },
		});
		expect(result.error).toBeUndefined();
		const [request] = h.sim.received('/RI/cmi/s3attachments', 'POST');
		expect(bodyOf(request)).toEqual({ fileName: 'meter-reading.jpg' });
		const json = result.items[0].json;
		expect(json.uploadUrl).toMatch(/^https:\/\/scp-attachments\.s3\.eu-north-1\.amazonaws\.com\/[0-9A-F]{32}\/meter-reading\.jpg\?X-Amz-Expires=900/);
		expect(json.shortUrl).toMatch(/^https:\/\/att\.nordlys-energia\.fi\//);
		expect(json.location).toBe(`${h.sim.baseUrl}/RI/cmi/s3attachments/${json.id as string}`);
	});

	test('SCP-14 S3 attachment refused (403): the message says the right is not published', async () => {
		const result = await h.run(
			{ resource: 's3Attachment', operation: 'create', fields: { field: [{ name: 'fileName', value: 'a.pdf' }] } },
			{ user: 'ivr.callbacks' },
		);
		expect(result.error?.message).toBe(
			"The Contact Pro user may not use POST /s3attachments (403); Sinch's rights table does not name the right it needs",
		);
	});
});
