import type { Icon, ICredentialType, INodeProperties } from 'n8n-workflow';

import { webhookAuthProperties } from '../nodes/shared/webhookAuth';

/** What Comnica's webhooks must carry. Comnica signs nothing, so a secret in the URL is the usual way. */
export class ComnicaWebhookApi implements ICredentialType {
	name = 'comnicaWebhookApi';

	displayName = 'Comnica Webhook API';

	icon: Icon = { light: 'file:../nodes/Comnica/comnica.svg', dark: 'file:../nodes/Comnica/comnica.dark.svg' };

	documentationUrl = 'https://github.com/n8n-nodes-contact-center/n8n-nodes-contact-center#comnica-trigger';

	properties: INodeProperties[] = [
		{
			displayName:
				'Comnica does not sign its webhooks. Give Comnica the Production URL with the secret as a query parameter (…?token=SECRET), and list Comnica\'s server addresses if you know them.',
			name: 'notice',
			type: 'notice',
			default: '',
		},
		...webhookAuthProperties({
			basic: false,
			apiKeyLocations: ['query', 'header'],
			apiKeyDisplayName: 'Secret',
			defaultKeyNames: { query: 'token', header: 'X-Comnica-Secret' },
		}),
	];
}
