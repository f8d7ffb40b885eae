import type { Icon, ICredentialType, INodeProperties } from 'n8n-workflow';

import { webhookAuthProperties } from '../nodes/shared/webhookAuth';

/** The Secret Key of Cention's callback settings: Cention sends it inside the payload (meta.api_secret). */
export class CentionWebhookApi implements ICredentialType {
	name = 'centionWebhookApi';

	displayName = 'Cention Callback API';

	icon: Icon = { light: 'file:../nodes/Cention/cention.svg', dark: 'file:../nodes/Cention/cention.dark.svg' };

	documentationUrl = 'https://github.com/n8n-nodes-contact-center/n8n-nodes-contact-center#cention-trigger';

	properties: INodeProperties[] = [
		{
			displayName:
				'Use the same text as the Secret Key in Cention → Administration → API → Callback. Cention sends it in every callback; calls without it are refused.',
			name: 'notice',
			type: 'notice',
			default: '',
		},
		...webhookAuthProperties({
			basic: false,
			apiKeyLocations: ['body'],
			apiKeyDisplayName: 'Secret Key',
			defaultKeyNames: { body: 'meta.api_secret' },
		}),
	];
}
