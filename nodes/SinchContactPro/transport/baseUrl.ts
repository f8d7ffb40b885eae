/**
 * The credential holds the server address (https://host:port). The Contact Management
 * Interface (CMI) lives at /RI/cmi, the configuration interface (RCI, for scripts) at /RI/rci
 * (vendor notes, confirmed). A pasted address that already ends in /RI, /RI/cmi or /RI/rci
 * is accepted too.
 */
const SERVER = '$credentials.baseUrl.trim().replace(/\\/+$/, "").replace(/\\/RI(\\/(cmi|rci))?$/i, "")';

export const CMI_BASE_URL = `={{ ${SERVER} + "/RI/cmi" }}`;

export const RCI_BASE_URL = `={{ ${SERVER} + "/RI/rci" }}`;

export type SinchInterface = 'cmi' | 'rci';

export function sinchServer(value: string): string {
	return value
		.trim()
		.replace(/\/+$/, '')
		.replace(/\/RI(\/(cmi|rci))?$/i, '');
}

export function sinchBaseUrl(value: string, api: SinchInterface): string {
	return `${sinchServer(value)}/RI/${api}`;
}
