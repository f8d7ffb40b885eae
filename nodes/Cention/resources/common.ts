import type { INodeProperties } from 'n8n-workflow';

import { sendAs, trueOrNothing } from '../../shared/send';

/** The "inline images as data URLs" switch of the library endpoints (`data_url`). */
export function dataUrlOption(): INodeProperties {
	return {
		displayName: 'Embed Images as Data URLs',
		name: 'dataUrl',
		type: 'boolean',
		default: false,
		description:
			'Whether Cention should put images inlined in library questions into the text as data URLs (base64), so no separate download is needed',
		routing: { send: sendAs('query', 'data_url', trueOrNothing) },
	};
}
