import type { IHttpRequestOptions } from 'n8n-workflow';

import { onApiRoot } from '../../nodes/shared/apiRoot';
import { engine } from '../harness/engine';
import { useSimulator } from '../harness/lifecycle';
import { data, SinchSimulator } from '../simulators/sinch';

const sinch = useSimulator(new SinchSimulator());

/**
 * The nodes' requests are relative; the credential's `authenticate` puts the API root in front.
 * n8n lets a node's own endpoint pass a credential restricted to "Specific Domains" (the list is
 * meant for the HTTP Request node), which it can only do when it knows the endpoint.
 */
describe('The API root comes from the credential', () => {
	test('SCP-08 Callback Create with a credential restricted to other domains still reaches its own server', async () => {
		const e = await engine();
		const user = data.users.find((candidate) => candidate.user === 'integration')!;
		const credential = e.credentials.add('sinchContactProApi', {
			baseUrl: sinch.baseUrl,
			username: user.user,
			password: user.password,
			allowedHttpRequestDomains: 'domains',
			allowedDomains: 'crm.example.com',
		});
		const result = await e.run({
			type: 'sinchContactPro',
			parameters: { resource: 'callback', operation: 'create', customerNumber: '+358401234567', callbackQueueNumber: '+35894251099' },
			credentials: { sinchContactProApi: credential },
		});
		expect(result.error).toBeUndefined();
		expect(sinch.received('/RI/cmi/callbacks')).toHaveLength(1);
	});

	test('an absolute address (a code path, or the HTTP Request node with this credential) is left as it is', () => {
		const options: IHttpRequestOptions = { url: 'https://elsewhere.example.com/x', allowedDomains: 'crm.example.com' };
		onApiRoot(options, 'https://contactpro.example.com/RI/cmi', { allowedHttpRequestDomains: 'domains' });
		expect(options).toEqual({ url: 'https://elsewhere.example.com/x', allowedDomains: 'crm.example.com' });
	});

	test('a relative baseURL is a path below the root; the root\'s host joins a domain list', () => {
		const options: IHttpRequestOptions = { url: '/scripts', baseURL: '/RI/rci', allowedDomains: 'crm.example.com' };
		onApiRoot(options, 'https://ContactPro.example.com:8443', { allowedHttpRequestDomains: 'domains' });
		expect(options).toEqual({ url: '/scripts', baseURL: 'https://ContactPro.example.com:8443/RI/rci', allowedDomains: 'contactpro.example.com, crm.example.com' });
	});
});
