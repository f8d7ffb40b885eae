/**
 * The manual's callback sample (Cention → Administration → API → Callback): an answered
 * errand with links to its attachments. The manual's copy of the HTML body is mangled; it is
 * restored here from Cention's Go SDK, which carries the same sample.
 */

const HTML_BODY =
	'<div style="font-size:;font-family:;"><div>sadadad<img src="cid:12" /><img alt="" src="cid:attachment_788" /></div>\n\n<br /><br /><div>\u00a0</div>\r\n<a href="http://localhost/errands/satisfaction/meter/-/answer/4d6a49314e673d3d/1b7f046991d401785264fc4d35ca3db6" style="font-family:Verdana; font-size:10pt; color:black; font-style:normal;">optionONE</a><br /><a href="http://localhost/errands/satisfaction/meter/-/answer/4d6a4931AAA73d3d/73d05e8f6ec0ca1AAAa6608b78debd9" style="font-family:Verdana; font-size:10pt; color:black; font-style:normal;">optionTWO</a><br /><br />\n--------- Cention Contact Center - Original message ---------<br />\nErrand: #2256-1<br />\nFrom: Sany Liew (david.liew@test.se)<br />\nSent: 2017/01/22 16:53<br />\nTo: test-services-area<br />\nSubject: Creating test errand via API<br />\nQuestion: <br />\n<br />\nTest message body at Sun, 22 Jan 2017 16:53:04 +0800<br />\n<br />--------- Cention Contact Center - Original message - End ---------</div>';

export interface CallbackOptions {
	/** The Secret Key of the callback settings (meta.api_secret). */
	secret: string;
	/** Where the links point: the manual says http://localhost/capi. */
	linkBase?: string;
	/** Links as `{self: {href}}` (the manual) or `{self: "…"}` (the SDK). */
	linkStyle?: 'href' | 'string';
	event?: number;
}

export function answeredErrandCallback(options: CallbackOptions): Record<string, unknown> {
	const base = options.linkBase ?? 'http://localhost/capi';
	const link = (type: string, id: number) =>
		options.linkStyle === 'string' ? { self: `${base}/json/${type}/${id}` } : { self: { href: `${base}/json/${type}/${id}` } };
	const file = (type: string, id: number) => ({ type, id: String(id), attributes: { c3_id: id }, links: link(type, id) });
	return {
		data: {
			type: 'c3_callback_answer_errands',
			id: '76',
			attributes: { event: options.event ?? 1 },
			relationships: { errand: { data: { type: 'c3_answer_errands', id: '2256' } } },
		},
		included: [
			file('c3_response_attachments', 789),
			file('c3_response_attachments', 790),
			file('c3_area_archives', 12),
			{
				type: 'c3_answer_errands',
				id: '2256',
				attributes: {
					answer: {
						c3_id: 1189,
						response: {
							body: 'text',
							c3_id: 3304,
							html_body: HTML_BODY,
							subject: 'Creating test errand via API',
							to: [{ c3_id: 279, email_address: 'david.liew@test.se', name: 'David Liew' }],
						},
					},
					c3_id: 2256,
					service: { c3_id: 16, name: 'Form', type: 19 },
				},
				relationships: {
					attachments: {
						data: [
							{ type: 'c3_response_attachments', id: '788' },
							{ type: 'c3_response_attachments', id: '789' },
							{ type: 'c3_response_attachments', id: '790' },
						],
					},
					embedded_archives: { data: [{ type: 'c3_area_archives', id: '12' }] },
				},
			},
			file('c3_response_attachments', 788),
		],
		meta: { api_secret: options.secret },
	};
}
