import type { Icon, ICredentialType, INodeProperties } from 'n8n-workflow';

import { webhookAuthProperties } from '../nodes/shared/webhookAuth';

/**
 * What an Event-Driven Integration sends with each request: HTTP Basic ("authentication":
 * {"type": "basic"}) and/or a header filled from the integration's authentications, such as
 * "x-api-key": "{authentications.api-key}" (Sinch's example "Listen to conversation lifecycle events").
 */
export class SinchContactProWebhookApi implements ICredentialType {
	name = 'sinchContactProWebhookApi';

	displayName = 'Sinch Contact Pro EDI Webhook API';

	icon: Icon = {
		light: 'file:../nodes/SinchContactPro/sinchContactPro.svg',
		dark: 'file:../nodes/SinchContactPro/sinchContactPro.dark.svg',
	};

	documentationUrl = 'https://github.com/n8n-nodes-contact-center/n8n-nodes-contact-center#sinch-contact-pro-trigger';

	properties: INodeProperties[] = [
		{
			displayName:
				'Enter the same values as in the Event-Driven Integration in System Configurator: its Basic authentication user and password, and/or the API key it sends in the x-api-key header. Requests without them are refused and start nothing.',
			name: 'notice',
			type: 'notice',
			default: '',
		},
		...webhookAuthProperties({
			basic: true,
			apiKeyLocations: ['header'],
			apiKeyDisplayName: 'API Key',
			defaultKeyNames: { header: 'x-api-key' },
		}),
	];
}
