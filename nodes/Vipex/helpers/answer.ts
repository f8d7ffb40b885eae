import { NodeOperationError } from 'n8n-workflow';
import type { IHookFunctions, IWebhookDescription } from 'n8n-workflow';

import { noWebhookRegistration } from '../../shared/trigger';

const answer = '($parameter["answerOptions"] || {})';
const dataQuery = '$parameter["event"] === "dataQuery"';

/**
 * How n8n answers the PBX. A data query is answered when the workflow finishes, from the last
 * node's output as the trigger's Answer options shape it (n8n's "lastNode" mode); the other
 * events are answered by webhook() at once.
 */
export function vipexWebhook(name: 'default' | 'setup', httpMethod: 'GET' | 'POST'): IWebhookDescription {
	return {
		name,
		httpMethod,
		path: 'vipex',
		responseMode: `={{${dataQuery} ? "lastNode" : "onReceived"}}`,
		responseData: `={{${dataQuery} ? ${answer}["responseData"] || "firstEntryJson" : undefined}}`,
		responseCode: `={{${answer}["responseCode"] || 200}}`,
		responsePropertyName: `={{${answer}["responsePropertyName"] || undefined}}`,
		responseContentType: `={{${answer}["responseContentType"] || undefined}}`,
		responseHeaders: `={{${dataQuery} ? ${answer}["responseHeaders"] : undefined}}`,
	};
}

const RESPOND_TO_WEBHOOK = 'n8n-nodes-base.respondToWebhook';

/**
 * n8n's Respond to Webhook node (from version 1.1) fails unless n8n's own Webhook node is
 * before it ("No Webhook node found in the workflow"), and behind this trigger it has nothing
 * to answer: the trigger does. Publishing (or listening for a test event) with one behind the
 * trigger is refused, so the mistake shows when the workflow is set up, not while a caller waits.
 */
export const vipexWebhookRegistration = {
	...noWebhookRegistration,
	async checkExists(this: IHookFunctions): Promise<boolean> {
		const trigger = this.getNode().name;
		const respond = this.getChildNodes(trigger).find((node) => node.type === RESPOND_TO_WEBHOOK && !node.disabled);
		if (respond) {
			throw new NodeOperationError(this.getNode(), `"${respond.name}" cannot answer the VIPeX PBX: remove it`, {
				description:
					"n8n's Respond to Webhook node answers only behind n8n's own Webhook node. The VIPeX Trigger answers the PBX itself: a data query with the last node's output, shaped under Answer in the trigger (Respond With, Property Name, Content Type, Response Code, Response Headers); notifications and end-of-call data at once.",
			});
		}
		return true;
	},
};
