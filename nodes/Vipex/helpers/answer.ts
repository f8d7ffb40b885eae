import { NodeOperationError } from 'n8n-workflow';
import type { IHookFunctions, IWebhookDescription } from 'n8n-workflow';

import { noWebhookRegistration } from '../../shared/trigger';

type Parameters = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

/**
 * A webhook field computed from the node's parameters. n8n 2.41 resolves it by calling
 * `resolve` when the parameters hold no expression, instead of evaluating the template in its
 * expression sandbox (8 evaluations a request otherwise: a third of the Webhook node's
 * throughput, `npm run bench` part 4); other n8n versions evaluate the template. The function
 * must be self-contained: the template is its source.
 */
function fromParameters(resolve: (parameters: Parameters) => unknown) {
	return { template: `={{(${String(resolve)})($parameter)}}`, resolve };
}

/** Where n8n 2.41 looks for those resolvers on a webhook description (n8n-workflow's WEBHOOK_RESOLVERS). */
const RESOLVERS = Symbol.for('n8n.webhookDescriptionResolvers');

const ANSWER_FIELDS = {
	responseMode: fromParameters((p) => (p.event === 'dataQuery' ? 'lastNode' : 'onReceived')),
	responseData: fromParameters((p) => (p.event === 'dataQuery' ? (p.answerOptions || {}).responseData || 'firstEntryJson' : undefined)),
	responseCode: fromParameters((p) => (p.answerOptions || {}).responseCode || 200),
	responsePropertyName: fromParameters((p) => (p.answerOptions || {}).responsePropertyName || undefined),
	responseContentType: fromParameters((p) => (p.answerOptions || {}).responseContentType || undefined),
	responseHeaders: fromParameters((p) => (p.event === 'dataQuery' ? (p.answerOptions || {}).responseHeaders : undefined)),
};

/**
 * How n8n answers the PBX. A data query is answered when the workflow finishes, from the last
 * node's output as the trigger's Answer options shape it (n8n's "lastNode" mode); the other
 * events are answered by webhook() at once.
 */
export function vipexWebhook(name: 'default' | 'setup', httpMethod: 'GET' | 'POST'): IWebhookDescription {
	const templates = Object.fromEntries(Object.entries(ANSWER_FIELDS).map(([field, entry]) => [field, entry.template]));
	return { name, httpMethod, path: 'vipex', ...templates, [RESOLVERS]: ANSWER_FIELDS } as IWebhookDescription;
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
