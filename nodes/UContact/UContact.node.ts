import { NodeConnectionTypes } from 'n8n-workflow';
import type { INodeType, INodeTypeDescription } from 'n8n-workflow';

import { getCampaigns, getCampaignsOrAll } from './methods/loadOptions';
import { callDescription } from './resources/call';
import { campaignDescription } from './resources/campaign';
import { dialerDescription, uploadBases } from './resources/dialer';
import { doNotCallDescription } from './resources/doNotCall';
import { downloadRecordings, recordingDescription } from './resources/recording';
import { endSessions, sessionDescription } from './resources/session';
import { guardedRequests } from '../shared/requestGuard';
import { describedForAgents } from '../shared/toolDescription';
import { ucontactAgentView } from './helpers/agentView';
import { paginateRecords, UCONTACT_SESSION, ucontactRequestDefaults } from './transport';

// Operations whose work is more than one request: fallbacks, grouping of items, own token.
const multiRequestOperations = {
	recording: { download: downloadRecordings },
	dialer: { uploadBase: uploadBases },
	session: { end: endSessions },
};

export class UContact implements INodeType {
	description: INodeTypeDescription = {
		displayName: 'uContact',
		name: 'uContact',
		icon: { light: 'file:ucontact.svg', dark: 'file:ucontact.dark.svg' },
		group: ['transform'],
		version: 1,
		subtitle: '={{$parameter["operation"] + ": " + $parameter["resource"]}}',
		description: 'Make and classify calls, feed dialers, find and download recordings and watch campaigns in uContact (Integra API)',
		defaults: { name: 'uContact' },
		usableAsTool: true,
		inputs: [NodeConnectionTypes.Main],
		outputs: [NodeConnectionTypes.Main],
		credentials: [{ name: 'uContactApi', required: true }],
		requestDefaults: ucontactRequestDefaults,
		requestOperations: {
			pagination: guardedRequests('uContact', paginateRecords, {
				session: UCONTACT_SESSION,
				agentView: ucontactAgentView,
				customOperations: multiRequestOperations,
			}),
		},
		properties: [
			{
				displayName: 'Resource',
				name: 'resource',
				type: 'options',
				noDataExpression: true,
				// Sends every request through the guard above (see nodes/shared/requestGuard.ts).
				routing: { send: { paginate: true } },
				options: [
					{ name: 'Call', value: 'call' },
					{ name: 'Campaign', value: 'campaign' },
					{ name: 'Dialer', value: 'dialer' },
					{ name: 'Do-Not-Call List', value: 'doNotCall' },
					{ name: 'Recording', value: 'recording' },
					{ name: 'Session', value: 'session' },
				],
				default: 'call',
			},
			...callDescription,
			...doNotCallDescription,
			...recordingDescription,
			...dialerDescription,
			...campaignDescription,
			...sessionDescription,
		],
	};

	methods = {
		loadOptions: { getCampaigns, getCampaignsOrAll },
	};

	customOperations = multiRequestOperations;

	constructor() {
		// Tool descriptions per operation, preSend errors kept for the tool's answer (nodes/shared/toolDescription.ts).
		this.description = describedForAgents(this.description);
	}
}
