import { createHash, createHmac } from 'crypto';
import type { IDataObject, IWebhookFunctions, IWebhookResponseData } from 'n8n-workflow';

import { answerWith, respond } from '../../shared/trigger';
import { safeEqual } from '../../shared/webhookAuth';
import type { ClaimAnswer, ClaimMessage, DuplicateOptions, Transport } from './duplicates';
import { answer } from './duplicates';

/**
 * Claim requests: how the processes of one n8n talk about a VIPeX call, through the trigger's
 * own webhook URL at each process's own address (where the delivery came in). n8n loads the
 * static data fresh for each request and saves it before it answers, so an answer is stored.
 * They are signed with a key derived from the instance id (the same in every process of one
 * n8n), the workflow and the node, so the PBX (or anyone else) cannot send one.
 */
const MESSAGE_HEADER = 'x-n8n-vipex-claim';
const SIGNATURE_HEADER = 'x-n8n-vipex-claim-signature';
/** A signed request older than this is refused (a replay). */
const MAX_AGE_MS = 60_000;

function signature(context: IWebhookFunctions, message: string): string {
	const key = createHash('sha256')
		.update(`vipex-call-claims\u0000${context.getInstanceId()}\u0000${context.getWorkflow().id ?? ''}\u0000${context.getNode().id}`)
		.digest();
	return createHmac('sha256', key).update(message).digest('hex');
}

/** The trigger's webhook at the address and port this process took the delivery on. */
function ownWebhookUrl(context: IWebhookFunctions): string {
	const request = context.getRequestObject();
	const raw = request.socket.localAddress ?? '127.0.0.1';
	const address = raw.startsWith('::ffff:') ? raw.slice(7) : raw;
	const host = address.includes(':') ? `[${address}]` : address;
	const path = (request.originalUrl ?? request.url ?? '/').split('?')[0];
	return `http://${host}:${request.socket.localPort}${path}`;
}

export function claimTransport(context: IWebhookFunctions): Transport {
	return {
		ownUrl: ownWebhookUrl(context),
		send: async (url, message) => {
			const encoded = Buffer.from(JSON.stringify(message)).toString('base64url');
			const answered = (await context.helpers.httpRequest({
				method: 'POST',
				url,
				headers: { [MESSAGE_HEADER]: encoded, [SIGNATURE_HEADER]: signature(context, encoded) },
				body: {},
				json: true,
				timeout: 15_000,
			})) as ClaimAnswer;
			if (typeof answered !== 'object' || answered === null) throw new Error(`${url} did not answer a claim request`);
			return answered;
		},
	};
}

export function isClaimRequest(context: IWebhookFunctions): boolean {
	return context.getHeaderData()[MESSAGE_HEADER] !== undefined;
}

function readMessage(context: IWebhookFunctions): ClaimMessage | undefined {
	const headers = context.getHeaderData();
	const encoded = headers[MESSAGE_HEADER];
	const given = headers[SIGNATURE_HEADER];
	if (typeof encoded !== 'string' || typeof given !== 'string' || !safeEqual(given, signature(context, encoded))) return undefined;
	try {
		const message = JSON.parse(Buffer.from(encoded, 'base64url').toString('utf8')) as ClaimMessage;
		return Math.abs(Date.now() - message.sent) <= MAX_AGE_MS ? message : undefined;
	} catch {
		return undefined;
	}
}

/** Answers a signed claim request; an unsigned or stale one gets 401 and starts nothing. */
export function answerClaimRequest(context: IWebhookFunctions, options: DuplicateOptions): IWebhookResponseData {
	const message = readMessage(context);
	if (!message) return respond(context, 401, 'Authorization required');
	const staticData = context.getWorkflowStaticData('node') as IDataObject;
	return answerWith(answer(options, staticData, message, ownWebhookUrl(context)));
}
