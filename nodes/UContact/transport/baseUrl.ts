import { addressOf } from '../../shared/apiRoot';

/**
 * uContact serves Integra at https://<domain>.ucontactcloud.com/Integra/resources (cloud) or
 * http(s)://<ip>:8085|8086/Integra/resources (on-premise). The credential takes the cloud
 * domain name, a host, or a full URL; `/Integra/resources` is added when missing. The node's
 * requests get it from the credential's `authenticate`; this expression serves the credential's
 * Test button (once per click).
 */
export const UCONTACT_BASE_URL_EXPRESSION =
	'={{ ((url) => /\\/Integra\\/resources$/i.test(url) ? url : url.replace(/\\/Integra$/i, "") + "/Integra/resources")(((value) => /^https?:\\/\\//i.test(value) ? value : "https://" + (value.includes(".") || value.includes(":") ? value : value + ".ucontactcloud.com"))(String($credentials.baseUrl).trim()).replace(/\\/+$/, "")) }}';

export function ucontactBaseUrl(raw: string): string {
	const url = addressOf(raw, 'ucontactcloud.com');
	return /\/Integra\/resources$/i.test(url) ? url : `${url.replace(/\/Integra$/i, '')}/Integra/resources`;
}

export interface RecordingHosts {
	/** The telephony server ("TelephonyIP" in the manual). */
	telephony: string;
	/** The backup server ("BackupRecords"), when the account has one. */
	backup?: string;
}

function trimUrl(value: unknown): string {
	return typeof value === 'string' ? value.trim().replace(/\/+$/, '') : '';
}

/** Where recordings live: the credential's hosts, or the instance's host (no port) by default; '' when unknown. */
export function recordingHosts(credentials: { baseUrl?: unknown; recordingsUrl?: unknown; backupRecordingsUrl?: unknown }): RecordingHosts {
	const telephony = trimUrl(credentials.recordingsUrl);
	const backup = trimUrl(credentials.backupRecordingsUrl);
	let fallback = '';
	if (!telephony) {
		try {
			const instance = new URL(ucontactBaseUrl(String(credentials.baseUrl ?? '')));
			fallback = `${instance.protocol}//${instance.hostname}`;
		} catch {
			// Not an address: the caller reports that no recordings host is known.
		}
	}
	return { telephony: telephony || fallback, ...(backup ? { backup } : {}) };
}
