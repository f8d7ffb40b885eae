import type { INodeProperties, INodeTypeDescription, IWebhookDescription } from 'n8n-workflow';

import { vendorWebhook } from './trigger';

type TriggerKind = Pick<INodeTypeDescription, 'group' | 'version' | 'webhooks' | 'polling'>;

/**
 * What every webhook trigger of the package describes alike: the vendor posts to one webhook
 * unless the trigger names its own. Each node still names itself, its icon, inputs and outputs
 * in its own description, where n8n's lint checks them.
 */
export function webhookTrigger(webhooks: IWebhookDescription[] = [vendorWebhook()]): TriggerKind {
	return { group: ['trigger'], version: 1, webhooks };
}

/** What every polling trigger of the package describes alike. */
export function pollingTrigger(): TriggerKind {
	return { group: ['trigger'], version: 1, polling: true };
}

/** A trigger's first parameter: how to set it up, shown above its settings. */
export function setupNotice(text: string, name = 'setupNotice'): INodeProperties {
	return { displayName: text, name, type: 'notice', default: '' };
}
