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
	/** Operation ID of operations.md and its name. */
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
	/** The same request through n8n's HTTP Request node; `auth` is what goes into its Basic Auth credential. */
	http?: (simulatorUrl: string) => INodeParameters;
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

function httpPost(url: string, extra: INodeParameters): INodeParameters {
	return {
		method: 'POST',
		url,
		authentication: 'genericCredentialType',
		genericAuthType: 'httpBasicAuth',
		sendBody: true,
		options: {},
		...extra,
	};
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
		http: (url) =>
			httpPost(`${url}/integration/cc/record/save/v1`, {
				contentType: 'json',
				specifyBody: 'json',
				jsonBody:
					`={{ { rq_sent: ${RQ_SENT}, payload: { custom_data: { aaa: $json.name }, ` +
					'contacts: [{ contact: $json.phone, type: "phone", name: $json.name, priority: 1, preferred: true, active: true }], ' +
					'system_columns: { project_id: 9 } } } }}',
			}),
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
		http: (url) =>
			httpPost(`${url}/Integra/resources/Dialers/DialerTask`, {
				contentType: 'form-urlencoded',
				bodyParameters: {
					parameters: [
						{
							name: 'call',
							value:
								'={{ JSON.stringify({ calldate: null, campaign: "Ventas->", destination: $json.phone, alternatives: "", ' +
								'agent: "", data: "idcustomer=" + $json.ref, source: "n8n", bulk: false, automatic: true }) }}',
						},
					],
				},
			}),
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
		http: (url) =>
			httpPost(`${url}/RI/cmi/callbacks`, {
				contentType: 'json',
				specifyBody: 'json',
				jsonBody: `={{ { customerNumber: "+" + $json.phone, callbackQueueNumber: "${SINCH_CALLBACK_QUEUE}", notes: "Web form " + $json.ref } }}`,
			}),
	},
];

export function vendor(key: VendorKey): BenchVendor {
	return VENDORS.find((candidate) => candidate.key === key)!;
}
