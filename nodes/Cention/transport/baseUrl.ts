/**
 * Cention serves every workspace at https://<api domain>/s/<workspace>/capi. The credential
 * takes the API address and the workspace apart; a pasted address that already ends in
 * /s/<workspace>/capi, or lacks the scheme, still works. The node's requests get it from the
 * credential's `authenticate`; this expression serves the credential's Test button (once per click).
 */
export const CENTION_API_ROOT_EXPRESSION =
	'={{ (/^https?:\\/\\//.test($credentials.baseUrl.trim()) ? "" : "https://") + $credentials.baseUrl.trim().replace(/\\/+$/, "").replace(/\\/s\\/[^/]+\\/capi$/, "") + "/s/" + $credentials.workspace.trim() + "/capi" }}';

export function centionApiRoot(baseUrl: string, workspace: string): string {
	const base = baseUrl.trim().replace(/\/+$/, '').replace(/\/s\/[^/]+\/capi$/, '');
	const withScheme = /^https?:\/\//.test(base) ? base : `https://${base}`;
	return `${withScheme}/s/${workspace.trim()}/capi`;
}

/** JSON:API's media type: Cention wants it as Content-Type and answers with it. */
export const JSON_API = 'application/vnd.api+json';
