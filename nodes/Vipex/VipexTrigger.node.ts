import { NodeConnectionTypes } from 'n8n-workflow';
import type {
	IDataObject,
	ILoadOptionsFunctions,
	INodePropertyOptions,
	INodeType,
	INodeTypeDescription,
	IWebhookFunctions,
	IWebhookResponseData,
} from 'n8n-workflow';

import { isValidTimeZone } from '../shared/timeZone';
import { receiveWebhook, respond, startWorkflow } from '../shared/trigger';
import { webhookTrigger } from '../shared/triggerDescription';
import { getPath, testWebhookAuthCredential } from '../shared/webhookAuth';
import { vipexWebhook, vipexWebhookRegistration } from './helpers/answer';
import { addReadableFields, notificationMoment } from './helpers/callFields';
import { answerClaimRequest, claimTransport, isClaimRequest } from './helpers/claimRequests';
import { decide } from './helpers/duplicates';
import type { Decision, DuplicateOptions, Won } from './helpers/duplicates';
import { triggerProperties } from './helpers/properties';
import { endOfCallItem } from './helpers/recordings';
import { callFields } from './helpers/request';
import { timeZoneNames } from './helpers/timeZone';

export class VipexTrigger implements INodeType {
	description: INodeTypeDescription = {
		displayName: 'VIPeX Trigger',
		name: 'vipexTrigger',
		icon: { light: 'file:vipex.svg', dark: 'file:vipex.dark.svg' },
		// One URL for both methods: GET (setup) and POST (default).
		...webhookTrigger([vipexWebhook('default', 'POST'), vipexWebhook('setup', 'GET')]),
		subtitle:
			'={{$parameter["event"] === "dataQuery" ? "Data Query" : $parameter["event"] === "incomingCall" ? "Incoming Call Notification" : "End of Call"}}',
		description: 'Starts the workflow when the VIPeX PBX asks for routing data, notifies a call, or sends a finished call',
		defaults: { name: 'VIPeX Trigger' },
		inputs: [],
		outputs: [NodeConnectionTypes.Main],
		credentials: [{ name: 'vipexWebhookApi', required: false, testedBy: 'vipexWebhookTest' }],
		properties: triggerProperties,
	};

	methods = {
		credentialTest: { vipexWebhookTest: testWebhookAuthCredential },
		loadOptions: {
			async getTimeZones(this: ILoadOptionsFunctions): Promise<INodePropertyOptions[]> {
				return timeZoneNames().map((zone) => ({ name: zone, value: zone }));
			},
		},
	};

	// The PBX's API clients are configured in the VIPeX admin: nothing to register through an API;
	// activation only checks that no Respond to Webhook node follows (helpers/answer.ts).
	webhookMethods = { default: vipexWebhookRegistration, setup: vipexWebhookRegistration };

	async webhook(this: IWebhookFunctions): Promise<IWebhookResponseData> {
		const method = this.getWebhookName() === 'setup' ? 'GET' : 'POST';
		const event = this.getNodeParameter('event', 'endOfCall') as string;
		// A delivery of this trigger asking, through n8n, which delivery of a call goes ahead.
		if (method === 'POST' && event === 'endOfCall' && isClaimRequest(this)) return answerClaimRequest(this, claimSettings(this));
		const request = await receiveWebhook(this, { credential: 'vipexWebhookApi', realm: 'VIPeX', expected: 'VIPeX call data' });
		if (request.refused) return request.refused;
		if (event === 'endOfCall' && method === 'GET') return respond(this, 405, 'VIPeX sends end-of-call data with POST', { Allow: 'POST' });

		const options = this.getNodeParameter('options', {}) as IDataObject;
		const timeZone = typeof options.timeZone === 'string' && options.timeZone !== '' ? options.timeZone : 'Europe/Budapest';
		if (!isValidTimeZone(timeZone)) {
			// A configuration error: 500 makes the PBX keep the data and resend it once fixed.
			return respond(this, 500, `The VIPeX Trigger's PBX Time Zone "${timeZone}" is not a valid time zone; choose one such as Europe/Budapest`);
		}
		const fields = callFields(request.query, request.body);
		if (event === 'endOfCall') return await endOfCall.call(this, fields, options, timeZone);

		addReadableFields(fields, timeZone);
		if (event === 'incomingCall') {
			const moment = notificationMoment(fields);
			const wanted = this.getNodeParameter('moments', 'all') as string;
			if (wanted !== 'all' && wanted !== moment) return respond(this, 200, 'Notification received; this workflow ignores this moment');
			fields.vipex = { event, method, moment };
			return startWorkflow(this, [{ json: fields }], 'Notification received');
		}
		// Data query: n8n answers with the last node's output when the workflow finishes (helpers/answer.ts).
		fields.vipex = { event: 'dataQuery', method };
		return startWorkflow(this, [{ json: fields }]);
	}
}

/** How long calls and claims are kept, how long an election settles, where this process keeps its memory. */
function claimSettings(context: IWebhookFunctions): DuplicateOptions {
	const options = context.getNodeParameter('options', {}) as IDataObject;
	const settleMs = typeof options.settleMs === 'number' ? options.settleMs : 1000;
	return {
		scope: `${context.getWorkflow().id ?? ''}:${context.getNode().id}`,
		windowMs: Number(context.getNodeParameter('duplicateWindow', 60)) * 60000,
		settleMs,
		// A claim not accepted within this time is dropped: its delivery died.
		leaseMs: 30_000,
	};
}

async function endOfCall(
	this: IWebhookFunctions,
	fields: IDataObject,
	options: IDataObject,
	timeZone: string,
): Promise<IWebhookResponseData> {
	const settings = claimSettings(this);
	const idField = typeof options.callIdField === 'string' && options.callIdField !== '' ? options.callIdField : 'id';
	const rawId = getPath(fields, idField);
	const callId = typeof rawId === 'string' || typeof rawId === 'number' ? String(rawId) : undefined;
	let decision: Won | undefined;
	if (callId !== undefined && settings.windowMs > 0) {
		const decided = await decideOnce(this, settings, callId);
		if (decided.outcome === 'repeat') return repeated(this, callId);
		// 503 so the PBX resends: another process holds the call and has not decided yet.
		if (decided.outcome === 'busy') return respond(this, 503, `Call ${callId} is being received by ${decided.reason}; send it again`);
		decision = decided;
	}

	let item;
	try {
		item = await endOfCallItem(this.helpers, fields, {
			binaryPropertyName: typeof options.binaryPropertyName === 'string' && options.binaryPropertyName !== '' ? options.binaryPropertyName : 'recording',
			keepBase64: options.keepBase64 === true,
			timeZone,
		});
	} catch (error) {
		await decision?.release();
		// 500 so the PBX resends; the data is not lost.
		return respond(this, 500, `The recording could not be stored: ${(error as Error).message}`);
	}
	if (decision && !(await decision.hold())) return repeated(this, callId!);
	item.json.vipex = { event: 'endOfCall', method: 'POST' };
	if (decision) acceptOnceAnswered(this, decision, callId!);
	// n8n answers once the execution is saved and queued: a 200 means the call will run.
	return startWorkflow(this, [item], 'Call data received');
}

/**
 * The call is recorded as received once n8n has answered the PBX (or the PBX left), that is
 * after n8n queued the execution. A process that dies before leaves the call claimed: the
 * claim runs out after its lease and the PBX's resend starts the call.
 */
function acceptOnceAnswered(context: IWebhookFunctions, decision: Won, callId: string): void {
	context.getResponseObject().once('close', () => {
		decision.accept().then(
			(first) => {
				if (!first) context.logger.warn(`VIPeX Trigger: call ${callId} was started by two deliveries (its claim ran out while it was being received)`);
			},
			(error: Error) => {
				context.logger.warn(`VIPeX Trigger: call ${callId} started but could not be recorded as received (${error.message}); a resend after the claim's lease may start it again`);
			},
		);
	});
}

/**
 * If this process cannot reach its own webhook (a proxy or firewall in the way), it decides
 * alone and says so in n8n's log: a call is then never lost, but one delivered to two
 * processes at once can start twice.
 */
async function decideOnce(context: IWebhookFunctions, settings: DuplicateOptions, callId: string): Promise<Decision> {
	const loaded = context.getWorkflowStaticData('node');
	try {
		return await decide(settings, callId, loaded, claimTransport(context));
	} catch (error) {
		context.logger.warn(`VIPeX Trigger: claim requests through this n8n process's webhook failed (${(error as Error).message}); deciding on call ${callId} in this process alone`);
		return await decide({ ...settings, settleMs: 0 }, callId, loaded, claimTransport(context));
	}
}

function repeated(context: IWebhookFunctions, callId: string): IWebhookResponseData {
	return respond(context, 200, `Call ${callId} was already received; this repeated delivery is ignored`);
}
