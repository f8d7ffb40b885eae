import { gsm, mp3, wav } from './recordings';

/**
 * The manual's example payloads (vipex-api-client, English rendering), with real recording
 * bytes in `monitor_file`. Values are the manual's; only the truncated file names and base64
 * are completed.
 */

export type CallValue = string | number | null;

/** Parameters of Data query and Incoming call notification. */
export type CallParameters = Record<string, CallValue>;

export interface Cdr {
	[field: string]: unknown;
	id: number;
	monitor_file_name?: string | null;
	monitor_file?: string | null;
}

export interface EndOfCallRecord extends Cdr {
	sub_cdrs: Cdr[];
}

/** The manual's default POST body / GET query of a data query or notification (extension 252 ringing). */
export function callParameters(overrides: CallParameters = {}): CallParameters {
	return { id: 91000, start_time: '2019-12-02 12:46:17', src: '36709676052', dst: '3619996000', exten: '252', ...overrides };
}

export type RecordingFormat = 'wav' | 'mp3' | 'gsm';

export function recording(format: RecordingFormat, seconds?: number): Buffer {
	if (format === 'wav') return wav(seconds);
	if (format === 'mp3') return mp3(seconds, { id3: true });
	return gsm(seconds);
}

/** Outgoing call 76355 from extension 1102. As in the manual, a WAV file travels under an .mp3 name. */
export function outgoingEndOfCall(options: { format?: RecordingFormat; seconds?: number } = {}): EndOfCallRecord {
	return {
		id: 76355,
		direction: 0,
		start_time: '2019-12-03 11:41:56',
		answer_time: '2019-12-03 11:42:03',
		hangup_time: '2019-12-03 11:42:06',
		src: '1102',
		src_user_id: 6,
		dst: '36301234576',
		dst_user_id: null,
		exten: '1102',
		duration: 10,
		billsec: 3,
		ringtime: 2,
		pincode: 'private',
		ivr_digits: null,
		cc_call: -1,
		monitor_file_name: '76355_vipexexten_demo_vipex_1102_36301234576.mp3',
		monitor_file: recording(options.format ?? 'wav', options.seconds).toString('base64'),
		price: 1.25,
		cost_location: '12',
		sub_cdrs: [],
	};
}

/**
 * Incoming call 91059: rang on 200 (missed, 91060), then 221 (missed, 91062), answered on 251
 * (91064, with its own recording). The call's recording is GSM, 91064's is MP3.
 */
export function incomingEndOfCall(
	options: { format?: RecordingFormat; subFormat?: RecordingFormat; seconds?: number } = {},
): EndOfCallRecord {
	const caller = '3642999425';
	const missed = { direction: 2, answer_time: null, src: caller, src_user_id: null, dst_user_id: null, billsec: 0, pincode: null, monitor_file_name: null };
	return {
		id: 91059,
		direction: 1,
		start_time: '2019-12-03 12:14:11',
		answer_time: '2019-12-03 12:14:23',
		hangup_time: '2019-12-03 12:14:27',
		src: caller,
		src_user_id: null,
		dst: '3642999408',
		dst_user_id: null,
		exten: '200',
		duration: 16,
		billsec: 4,
		ringtime: 12,
		pincode: null,
		ivr_digits: '1,2',
		cc_call: null,
		monitor_file_name: '91059_vipex_demo_3642999425_200.gsm',
		monitor_file: recording(options.format ?? 'gsm', options.seconds).toString('base64'),
		sub_cdrs: [
			{
				...missed,
				id: 91060,
				start_time: '2019-12-03 12:14:11',
				hangup_time: '2019-12-03 12:14:15',
				dst: '3642999408',
				exten: '200',
				duration: 4,
				ringtime: 4,
				ivr_digits: '1,2',
				cc_call: null,
			},
			{
				...missed,
				id: 91062,
				start_time: '2019-12-03 12:14:15',
				hangup_time: '2019-12-03 12:14:15',
				dst: '221',
				exten: '221',
				duration: 0,
				ringtime: 0,
				ivr_digits: null,
				cc_call: 18,
			},
			{
				id: 91064,
				direction: 1,
				start_time: '2019-12-03 12:14:15',
				answer_time: '2019-12-03 12:14:23',
				hangup_time: '2019-12-03 12:14:27',
				src: caller,
				src_user_id: null,
				dst: '251',
				dst_user_id: null,
				exten: '251',
				duration: 12,
				billsec: 4,
				ringtime: 8,
				pincode: null,
				ivr_digits: null,
				cc_call: 18,
				monitor_file_name: '91064_vipex_demo_3642999425_251.mp3',
				monitor_file: recording(options.subFormat ?? 'mp3', options.seconds).toString('base64'),
			},
		],
	};
}
