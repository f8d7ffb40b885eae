import { NodeConnectionTypes } from 'n8n-workflow';
import type { IBinaryKeyData, IDataObject, INodeType, INodeTypeDescription, IWebhookFunctions, IWebhookResponseData } from 'n8n-workflow';

import { vendorRequest } from '../shared/request';
import { IGNORED, noWebhookRegistration, receiveWebhook, respond, startWorkflow } from '../shared/trigger';
import { setupNotice, webhookTrigger } from '../shared/triggerDescription';
import { testWebhookAuthCredential, withoutSecret } from '../shared/webhookAuth';
import { attachmentBinary } from './helpers/attachments';
import { callbackErrand, callbackFiles, downloadPath, simplifyCallback } from './helpers/callback';
import type { JsonApiDocument } from './helpers/jsonApi';
import { primaryResources } from './helpers/jsonApi';
import { api, centionApiRoot } from './transport';

export class CentionTrigger implements INodeType {
	description: INodeTypeDescription = {
		displayName: 'Cention Trigger',
		name: 'centionTrigger',
		icon: { light: 'file:cention.svg', dark: 'file:cention.dark.svg' },
		...webhookTrigger(),
		subtitle: 'Errand answered',
		description: 'Starts the workflow when Cention answers an errand (Callback API)',
		defaults: { name: 'Cention Trigger' },
		inputs: [],
		outputs: [NodeConnectionTypes.Main],
		credentials: [
			{ name: 'centionWebhookApi', required: true, testedBy: 'centionWebhookTest' },
			{ name: 'centionApi', required: true, displayOptions: { show: { downloadFiles: [true] } } },
		],
		properties: [
			setupNotice(
				'In Cention, open Administration → API → Callback, paste the Production URL above as Endpoint, set the Secret Key you put in the credential, and choose the areas whose answers should start this workflow',
			),
			{
				displayName: 'Events',
				name: 'events',
				type: 'multiOptions',
				options: [
					{
						name: 'Errand Answered',
						value: '1',
						description: 'An agent answered an errand in one of the chosen areas (event 1)',
					},
				],
				default: ['1'],
				description: 'Only start for these events. Leave empty for every event, including ones Cention adds later.',
			},
			{
				displayName: 'Download Files',
				name: 'downloadFiles',
				type: 'boolean',
				default: false,
				description:
					"Whether to download the answer's attachments and embedded images as binary data (attachment_0…, embeddedImage_0…). Cention only sends links; the download uses the Cention API credential, whose token needs the attachment claim.",
			},
			{
				displayName: 'Simplify',
				name: 'simplify',
				type: 'boolean',
				default: true,
				description:
					'Whether to return the answered errand as one flat object instead of the JSON:API document Cention sent (the secret is removed either way)',
			},
		],
	};

	methods = {
		credentialTest: { centionWebhookTest: testWebhookAuthCredential },
	};

	// Callbacks are set up in Cention's administration: nothing to register through an API.
	webhookMethods = { default: noWebhookRegistration };

	async webhook(this: IWebhookFunctions): Promise<IWebhookResponseData> {
		const request = await receiveWebhook(this, { credential: 'centionWebhookApi', realm: 'Cention callback', expected: 'a Cention callback' });
		if (request.refused) return request.refused;
		const body = request.body;
		const document = body !== null && typeof body === 'object' && !Array.isArray(body) ? (body as JsonApiDocument) : undefined;
		const callback = document ? primaryResources(document)[0] : undefined;
		if (!document || !callback || typeof callback.type !== 'string') {
			return respond(this, 400, 'Expected a Cention callback: a JSON:API document with data.type, data.attributes.event and included');
		}
		const events = this.getNodeParameter('events', []) as string[];
		const event = String(callback.attributes?.event ?? '');
		if (events.length > 0 && !events.includes(event)) return respond(this, 200, IGNORED);
		// Answer Cention before any download: downloads can take longer than it waits.
		respond(this, 200, 'Workflow was started');

		const simplify = this.getNodeParameter('simplify', true) as boolean;
		// Cention sends its secret in every callback, also when the credential does not check it.
		const json = simplify ? simplifyCallback(document) : withoutSecret(document as IDataObject, 'meta.api_secret');
		if (!(this.getNodeParameter('downloadFiles', false) as boolean)) return startWorkflow(this, [{ json }]);
		const binary = await downloadFiles(this, document, json, simplify);
		return startWorkflow(this, [{ json, ...(binary ? { binary } : {}) }]);
	}
}

/** Downloads every file of the answer; a file that fails is reported on the item, never thrown. */
async function downloadFiles(
	context: IWebhookFunctions,
	document: JsonApiDocument,
	json: IDataObject,
	simplified: boolean,
): Promise<IBinaryKeyData | undefined> {
	const credentials = await context.getCredentials<{ baseUrl: string; workspace: string }>('centionApi');
	const root = centionApiRoot(credentials.baseUrl, credentials.workspace);
	const files = callbackFiles(document, callbackErrand(document));
	const binary: IBinaryKeyData = {};
	const downloadErrors: IDataObject[] = [];
	const downloaded: IDataObject[] = [];
	for (const file of files) {
		const reference = { id: file.resource.id, type: file.resource.type };
		try {
			const answer = await vendorRequest(context, api, { method: 'GET', path: downloadPath(file.resource, root) }, { qs: {} });
			const resource = primaryResources(answer ?? {})[0];
			const data = resource ? await attachmentBinary(context.helpers, resource) : undefined;
			if (!data) {
				downloadErrors.push({ ...reference, error: 'Cention answered without the file content (attachment.content)' });
				continue;
			}
			binary[file.binaryProperty] = data;
			const entry = { ...reference, binaryProperty: file.binaryProperty, fileName: data.fileName, mimeType: data.mimeType };
			downloaded.push(entry);
			if (simplified) describeFile(json, file.relationship, reference.id, entry);
		} catch (error) {
			downloadErrors.push({ ...reference, error: (error as Error).message });
		}
	}
	if (!simplified) json.files = downloaded;
	if (downloadErrors.length) json.downloadErrors = downloadErrors;
	return Object.keys(binary).length ? binary : undefined;
}

/** Adds where a file landed to its entry in the simplified errand's attachments / embedded_archives. */
function describeFile(json: IDataObject, relationship: string, id: string | undefined, entry: IDataObject): void {
	const list = json[relationship];
	const target = Array.isArray(list) ? (list as IDataObject[]).find((item) => item?.id === id) : undefined;
	if (target) Object.assign(target, entry);
	else json[relationship] = [...(Array.isArray(list) ? (list as IDataObject[]) : []), entry];
}
