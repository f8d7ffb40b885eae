import { NodeApiError, NodeOperationError } from 'n8n-workflow';
import type {
	DeclarativeRestApiSettings,
	IExecutePaginationFunctions,
	INode,
	INodeExecutionData,
} from 'n8n-workflow';

import { isVendorError, vendorApiError } from './errors';
import { itemParameter } from './parameters';
import { afterFirstLogin, retryTakenSessions } from './sessionGate';
import type { SessionGate } from './sessionGate';
import { answerAsTool, runCustomOperation, runsAsTool } from './tool';
import type { AgentView, CustomOperation } from './tool';

type Pagination = (
	this: IExecutePaginationFunctions,
	requestData: DeclarativeRestApiSettings.ResultOptions,
) => Promise<INodeExecutionData[]>;

/** What a vendor says instead of the generic hints (e.g. a 401 of a vendor without session logins). */
export interface TransportHints {
	/** What to do about a 401, in the vendor's words. */
	unauthorized?: string;
}

export interface GuardOptions extends TransportHints {
	/** Vendors with session logins: the first request of an execution logs in alone (sessionGate.ts). */
	session?: SessionGate;
	/** What an AI agent sees of an output item when the node runs as a tool (tool.ts). */
	agentView?: AgentView;
	/** The node's `customOperations`, which n8n does not run for a tool (tool.ts). */
	customOperations?: Record<string, Record<string, CustomOperation>>;
}

/**
 * Errors thrown before an answer exists (timeouts, refused connections, DNS, TLS, a login that
 * still fails after renewal) never reach postReceive. n8n only lets a declarative node wrap its
 * request through `requestOperations.pagination`, so every request of a node goes through this
 * guard, which renames such errors to say which vendor and endpoint failed and what to do.
 * When the node runs as an AI tool, the guard also writes the answer the agent gets (tool.ts).
 */
export function guardedRequests(vendor: string, returnAll?: Pagination, hints: GuardOptions = {}): Pagination {
	return async function (this: IExecutePaginationFunctions, requestData) {
		const send = async () => {
			if (returnAll && itemParameter<boolean>(this, 'returnAll', false) === true) return await returnAll.call(this, requestData);
			return await this.makeRoutingRequest(requestData);
		};
		const session = hints.session;
		const guarded = async () => {
			try {
				return session ? await retryTakenSessions(this, session, async () => await afterFirstLogin(this, session, send)) : await send();
			} catch (error) {
				const endpoint = `${(requestData.options.method ?? 'GET').toUpperCase()} ${String(requestData.options.url ?? '')}`;
				throw transportError(this.getNode(), vendor, endpoint, error, this.getItemIndex(), hints);
			}
		};
		if (!runsAsTool(this)) return await guarded();
		const custom = hints.customOperations?.[this.getNodeParameter('resource', '') as string]?.[this.getNodeParameter('operation', '') as string];
		return await answerAsTool(this, custom ? async () => await runCustomOperation(this, custom) : guarded, hints.agentView);
	};
}

const byCode: Record<string, (vendor: string, endpoint: string, detail: string) => [string, string]> = {
	ECONNABORTED: (vendor, endpoint, detail) => [
		`${vendor} did not answer ${endpoint} in time`,
		`${detail}. Raise the node's Timeout option or try again later.`,
	],
	ETIMEDOUT: (vendor, endpoint) => [`${vendor} did not answer ${endpoint} in time`, 'Check that the server is reachable, or try again later.'],
	ECONNREFUSED: (vendor, endpoint) => [
		`Could not connect to ${vendor} for ${endpoint} (connection refused)`,
		'Check the Base URL in the credential and that the server is running.',
	],
	ECONNRESET: (vendor, endpoint) => [`${vendor} closed the connection during ${endpoint}`, 'Try again later.'],
	ENOTFOUND: (vendor, endpoint) => [`The ${vendor} server address of ${endpoint} was not found (DNS)`, 'Check the host name in the credential.'],
	EAI_AGAIN: (vendor, endpoint) => [`The ${vendor} server address of ${endpoint} could not be resolved (DNS)`, 'Try again later.'],
	'401': (vendor, endpoint) => [
		`${vendor} did not accept the credentials for ${endpoint} (401)`,
		`Check the ${vendor} credential (user and password, or token); for session logins a new login was tried and failed too.`,
	],
};

export function transportError(
	node: INode,
	vendor: string,
	endpoint: string,
	error: unknown,
	itemIndex: number,
	hints: TransportHints = {},
): Error {
	if (isVendorError(error) || error instanceof NodeOperationError) return error as Error;
	const apiError = error as NodeApiError & { code?: string; cause?: { code?: string } };
	const status = String(apiError.httpCode ?? '');
	const code = /^\d+$/.test(status) ? status : String(apiError.cause?.code ?? apiError.code ?? status);
	const detail = (apiError.messages ?? []).find((message) => message && message !== apiError.message) ?? apiError.message;
	const describe = byCode[code];
	if (!describe) return error instanceof NodeApiError ? error : new NodeApiError(node, { message: String(detail) }, { itemIndex });
	const [message, genericHint] = describe(vendor, endpoint, detail);
	const hint = code === '401' && hints.unauthorized ? hints.unauthorized : genericHint;
	// Only HTTP statuses go into httpCode: n8n replaces the message of errors carrying a network code.
	const isStatus = /^\d+$/.test(code);
	return vendorApiError(node, { message, description: hint, httpCode: isStatus ? code : undefined, itemIndex, hint, endpoint, code: isStatus ? undefined : code });
}
