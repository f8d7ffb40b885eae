/**
 * The credential holds the server address (https://host:port). The Contact Management
 * Interface (CMI) lives at /RI/cmi, the configuration interface (RCI, for scripts) at /RI/rci
 * (vendor notes, confirmed). A pasted address that already ends in /RI, /RI/cmi or /RI/rci
 * is accepted too. The node's requests carry the interface's path as a relative baseURL; the
 * credential's `authenticate` puts the server in front.
 */
export const CMI_PATH = '/RI/cmi';

export const RCI_PATH = '/RI/rci';

/** The CMI's full address, for the credential's Test button (one request per click). */
export const CMI_BASE_URL = '={{ $credentials.baseUrl.trim().replace(/\\/+$/, "").replace(/\\/RI(\\/(cmi|rci))?$/i, "") + "/RI/cmi" }}';

export function sinchServer(value: string): string {
	return value
		.trim()
		.replace(/\/+$/, '')
		.replace(/\/RI(\/(cmi|rci))?$/i, '');
}
