import { NodeConnectionTypes } from 'n8n-workflow';
import type { INodeType, INodeTypeDescription } from 'n8n-workflow';

import { loadOptions } from './methods/loadOptions';
import { agentLoginLogDescription } from './resources/agentLoginLog';
import { areaArchiveDescription } from './resources/areaArchive';
import { contactCardDescription } from './resources/contactCard';
import { errandDescription } from './resources/errand';
import { exportDescription } from './resources/export';
import { facebookRatingDescription } from './resources/facebookRating';
import { externalLibraryDescription, libraryCategoryDescription, libraryDescription } from './resources/library';
import { libraryAttachmentDescription } from './resources/libraryAttachment';
import { libraryQuestionDescription } from './resources/libraryQuestion';
import { outboundCallDescription } from './resources/outboundCall';
import { responseAttachmentDescription } from './resources/responseAttachment';
import { guardedRequests } from '../shared/requestGuard';
import { describedForAgents } from '../shared/toolDescription';
import { centionAgentView } from './helpers/agentView';
import { CENTION_UNAUTHORIZED, centionPathIds, centionRequestDefaults } from './transport';

export class Cention implements INodeType {
	description: INodeTypeDescription = {
		displayName: 'Cention',
		name: 'cention',
		icon: { light: 'file:cention.svg', dark: 'file:cention.dark.svg' },
		group: ['transform'],
		version: 1,
		subtitle: '={{$parameter["operation"] + ": " + $parameter["resource"]}}',
		description: 'Work with Cention Contact Center errands, knowledge library, contact cards, exports and agent logs',
		defaults: { name: 'Cention' },
		usableAsTool: true,
		inputs: [NodeConnectionTypes.Main],
		outputs: [NodeConnectionTypes.Main],
		credentials: [{ name: 'centionApi', required: true }],
		requestDefaults: centionRequestDefaults,
		requestOperations: {
			pagination: guardedRequests('Cention', undefined, { unauthorized: CENTION_UNAUTHORIZED, agentView: centionAgentView }),
		},
		properties: [
			{
				displayName: 'Resource',
				name: 'resource',
				type: 'options',
				noDataExpression: true,
				// Sends every request through the guard above (see nodes/shared/requestGuard.ts) and
				// fills the ids of `/json/c3_errand_reports/{errandId}`-style urls.
				routing: { send: { paginate: true, preSend: [centionPathIds] } },
				options: [
					{ name: 'Agent Login Log', value: 'agentLoginLog' },
					{ name: 'Area Archive', value: 'areaArchive' },
					{ name: 'Category', value: 'libraryCategory' },
					{ name: 'Contact Card', value: 'contactCard' },
					{ name: 'Errand', value: 'errand' },
					{ name: 'Export', value: 'export' },
					{ name: 'External Library', value: 'externalLibrary' },
					{ name: 'Facebook Rating', value: 'facebookRating' },
					{ name: 'Library', value: 'library' },
					{ name: 'Library Attachment', value: 'libraryAttachment' },
					{ name: 'Outbound Call', value: 'outboundCall' },
					{ name: 'Question', value: 'libraryQuestion' },
					{ name: 'Response Attachment', value: 'responseAttachment' },
				],
				default: 'errand',
			},
			...agentLoginLogDescription,
			...areaArchiveDescription,
			...libraryCategoryDescription,
			...contactCardDescription,
			...errandDescription,
			...exportDescription,
			...externalLibraryDescription,
			...facebookRatingDescription,
			...libraryDescription,
			...libraryAttachmentDescription,
			...outboundCallDescription,
			...libraryQuestionDescription,
			...responseAttachmentDescription,
			{
				displayName: 'Simplify',
				name: 'simplify',
				type: 'boolean',
				default: true,
				displayOptions: {
					hide: { resource: ['agentLoginLog', 'areaArchive', 'libraryAttachment', 'responseAttachment'] },
				},
				description:
					'Whether to return flat objects (ID, type, attributes, related resources filled in) instead of the JSON:API document Cention sent',
			},
		],
	};

	methods = { loadOptions };

	constructor() {
		// Tool descriptions per operation, preSend errors kept for the tool's answer (nodes/shared/toolDescription.ts).
		this.description = describedForAgents(this.description);
	}
}
