import type { IExecuteSingleFunctions } from 'n8n-workflow';

import type { Endpoint } from '../../shared/endpoint';
import { itemParameter } from '../../shared/parameters';
import { RCI_PATH } from './baseUrl';

/** What an operation calls: its routing (`route`) and its answers and error messages. */
export interface SinchEndpoint extends Endpoint {
	/** The thing acted on, in the user's words ("callback"). */
	thing: string;
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
		get: { thing: 'email', method: 'GET', path: '/emails/{emailId}', right: RIGHTS.emails, id: param('emailId') },
		getAll: { thing: 'email', method: 'GET', path: '/emails', right: RIGHTS.emails },
	},
	scriptResult: {
		get: { thing: 'script result', method: 'GET', path: '/scriptResults/{scriptResultId}', right: RIGHTS.scriptResults, id: param('scriptResultId') },
		getAll: { thing: 'script result', method: 'GET', path: '/scriptResults', right: RIGHTS.scriptResults },
		upsert: { thing: 'script result', method: 'POST', path: '/scriptResults', right: RIGHTS.scriptResults, id: param('contactId') },
	},
	script: {
		get: { thing: 'script', method: 'GET', baseURL: RCI_PATH, path: '/scripts/{scriptId}', right: RIGHTS.scripts, id: param('scriptId') },
		getAll: { thing: 'script', method: 'GET', baseURL: RCI_PATH, path: '/scripts', right: RIGHTS.scripts },
	},
	chat: {
		get: { thing: 'chat', method: 'GET', path: '/chats/{chatId}', right: RIGHTS.chats, id: param('chatId') },
		getAll: { thing: 'chat', method: 'GET', path: '/chats', right: RIGHTS.chats },
		create: { thing: 'chat', method: 'POST', path: '/chats', right: RIGHTS.chats },
	},
	callRecording: {
		get: { thing: 'call recording', method: 'GET', path: '/callRecordings/{callRecordingId}', right: RIGHTS.recordings, id: param('callRecordingId') },
		getAll: { thing: 'call recording', method: 'GET', path: '/callRecordings', right: RIGHTS.recordings },
		getListenLog: {
			thing: 'call recording',
			method: 'GET', path: '/callRecordings/{callRecordingId}/listenLog',
			right: RIGHTS.recordings,
			id: param('callRecordingId'),
		},
		addListenLog: {
			thing: 'call recording',
			method: 'POST', path: '/callRecordings/{callRecordingId}/listenLog',
			right: RIGHTS.recordings,
			id: param('callRecordingId'),
		},
	},
	callback: {
		get: { thing: 'callback', method: 'GET', path: '/callbacks/{callbackId}', right: 'Callbacks: View', id: param('callbackId') },
		getAll: { thing: 'callback', method: 'GET', path: '/callbacks', right: 'Callbacks: View' },
		create: { thing: 'callback', method: 'POST', path: '/callbacks', right: 'Callbacks: Create' },
		update: { thing: 'callback', method: 'PUT', path: '/callbacks/{callbackId}', right: 'Callbacks: Modify', id: param('callbackId') },
	},
	contact: {
		get: { thing: 'contact', method: 'GET', path: '/contacts/{contactId}', right: RIGHTS.contacts, id: param('contactId') },
		getAll: { thing: 'contact', method: 'GET', path: '/contacts', right: RIGHTS.contacts },
		getEvents: { thing: 'contact', method: 'GET', path: '/contacts/{contactId}/details', right: RIGHTS.contacts, id: param('contactId') },
	},
	contactRemark: {
		get: { thing: 'contact', method: 'GET', path: '/contacts/{contactId}/remarks', right: RIGHTS.contacts, id: param('contactId') },
		create: { thing: 'contact', method: 'POST', path: '/contacts/{contactId}/remarks', right: RIGHTS.remarks, id: param('contactId') },
		update: { thing: 'contact', method: 'PUT', path: '/contacts/{contactId}/remarks', right: RIGHTS.remarks, id: param('contactId') },
	},
	contactData: {
		get: { thing: 'contact data of contact', method: 'GET', path: '/contactData/{contactId}', right: RIGHTS.contactDataRead, id: param('contactId') },
		getAll: { thing: 'contact data', method: 'GET', path: '/contactData', right: RIGHTS.contactDataRead },
		upsert: { thing: 'contact', method: 'POST', path: '/contactData', right: RIGHTS.contactDataWrite, id: param('contactId') },
	},
	message: {
		get: { thing: 'message', method: 'GET', path: '/messages/{messageId}', right: RIGHTS.messages, id: param('messageId') },
		getAll: { thing: 'message', method: 'GET', path: '/messages', right: RIGHTS.messages },
		create: { thing: 'message', method: 'POST', path: '/messages', right: RIGHTS.messages },
		update: { thing: 'message', method: 'PUT', path: '/messages/{messageId}', right: RIGHTS.messages, id: param('messageId') },
		delete: { thing: 'message', method: 'DELETE', path: '/messages/{messageId}', right: RIGHTS.messages, id: param('messageId') },
	},
	customerConsent: {
		get: { thing: 'customer consent', method: 'GET', path: '/customerConsents/{usage}_{address}', right: 'Customer consents: View', id: consentId },
		getAll: { thing: 'customer consent', method: 'GET', path: '/customerConsents', right: 'Customer consents: View' },
		upsert: { thing: 'customer consent', method: 'POST', path: '/customerConsents', right: 'Customer consents: Create', id: consentId },
		delete: {
			thing: 'customer consent',
			method: 'DELETE', path: '/customerConsents/{usage}_{address}',
			right: 'Customer consents: View and Delete',
			id: consentId,
		},
	},
	s3Attachment: {
		create: { thing: 'S3 attachment', method: 'POST', path: '/s3attachments' },
	},
} satisfies Record<string, Record<string, SinchEndpoint>>;
