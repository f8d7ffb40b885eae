import type { IExecuteSingleFunctions } from 'n8n-workflow';

import { itemParameter } from '../../shared/parameters';

/** What an operation calls, for answers and error messages. */
export interface Endpoint {
	/** The thing acted on, in the user's words ("callback"). */
	thing: string;
	/** Method and path as the CMI reference writes them. */
	endpoint: string;
	/** The Contact Pro right the call needs, named in 403 errors (absent: not published). */
	right?: string;
	/** The id acted on (404 messages, 204 answers). */
	id?: (context: IExecuteSingleFunctions) => string;
}

const param = (name: string) => (context: IExecuteSingleFunctions) => String(itemParameter(context, name, '') ?? '').trim();

/** The customer consent id is `{usage}_{address}`. */
export const consentId = (context: IExecuteSingleFunctions) => `${param('usage')(context)}_${param('address')(context)}`;

/*
 * Rights per resource and method: docs.dev.cc.sinch.com/cloud/ri-user-rights/en/cmi.html
 * ("Object: required rights"), plus the manual's notes on remarks and attached data.
 * The RCI page lists no right for /scripts; "Scripts: View" is inferred.
 */
const RIGHTS = {
	emails: 'Email queue: Manage contact history (or User: Manage contact history, for the agent the email is allocated to)',
	scriptResults: 'Queue: Manage contact history, User: Manage contact history or Outbound customer: View (one of them)',
	chats: 'Chat queue: Manage contact history (or User: Manage contact history, for the agent the chat is allocated to)',
	recordings: 'Phone queue: Listen to recording',
	contacts: 'Queue/user/campaign/IVR: Statistics details',
	remarks: 'Queue/user/campaign/IVR: Statistics details (and the user must be the agent responsible for the contact)',
	contactDataRead: 'Queue/user/custom IVR: Statistics details',
	contactDataWrite: 'Queue/user: Statistics details and Manage contact history',
	messages: 'Queue: Messaging',
	scripts: 'Scripts: View (Restful Configuration Interface)',
};

export const ENDPOINTS = {
	email: {
		get: { thing: 'email', endpoint: 'GET /emails/{emailId}', right: RIGHTS.emails, id: param('emailId') },
		getAll: { thing: 'email', endpoint: 'GET /emails', right: RIGHTS.emails },
	},
	scriptResult: {
		get: { thing: 'script result', endpoint: 'GET /scriptResults/{scriptResultId}', right: RIGHTS.scriptResults, id: param('scriptResultId') },
		getAll: { thing: 'script result', endpoint: 'GET /scriptResults', right: RIGHTS.scriptResults },
		upsert: { thing: 'script result', endpoint: 'POST /scriptResults', right: RIGHTS.scriptResults, id: param('contactId') },
	},
	script: {
		get: { thing: 'script', endpoint: 'GET /RI/rci/scripts/{scriptId}', right: RIGHTS.scripts, id: param('scriptId') },
		getAll: { thing: 'script', endpoint: 'GET /RI/rci/scripts', right: RIGHTS.scripts },
	},
	chat: {
		get: { thing: 'chat', endpoint: 'GET /chats/{chatId}', right: RIGHTS.chats, id: param('chatId') },
		getAll: { thing: 'chat', endpoint: 'GET /chats', right: RIGHTS.chats },
		create: { thing: 'chat', endpoint: 'POST /chats', right: RIGHTS.chats },
	},
	callRecording: {
		get: { thing: 'call recording', endpoint: 'GET /callRecordings/{callRecordingId}', right: RIGHTS.recordings, id: param('callRecordingId') },
		getAll: { thing: 'call recording', endpoint: 'GET /callRecordings', right: RIGHTS.recordings },
		getListenLog: {
			thing: 'call recording',
			endpoint: 'GET /callRecordings/{callRecordingId}/listenLog',
			right: RIGHTS.recordings,
			id: param('callRecordingId'),
		},
		addListenLog: {
			thing: 'call recording',
			endpoint: 'POST /callRecordings/{callRecordingId}/listenLog',
			right: RIGHTS.recordings,
			id: param('callRecordingId'),
		},
	},
	callback: {
		get: { thing: 'callback', endpoint: 'GET /callbacks/{callbackId}', right: 'Callbacks: View', id: param('callbackId') },
		getAll: { thing: 'callback', endpoint: 'GET /callbacks', right: 'Callbacks: View' },
		create: { thing: 'callback', endpoint: 'POST /callbacks', right: 'Callbacks: Create' },
		update: { thing: 'callback', endpoint: 'PUT /callbacks/{callbackId}', right: 'Callbacks: Modify', id: param('callbackId') },
	},
	contact: {
		get: { thing: 'contact', endpoint: 'GET /contacts/{contactId}', right: RIGHTS.contacts, id: param('contactId') },
		getAll: { thing: 'contact', endpoint: 'GET /contacts', right: RIGHTS.contacts },
		getEvents: { thing: 'contact', endpoint: 'GET /contacts/{contactId}/details', right: RIGHTS.contacts, id: param('contactId') },
	},
	contactRemark: {
		get: { thing: 'contact', endpoint: 'GET /contacts/{contactId}/remarks', right: RIGHTS.contacts, id: param('contactId') },
		create: { thing: 'contact', endpoint: 'POST /contacts/{contactId}/remarks', right: RIGHTS.remarks, id: param('contactId') },
		update: { thing: 'contact', endpoint: 'PUT /contacts/{contactId}/remarks', right: RIGHTS.remarks, id: param('contactId') },
	},
	contactData: {
		get: { thing: 'contact data of contact', endpoint: 'GET /contactData/{contactId}', right: RIGHTS.contactDataRead, id: param('contactId') },
		getAll: { thing: 'contact data', endpoint: 'GET /contactData', right: RIGHTS.contactDataRead },
		upsert: { thing: 'contact', endpoint: 'POST /contactData', right: RIGHTS.contactDataWrite, id: param('contactId') },
	},
	message: {
		get: { thing: 'message', endpoint: 'GET /messages/{messageId}', right: RIGHTS.messages, id: param('messageId') },
		getAll: { thing: 'message', endpoint: 'GET /messages', right: RIGHTS.messages },
		create: { thing: 'message', endpoint: 'POST /messages', right: RIGHTS.messages },
		update: { thing: 'message', endpoint: 'PUT /messages/{messageId}', right: RIGHTS.messages, id: param('messageId') },
		delete: { thing: 'message', endpoint: 'DELETE /messages/{messageId}', right: RIGHTS.messages, id: param('messageId') },
	},
	customerConsent: {
		get: { thing: 'customer consent', endpoint: 'GET /customerConsents/{usage}_{address}', right: 'Customer consents: View', id: consentId },
		getAll: { thing: 'customer consent', endpoint: 'GET /customerConsents', right: 'Customer consents: View' },
		upsert: { thing: 'customer consent', endpoint: 'POST /customerConsents', right: 'Customer consents: Create', id: consentId },
		delete: {
			thing: 'customer consent',
			endpoint: 'DELETE /customerConsents/{usage}_{address}',
			right: 'Customer consents: View and Delete',
			id: consentId,
		},
	},
	s3Attachment: {
		create: { thing: 'S3 attachment', endpoint: 'POST /s3attachments' },
	},
} satisfies Record<string, Record<string, Endpoint>>;
