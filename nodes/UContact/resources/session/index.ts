import type { IDataObject, IExecuteFunctions, INodeExecutionData, INodeProperties } from 'n8n-workflow';

import { nodeError } from '../../helpers/validate';
import { inputError } from '../../../shared/parameters';
import { vendorRequest } from '../../../shared/request';
import { api, ENDPOINTS, textResult } from '../../transport';

export const sessionDescription: INodeProperties[] = [
	{
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: { resource: ['session'] } },
		options: [
			{
				name: 'End',
				value: 'end',
				action: 'End the session',
				description:
					'Log the credential\'s session token out of uContact; the next call logs in again. Returns success.',
			},
		],
		default: 'end',
	},
];

interface SessionCredentials {
	authentication?: string;
	username?: string;
	sessionToken?: string;
}

async function endOne(context: IExecuteFunctions, itemIndex: number): Promise<IDataObject> {
	const credentials = await context.getCredentials<SessionCredentials>('uContactApi', itemIndex);
	if (credentials.authentication === 'apiToken') {
		throw inputError(context.getNode(), itemIndex, 'An API token has no session to end', 'Revoke API tokens in the uContact portal.');
	}
	const user = credentials.username ?? '';
	const token = credentials.sessionToken ?? '';
	if (token === '') return { success: true, ended: false, user, message: 'No session was open' };
	const endpoint = ENDPOINTS.session.end;
	const fields = { user, token };
	const { text, statusCode } = await vendorRequest(context, api, endpoint, { body: fields, itemIndex, renewSession: false });
	if (statusCode === 401) return { success: true, ended: false, user, message: 'The session had already ended' };
	textResult(context.getNode(), text, { endpoint, sent: fields, itemIndex }, 'ok');
	return { success: true, ended: true, user };
}

/** UC-00: ends the session the credential holds, with that session's own token. */
export async function endSessions(this: IExecuteFunctions): Promise<INodeExecutionData[][]> {
	const output: INodeExecutionData[] = [];
	for (let itemIndex = 0; itemIndex < this.getInputData().length; itemIndex++) {
		try {
			output.push({ json: await endOne(this, itemIndex), pairedItem: { item: itemIndex } });
		} catch (error) {
			if (!this.continueOnFail()) throw nodeError(this.getNode(), error, itemIndex);
			output.push({ json: { error: (error as Error).message }, pairedItem: { item: itemIndex } });
		}
	}
	return [output];
}
