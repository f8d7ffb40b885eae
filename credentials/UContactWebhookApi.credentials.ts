import type { Icon, ICredentialType, INodeProperties } from 'n8n-workflow';

import { webhookAuthProperties } from '../nodes/shared/webhookAuth';

/** What uContact's webhook notifications must carry. uContact signs nothing: a secret in the URL is the usual way. */
export class UContactWebhookApi implements ICredentialType {
	name = 'uContactWebhookApi';

	displayName = 'uContact Webhook API';

	icon: Icon = { light: 'file:../nodes/UContact/ucontact.svg', dark: 'file:../nodes/UContact/ucontact.dark.svg' };

	documentationUrl = 'https://github.com/n8n-nodes-contact-center/n8n-nodes-contact-center#ucontact-trigger';

	properties: INodeProperties[] = [
		{
			displayName:
				"uContact does not sign its webhooks. Paste the Production URL into the portal with the secret as a query parameter (…?token=SECRET), or as a header if your portal lets you add one, and list uContact's server addresses if you know them.",
			name: 'notice',
			type: 'notice',
			default: '',
		},
		...webhookAuthProperties({
			basic: false,
			apiKeyLocations: ['query', 'header'],
			apiKeyDisplayName: 'Secret',
			defaultKeyNames: { query: 'token', header: 'X-UContact-Secret' },
		}),
	];
}
