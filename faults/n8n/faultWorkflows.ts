import { answeredErrandCallback } from '../../test/simulators/cention/callback';
import { recordSaved } from '../../test/simulators/comnica/webhooks';
import { notifications } from '../../test/simulators/ucontact/webhooks';
import { callParameters, outgoingEndOfCall } from '../../test/simulators/vipex/payloads';
import type { CredentialImport } from '../../scripts/lib/demoCredentials';
import { vipexWebhookData } from '../../scripts/lib/demoCredentials';
import type { Canaries } from '../shared/canary';

/**
 * The triggers under attack, each in its own published workflow with its own canary
 * credential: how a legitimate sender authenticates and what it sends.
 */

const PACKAGE = 'n8n-nodes-contact-center';

/** The Comnica user the record-loading trigger logs in as (its password is a canary). */
export const COMNICA_API_USER = 'faults.trigger';

export type KeyPlace = 'header' | 'query' | 'body';

export interface SenderAuth {
	basic?: { user: string; password: string };
	key?: { place: KeyPlace; name: string; value: string };
}

export interface TriggerProfile {
	key: string;
	title: string;
	workflowId: string;
	nodeName: string;
	/** Methods the trigger registers (others are answered by n8n). */
	methods: string[];
	/** Content type a legitimate sender uses. */
	contentType: string;
	auth: SenderAuth;
	/** A legitimate event carrying `marker`; `variant` picks one of the documented shapes. */
	event(marker: string, variant: number): Record<string, unknown>;
}

export interface FaultWorkflow {
	id: string;
	name: string;
	nodes: Array<Record<string, unknown>>;
	connections: Record<string, unknown>;
	settings: Record<string, unknown>;
	pinData: Record<string, unknown>;
}

const ucontactEvents = [notifications.AgentLog, notifications.AgentBreak, notifications.FinishInteraction];

/** Canary credentials: every secret is a unique string searched for afterwards. */
export function faultCredentials(canaries: Canaries, comnicaApiUrl: string): CredentialImport[] {
	const basic = (user: string, role: string) => {
		canaries.basic(user, role);
		return { basicUser: user, basicPassword: canaries.make(role) };
	};
	return [
		{
			id: 'faultsComnicaHk1',
			name: 'faults: Comnica webhook secret (query)',
			type: 'comnicaWebhookApi',
			data: {
				apiKey: canaries.make('comnica-webhook-secret'),
				apiKeyLocation: 'query',
				apiKeyName_query: 'token',
				apiKeyName_header: 'X-Comnica-Secret',
				allowedIps: '',
			},
		},
		{
			id: 'faultsComnicaApi',
			name: 'faults: Comnica API (canary user)',
			type: 'comnicaApi',
			data: {
				baseUrl: comnicaApiUrl,
				username: COMNICA_API_USER,
				password: canaries.make('comnica-api-password'),
				sessionKey: '',
			},
		},
		{
			id: 'faultsUContactH1',
			name: 'faults: uContact webhook secret (header)',
			type: 'uContactWebhookApi',
			data: {
				apiKey: canaries.make('ucontact-webhook-secret'),
				apiKeyLocation: 'header',
				apiKeyName_header: 'X-UContact-Secret',
				apiKeyName_query: 'token',
				allowedIps: '',
			},
		},
		{
			id: 'faultsCentionHk1',
			name: 'faults: Cention callback secret (meta.api_secret)',
			type: 'centionWebhookApi',
			data: { apiKey: canaries.make('cention-callback-secret'), apiKeyName_body: 'meta.api_secret', allowedIps: '' },
		},
		{
			id: 'faultsVipexBasH1',
			name: 'faults: VIPeX Basic + API key in a header',
			type: 'vipexWebhookApi',
			data: vipexWebhookData({ ...basic('faults-vipex-header', 'vipex-header-password'), apiKey: canaries.make('vipex-header-key'), apiKeyLocation: 'header' }),
		},
		{
			id: 'faultsVipexQryK1',
			name: 'faults: VIPeX API key in the query',
			type: 'vipexWebhookApi',
			data: vipexWebhookData({ apiKey: canaries.make('vipex-query-key'), apiKeyLocation: 'query' }),
		},
		{
			id: 'faultsVipexBdyK1',
			name: 'faults: VIPeX Basic + API key in the body',
			type: 'vipexWebhookApi',
			data: vipexWebhookData({ ...basic('faults-vipex-body', 'vipex-body-password'), apiKey: canaries.make('vipex-body-key'), apiKeyLocation: 'body' }),
		},
	];
}

function credentialData(credentials: CredentialImport[], id: string): Record<string, string> {
	return credentials.find((credential) => credential.id === id)!.data as Record<string, string>;
}

/** The six triggers of the hostile-traffic test, plus VIPeX end of call for the duplicate test. */
export function faultTriggers(credentials: CredentialImport[]): TriggerProfile[] {
	const comnica = credentialData(credentials, 'faultsComnicaHk1');
	const ucontact = credentialData(credentials, 'faultsUContactH1');
	const cention = credentialData(credentials, 'faultsCentionHk1');
	const vipexHeader = credentialData(credentials, 'faultsVipexBasH1');
	const vipexQuery = credentialData(credentials, 'faultsVipexQryK1');
	const vipexBody = credentialData(credentials, 'faultsVipexBdyK1');
	const vipexEndOfCall = (marker: string) => {
		const { monitor_file: _file, ...call } = outgoingEndOfCall();
		// A small recording keeps a thousand requests cheap; the id makes every call new.
		return { ...call, id: marker, monitor_file: Buffer.from('RIFF____WAVEfmt ').toString('base64'), marker };
	};
	return [
		{
			key: 'comnica',
			title: 'Comnica Trigger (record saved, loads the record)',
			workflowId: 'faultsComnica001',
			nodeName: 'Comnica Trigger',
			methods: ['POST'],
			contentType: 'application/json',
			auth: { key: { place: 'query', name: 'token', value: comnica.apiKey } },
			event: (marker, variant) => ({ ...recordSaved('operator.termination', { record_id: variant % 2 === 0 ? 14396 : 42 }), marker }),
		},
		{
			key: 'ucontact',
			title: 'uContact Trigger (agent and interaction events)',
			workflowId: 'faultsUContact01',
			nodeName: 'uContact Trigger',
			methods: ['POST'],
			contentType: 'application/json',
			auth: { key: { place: 'header', name: 'X-UContact-Secret', value: ucontact.apiKey } },
			event: (marker, variant) => ({ ...ucontactEvents[variant % ucontactEvents.length], marker }),
		},
		{
			key: 'cention',
			title: 'Cention Trigger (errand answered)',
			workflowId: 'faultsCention001',
			nodeName: 'Cention Trigger',
			methods: ['POST'],
			contentType: 'application/vnd.api+json',
			auth: { key: { place: 'body', name: 'meta.api_secret', value: cention.apiKey } },
			event: (marker) => {
				const document = answeredErrandCallback({ secret: '' }) as { data: Record<string, unknown>; meta?: unknown };
				delete document.meta;
				return { ...document, data: { ...document.data, id: marker } };
			},
		},
		{
			key: 'vipex-query',
			title: 'VIPeX Trigger: data query (Basic + key in a header)',
			workflowId: 'faultsVipexQry01',
			nodeName: 'VIPeX Trigger',
			methods: ['POST', 'GET'],
			contentType: 'application/json',
			auth: {
				basic: { user: vipexHeader.basicUser, password: vipexHeader.basicPassword },
				key: { place: 'header', name: 'X-API-Key', value: vipexHeader.apiKey },
			},
			event: (marker, variant) => ({ ...callParameters({ id: 91000 + variant }), marker }),
		},
		{
			key: 'vipex-notification',
			title: 'VIPeX Trigger: incoming call notification (key in the query)',
			workflowId: 'faultsVipexNtf01',
			nodeName: 'VIPeX Trigger',
			methods: ['POST', 'GET'],
			contentType: 'application/json',
			auth: { key: { place: 'query', name: 'api_key', value: vipexQuery.apiKey } },
			event: (marker, variant) => ({ ...callParameters({ id: 92000 + variant }), marker }),
		},
		{
			key: 'vipex-end-of-call',
			title: 'VIPeX Trigger: end of call (Basic + key in the body)',
			workflowId: 'faultsVipexEoc01',
			nodeName: 'VIPeX Trigger',
			methods: ['POST', 'GET'],
			contentType: 'application/json',
			auth: {
				basic: { user: vipexBody.basicUser, password: vipexBody.basicPassword },
				key: { place: 'body', name: 'api_key', value: vipexBody.apiKey },
			},
			event: vipexEndOfCall,
		},
	];
}

export const DUPLICATES_WORKFLOW = 'faultsVipexDup01';

function trigger(type: string, name: string, webhookId: string, parameters: Record<string, unknown>, credentials: Record<string, string>) {
	return {
		id: `${webhookId}-node`,
		name,
		type: `${PACKAGE}.${type}`,
		typeVersion: 1,
		position: [0, 0],
		webhookId,
		parameters,
		credentials: Object.fromEntries(Object.entries(credentials).map(([type, id]) => [type, { id, name: id }])),
	};
}

function workflow(id: string, name: string, node: Record<string, unknown>): FaultWorkflow {
	return { id, name: `faults: ${name}`, nodes: [node], connections: {}, settings: { executionOrder: 'v1' }, pinData: {} };
}

/** One published workflow per trigger; fixed webhook ids, so URLs stay the same across restarts. */
export function faultWorkflows(): FaultWorkflow[] {
	return [
		workflow(
			'faultsComnica001',
			'Comnica record saved (hostile traffic)',
			trigger('comnicaTrigger', 'Comnica Trigger', 'f0000000-0000-4000-8000-00000000c001', {
				events: ['cc.record.save', 'i12n.record.state.change'],
				reasons: [],
				loadRecord: true,
			}, { comnicaWebhookApi: 'faultsComnicaHk1', comnicaApi: 'faultsComnicaApi' }),
		),
		workflow(
			'faultsUContact01',
			'uContact notifications (hostile traffic)',
			trigger('uContactTrigger', 'uContact Trigger', 'f0000000-0000-4000-8000-00000000c002', {
				events: ['AgentBreak', 'AgentLog', 'AgentRingNoAnswer', 'FinishInteraction', 'InteractionDisposition'],
				options: {},
			}, { uContactWebhookApi: 'faultsUContactH1' }),
		),
		workflow(
			'faultsCention001',
			'Cention errand answered (hostile traffic)',
			trigger('centionTrigger', 'Cention Trigger', 'f0000000-0000-4000-8000-00000000c003', {
				events: ['1'],
				downloadFiles: false,
				simplify: true,
			}, { centionWebhookApi: 'faultsCentionHk1' }),
		),
		workflow(
			'faultsVipexQry01',
			'VIPeX data query (hostile traffic)',
			trigger('vipexTrigger', 'VIPeX Trigger', 'f0000000-0000-4000-8000-00000000c004', {
				event: 'dataQuery',
				responseMode: 'lastNode',
			}, { vipexWebhookApi: 'faultsVipexBasH1' }),
		),
		workflow(
			'faultsVipexNtf01',
			'VIPeX incoming call notification (hostile traffic)',
			trigger('vipexTrigger', 'VIPeX Trigger', 'f0000000-0000-4000-8000-00000000c005', {
				event: 'incomingCall',
				moments: 'all',
			}, { vipexWebhookApi: 'faultsVipexQryK1' }),
		),
		workflow(
			'faultsVipexEoc01',
			'VIPeX end of call (hostile traffic)',
			trigger('vipexTrigger', 'VIPeX Trigger', 'f0000000-0000-4000-8000-00000000c006', {
				event: 'endOfCall',
				duplicateWindow: 60,
			}, { vipexWebhookApi: 'faultsVipexBdyK1' }),
		),
		workflow(
			DUPLICATES_WORKFLOW,
			'VIPeX end of call (duplicates)',
			trigger('vipexTrigger', 'VIPeX Trigger', 'f0000000-0000-4000-8000-00000000c007', {
				event: 'endOfCall',
				duplicateWindow: 60,
			}, { vipexWebhookApi: 'faultsVipexBdyK1' }),
		),
	];
}
