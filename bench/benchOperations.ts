import type { ICredentialDataDecryptedObject, IDataObject, INodeParameters } from 'n8n-workflow';

import { TOKENS } from '../test/simulators/cention/tokens';

/**
 * The operations the request and overhead figures run: one write per item, as a contact
 * center pushes leads, calls and errands. Each has our node's parameters, the credential it
 * uses, and (where compared) the HTTP Request node doing the same request by hand.
 */

export type VendorKey = 'comnica' | 'ucontact' | 'cention' | 'sinch';

export interface BenchVendor {
	key: VendorKey;
	title: string;
	/** Operation ID (as in the tests and the README) and its name. */
	operation: string;
	/** Node name as in package.json (without the package prefix). */
	nodeType: string;
	parameters: INodeParameters;
	credentialType: string;
	credentialData(simulatorUrl: string): ICredentialDataDecryptedObject;
	/** Path of the request each item makes. */
	path: string;
	/** Path of the login, for vendors with a session. */
	loginPath?: string;
	/**
	 * The same request through n8n's HTTP Request node, each value the workflow maps from the
	 * item an expression of its own, as a user maps fields ("Using Fields Below"). Its credential
	 * (requests.ts) carries the session the bench opened: Basic auth, or Cention's bearer header.
	 */
	http: { parameters: (simulatorUrl: string) => INodeParameters; credentialType: 'httpBasicAuth' | 'httpHeaderAuth' };
}

/** Input items like a web form or CRM export hands over. */
export function inputItems(count: number): IDataObject[] {
	return Array.from({ length: count }, (_, index) => ({
		ref: index + 1,
		name: `Customer ${index + 1}`,
		phone: `3620${String(1000000 + index).slice(1)}`,
		email: `customer${index + 1}@example.com`,
	}));
}

const RQ_SENT = '$now.toUTC().toFormat("yyyy-MM-dd HH:mm:ss.SSS") + "+0000"';

export const COMNICA_USER = { username: 'api.user', password: 'comnica-secret' };
export const UCONTACT_USER = { user: 'integracion', password: 'n8n-Integra-2024' };
export const SINCH_USER = { user: 'integration', password: 'Nordlys#Api2026' };
const SINCH_CALLBACK_QUEUE = '+35894251099';

function httpPost(url: string, genericAuthType: string, extra: INodeParameters): INodeParameters {
	return {
		method: 'POST',
		url,
		authentication: 'genericCredentialType',
		genericAuthType,
		sendBody: true,
		options: {},
		...extra,
	};
}

/** Body fields of the HTTP Request node; a dot in a name builds a sub-object, as in our node's routing. */
function fields(values: Record<string, string>): INodeParameters {
	return { specifyBody: 'keypair', bodyParameters: { parameters: Object.entries(values).map(([name, value]) => ({ name, value })) } };
}

export const VENDORS: BenchVendor[] = [
	{
		key: 'comnica',
		title: 'Comnica',
		operation: 'COM-07 Record Create',
		nodeType: 'comnica',
		parameters: {
			resource: 'record',
			operation: 'create',
			project: 9,
			customData: {
				mappingMode: 'defineBelow',
				value: { aaa: '={{ $json.name }}' },
				schema: [{ id: 'aaa', displayName: 'aaa', type: 'string', required: false, defaultMatch: false, display: true }],
			},
			contacts: { contact: [{ contact: '={{ $json.phone }}', type: 'phone', name: '={{ $json.name }}', priority: 1, preferred: true, active: true, sourceColumn: '' }] },
			duplicateCheck: 'none',
		},
		credentialType: 'comnicaApi',
		credentialData: (url) => ({ baseUrl: url, ...COMNICA_USER, sessionKey: '' }),
		path: '/integration/cc/record/save/v1',
		loginPath: '/new_session',
		// rq_sent is an expression here (our node stamps it in code); Comnica wants project_id and
		// the contact's priority and flags as numbers and booleans, which text fields cannot give.
		http: {
			credentialType: 'httpBasicAuth',
			parameters: (url) =>
				httpPost(`${url}/integration/cc/record/save/v1`, 'httpBasicAuth', {
					contentType: 'json',
					...fields({
						rq_sent: `={{ ${RQ_SENT} }}`,
						'payload.contacts': '={{ [{ contact: $json.phone, type: "phone", name: $json.name, priority: 1, preferred: true, active: true }] }}',
						'payload.system_columns.project_id': '={{ 9 }}',
						'payload.custom_data.aaa': '={{ $json.name }}',
					}),
				}),
		},
	},
	{
		key: 'ucontact',
		title: 'uContact',
		operation: 'UC-12 Dialer Add Task',
		nodeType: 'uContact',
		parameters: {
			resource: 'dialer',
			operation: 'addTask',
			taskMode: 'immediate',
			campaign: 'Ventas->',
			destination: '={{ $json.phone }}',
			dialerData: { field: [{ name: 'idcustomer', value: '={{ $json.ref }}' }] },
			source: 'n8n',
		},
		credentialType: 'uContactApi',
		credentialData: (url) => ({
			baseUrl: url,
			authentication: 'session',
			username: UCONTACT_USER.user,
			password: UCONTACT_USER.password,
			recordingsUrl: url,
			backupRecordingsUrl: '',
			sessionToken: '',
		}),
		path: '/Integra/resources/Dialers/DialerTask',
		loginPath: '/Integra/resources/auth/getUserToken',
		// Integra takes the task as JSON text in one form field: one expression holds both values.
		http: {
			credentialType: 'httpBasicAuth',
			parameters: (url) =>
				httpPost(`${url}/Integra/resources/Dialers/DialerTask`, 'httpBasicAuth', {
					contentType: 'form-urlencoded',
					...fields({
						call:
							'={{ JSON.stringify({ calldate: null, campaign: "Ventas->", destination: $json.phone, alternatives: "", ' +
							'agent: "", data: "idcustomer=" + $json.ref, source: "n8n", bulk: false, automatic: true }) }}',
					}),
				}),
		},
	},
	{
		key: 'cention',
		title: 'Cention',
		operation: 'CEN-02 Errand Create',
		nodeType: 'cention',
		parameters: {
			resource: 'errand',
			operation: 'create',
			mode: 'open',
			from: '={{ $json.email }}',
			name: '={{ $json.name }}',
			subject: 'Web form',
			body: '={{ "Request " + $json.ref }}',
			attachmentFields: '',
		},
		credentialType: 'centionApi',
		credentialData: (url) => ({ baseUrl: url, workspace: 'demo', token: TOKENS.full }),
		path: '/s/demo/capi/json/c3_new_errands',
		http: {
			credentialType: 'httpHeaderAuth',
			parameters: (url) =>
				httpPost(`${url}/s/demo/capi/json/c3_new_errands`, 'httpHeaderAuth', {
					contentType: 'json',
					...fields({
						'data.type': 'c3_new_errands',
						'data.attributes.msg.from': '={{ $json.email }}',
						'data.attributes.msg.name': '={{ $json.name }}',
						'data.attributes.msg.subject': 'Web form',
						'data.attributes.msg.body': '={{ "Request " + $json.ref }}',
					}),
					sendHeaders: true,
					headerParameters: {
						parameters: [
							{ name: 'Content-Type', value: 'application/vnd.api+json' },
							{ name: 'Accept', value: 'application/vnd.api+json' },
						],
					},
				}),
		},
	},
	{
		key: 'sinch',
		title: 'Sinch Contact Pro',
		operation: 'SCP-08 Callback Create',
		nodeType: 'sinchContactPro',
		parameters: {
			resource: 'callback',
			operation: 'create',
			customerNumber: '={{ "+" + $json.phone }}',
			callbackQueueNumber: SINCH_CALLBACK_QUEUE,
			notes: '={{ "Web form " + $json.ref }}',
		},
		credentialType: 'sinchContactProApi',
		credentialData: (url) => ({ baseUrl: url, username: SINCH_USER.user, password: SINCH_USER.password, apiKey: '', headerName: 'x-api-key' }),
		path: '/RI/cmi/callbacks',
		http: {
			credentialType: 'httpBasicAuth',
			parameters: (url) =>
				httpPost(`${url}/RI/cmi/callbacks`, 'httpBasicAuth', {
					contentType: 'json',
					...fields({ customerNumber: '={{ "+" + $json.phone }}', callbackQueueNumber: SINCH_CALLBACK_QUEUE, notes: '={{ "Web form " + $json.ref }}' }),
				}),
		},
	},
];

export function vendor(key: VendorKey): BenchVendor {
	return VENDORS.find((candidate) => candidate.key === key)!;
}
