import type { IN8nHttpFullResponse, INode, NodeApiError } from 'n8n-workflow';

import { endpointName } from '../../shared/endpoint';
import { bodyText } from '../../shared/errors';
import { statusError } from '../../shared/statusError';
import type { FailedAnswer } from '../../shared/statusError';
import type { SinchEndpoint } from './endpoints';

const CLOUD_KEY_HINT =
	'On a Sinch cloud tenant a 403 can also mean that the API key is missing or wrong (credential field "API Key").';

/** What to do about a 401 (n8n raises it before postReceive; the request guard words it). */
export const SINCH_UNAUTHORIZED =
	'Sinch Contact Pro did not accept the user or password. Check them in the Sinch Contact Pro credential, and that the user may use the restful interfaces.';

interface SinchAnswer extends FailedAnswer {
	endpoint: SinchEndpoint;
	/** The id acted on, when the operation has one. */
	id?: string;
}

/** 403 names the Contact Pro right, 404 the resource and id, 400 repeats the server's text. */
const byStatus = statusError<SinchAnswer>({
	vendor: 'Sinch Contact Pro',
	byStatus: {
		400: ({ where, said }) => [
			`Sinch Contact Pro refused ${where}: ${said || 'Bad Request'}`,
			'The server rejected the data it was sent (400 Bad Request). Correct the fields it names and try again.',
		],
		403: ({ where, endpoint }) => [
			endpoint.right
				? `The Contact Pro user lacks the right "${endpoint.right}" (403 on ${where})`
				: `The Contact Pro user may not use ${where} (403); Sinch's rights table does not name the right it needs`,
			`Ask a Contact Pro administrator to give the API user this right in System Configurator (user rights of the queue, user or object concerned). ${CLOUD_KEY_HINT}`,
		],
		404: ({ where, endpoint, id }) =>
			id
				? [
						`Sinch Contact Pro has no ${endpoint.thing} with ID "${id}" (404 on ${where})`,
						`Check the ID (Contact Pro IDs have 32 characters) and that the ${endpoint.thing} still exists.`,
					]
				: [
						`Sinch Contact Pro has nothing at ${where} (404)`,
						'Check the Server URL in the credential: it is the server root (https://host:port); the node adds /RI/cmi and /RI/rci.',
					],
		406: ({ where, status }) => notAccepted(where, status),
		415: ({ where, status }) => notAccepted(where, status),
	},
	serverError: ({ where, status }) => [
		`Sinch Contact Pro failed to process ${where} (HTTP ${status})`,
		'The server had a problem. Try again later; if it persists, check the server logs.',
	],
	otherwise: ({ where, status }) => [`Sinch Contact Pro answered HTTP ${status} to ${where}`, 'Check the node parameters.'],
});

function notAccepted(where: string, status: number): [string, string] {
	return [
		`Sinch Contact Pro did not accept the request format of ${where} (HTTP ${status})`,
		'The server expects JSON (Accept and Content-Type application/json). Check proxies between n8n and the server.',
	];
}

/** Turns a failed CMI/RCI answer into an error that says what failed and what to do. */
export function sinchError(node: INode, response: IN8nHttpFullResponse, endpoint: SinchEndpoint, id?: string, itemIndex?: number): NodeApiError {
	return byStatus(node, { status: response.statusCode, where: endpointName(endpoint), said: bodyText(response.body), itemIndex, endpoint, id });
}
