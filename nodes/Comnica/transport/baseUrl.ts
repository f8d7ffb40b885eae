import { addressOf } from '../../shared/apiRoot';

/**
 * Comnica serves each company at https://<company>.comnica.cc/api. The credential takes the
 * company name, its domain (mycompany.comnica.cc, /api is added), or a full base URL (on-premise,
 * proxies, the simulator), which is used as it is. The node's requests get it from the
 * credential's `authenticate`; this expression serves the credential's Test button (once per click).
 */
export const COMNICA_BASE_URL_EXPRESSION =
	'={{ ((url) => /^https?:\\/\\/[^/]+\\.comnica\\.cc$/i.test(url) ? url + "/api" : url)(((value) => /^https?:\\/\\//i.test(value) ? value : "https://" + (value.includes(".") || value.includes(":") ? value : value + ".comnica.cc"))(String($credentials.baseUrl).trim()).replace(/\\/+$/, "")) }}';

export function comnicaBaseUrl(raw: string): string {
	const url = addressOf(raw, 'comnica.cc');
	return /^https?:\/\/[^/]+\.comnica\.cc$/i.test(url) ? `${url}/api` : url;
}
