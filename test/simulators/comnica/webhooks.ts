/**
 * The webhooks Comnica sends (manual: Webhooks → Format, Saving CC record, Identify state
 * change): a JSON body with event, event_reason and payload.
 */

export interface ComnicaWebhook<Payload> {
	event: string;
	event_reason: string | null;
	payload: Payload;
}

export interface RecordSavePayload {
	record_id: number;
	termination_id: number | null;
	terminating_code: string | null;
}

export type RecordSaveReason = 'site.edit' | 'operator.save' | 'operator.termination';

/**
 * cc.record.save. The manual lists the fields without an example; by default record 14396 of
 * the simulator's data, closed in the Client with its termination 356 "bye".
 */
export function recordSaved(
	reason: RecordSaveReason = 'operator.termination',
	payload: Partial<RecordSavePayload> = {},
): ComnicaWebhook<RecordSavePayload> {
	return {
		event: 'cc.record.save',
		event_reason: reason,
		payload: { record_id: 14396, termination_id: 356, terminating_code: 'bye', ...payload },
	};
}

/** The manual's example (Webhooks → Format): identification 42 goes from active to reviewing. */
export function identificationStateChange(reason: string | null = null): ComnicaWebhook<Record<string, unknown>> {
	return {
		event: 'i12n.record.state.change',
		event_reason: reason,
		payload: { record_id: 42, previous_state: 'active', new_state: 'reviewing' },
	};
}
