import type { Icon, ICredentialType, INodeProperties } from 'n8n-workflow';

import { webhookAuthProperties } from '../nodes/shared/webhookAuth';

/** What the VIPeX PBX sends with each API-client call: Basic auth and/or a fixed API key. */
export class VipexWebhookApi implements ICredentialType {
	name = 'vipexWebhookApi';

	displayName = 'VIPeX Webhook API';

	icon: Icon = { light: 'file:../nodes/Vipex/vipex.svg', dark: 'file:../nodes/Vipex/vipex.dark.svg' };

	documentationUrl = 'https://github.com/n8n-nodes-contact-center/n8n-nodes-contact-center#vipex';

	properties: INodeProperties[] = [
		{
			displayName:
				'Enter the same values as in the VIPeX API client connection: the Basic auth user and password, and/or the fixed API key with the place the PBX sends it (header, query parameter or body field). Requests without them are refused and start nothing.',
			name: 'notice',
			type: 'notice',
			default: '',
		},
		...webhookAuthProperties({
			basic: true,
			apiKeyLocations: ['header', 'query', 'body'],
			apiKeyDisplayName: 'API Key',
			defaultKeyNames: { header: 'X-API-Key', query: 'api_key', body: 'api_key' },
		}),
	];
}
