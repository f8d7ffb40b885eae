/**
 * Comnica serves each company at https://<company>.comnica.cc/api. The credential takes
 * either the company name or a full base URL (on-premise, proxies, the simulator).
 */
export const COMNICA_BASE_URL_EXPRESSION =
	'={{ /^https?:\\/\\//.test($credentials.baseUrl.trim()) ? $credentials.baseUrl.trim().replace(/\\/+$/, "") : "https://" + $credentials.baseUrl.trim() + ".comnica.cc/api" }}';

export function comnicaBaseUrl(value: string): string {
	const trimmed = value.trim();
	return /^https?:\/\//.test(trimmed)
		? trimmed.replace(/\/+$/, '')
		: `https://${trimmed}.comnica.cc/api`;
}

/** `rq_sent` as in the manual's examples: `2019-10-07 09:37:49.700+0000` (UTC). */
export function comnicaTimestamp(date = new Date()): string {
	return `${date.toISOString().replace('T', ' ').replace('Z', '')}+0000`;
}

/** Every Comnica request body is this envelope around the actual payload. */
export function envelope(payload: object): { rq_sent: string; payload: object } {
	return { rq_sent: comnicaTimestamp(), payload };
}
