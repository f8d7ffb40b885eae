import type { ICredentialDataDecryptedObject, IHttpRequestOptions } from 'n8n-workflow';

const ABSOLUTE = /^https?:\/\//i;

/**
 * For the credential's `authenticate`: the declarative nodes send addresses relative to the
 * vendor's API root, which depends on the credential. n8n 2.41 would evaluate a `baseURL`
 * expression twice per item in its sandbox; this puts the root in front once per request. A
 * relative `baseURL` (Sinch's `/RI/rci`) is a path below the root. Absolute addresses (the
 * package's code paths, n8n's HTTP Request node using this credential) are left as they are.
 */
export function onApiRoot(requestOptions: IHttpRequestOptions, root: string, credentials: ICredentialDataDecryptedObject): IHttpRequestOptions {
	const base = requestOptions.baseURL ?? '';
	if (ABSOLUTE.test(base) || (base === '' && ABSOLUTE.test(requestOptions.url))) return requestOptions;
	requestOptions.baseURL = `${root}${base}`;
	// n8n lets a node's own endpoint pass a credential restricted to "Specific Domains"; it only
	// knows the endpoint when the node's baseURL is an expression, so the host is added here.
	if (credentials.allowedHttpRequestDomains === 'domains' && requestOptions.allowedDomains) {
		const host = hostOf(requestOptions.baseURL);
		if (host) requestOptions.allowedDomains = `${host}, ${requestOptions.allowedDomains}`;
	}
	return requestOptions;
}

function hostOf(url: string): string | undefined {
	try {
		return new URL(url).hostname.toLowerCase() || undefined;
	} catch {
		return undefined;
	}
}

/**
 * A credential's address as a URL without trailing slashes: a bare name (`mycompany`) gets
 * `https://` and the vendor's cloud domain, a host (with a dot or a port) gets `https://`.
 */
export function addressOf(raw: string, cloudDomain: string): string {
	const value = String(raw ?? '').trim();
	const withScheme = ABSOLUTE.test(value) ? value : `https://${value.includes('.') || value.includes(':') ? value : `${value}.${cloudDomain}`}`;
	return withScheme.replace(/\/+$/, '');
}
