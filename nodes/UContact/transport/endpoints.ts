import type { IDataObject, IExecuteSingleFunctions } from 'n8n-workflow';

import type { Endpoint } from '../../shared/endpoint';

/** An Integra call: a form POST, with what the user asked for (`label`, a verb phrase) and what to check when uContact refuses. */
export interface IntegraEndpoint extends Endpoint {
	/** What the user asked for, as a verb phrase: "originate the call". */
	label: string;
	/** What to check when uContact refuses. */
	hint?: string;
}

const integra = (path: string, label: string, hint?: string): IntegraEndpoint => ({ method: 'POST', path: `/${path}`, label, ...(hint ? { hint } : {}) });

/** The Integra calls of the node's routing, its code paths and its messages (paths below /Integra/resources). */
export const ENDPOINTS = {
	call: {
		hangUp: integra('Agents/HungupPhone', 'hang up the phone', 'Check that the phone belongs to a logged-in agent and has a call.'),
		originate: integra('Agents/AgentCall', 'originate the call', 'Check that the agent exists and uses this phone, that the campaign is an outbound campaign of this agent, and the agent context.'),
		runWorkflow: integra('admin/CallWorkflow', 'run the voice workflow', 'Check the context and extension of the workflow in uContact.'),
		disposition: integra('api/DispositionCall', 'set the disposition', 'Check that the dispositions exist for this campaign in uContact and that the GUID is a call of the campaign.'),
	},
	campaign: {
		getQueueSummary: integra('Supervisor/queuesummary', 'get the queue summary', 'Check that the user has supervisor rights.'),
		getStatus: integra('Supervisor/campaignstatus', 'get the campaign status', 'Check the campaign name (with its direction, e.g. Ventas->) and that the user has supervisor rights.'),
		list: integra('Supervisor/queuesummary', 'list the campaigns'),
	},
	dialer: {
		addTask: integra('Dialers/DialerTask', 'add the dialer task', 'Check that the campaign exists and fits the mode (dialer campaigns for dialer and scheduled tasks) and, for progressive dialers, the agent.'),
		removeContact: integra('Dialers/RemoveContact', 'remove the contact'),
		removeScheduled: integra('Dialers/RemoveScheduleDialerCall', 'remove the scheduled calls'),
		respool: integra('Dialers/Respool', 'respool the contact', 'Campaign, dialer list and contact must be those of the CTI data of the call; the destination must not already be on the spool.'),
		schedule: integra('Dialers/ScheduleDialerCall', 'schedule the call', 'Check that the campaign is a dialer campaign and the date.'),
		uploadBase: integra('Dialers/uploadbase', 'upload the base', 'Check the campaign (a dialer campaign), the rows and, if set, the time zone.'),
		uploadBaseWithTimeZone: integra('Dialers/uploadbasewithtimezone', 'upload the base', 'Check the campaign (a dialer campaign), the rows and, if set, the time zone.'),
	},
	doNotCall: {
		add: integra('admin/addblack', 'add the number to the do-not-call list', 'Check the phone number and that the campaign exists (or use All Campaigns).'),
	},
	recording: {
		convert: integra('Supervisor/convert', 'convert the recording to MP3', 'Check the GUID and that a GSM file of it exists in this day folder (or without a folder when Call Date is empty).'),
		search: integra('Cdr/getrecords', 'search the call records', 'Check the dates and filters.'),
		tag: integra('Agents/TagRecord', 'tag the recording'),
		convertFound: integra('Supervisor/convert', 'convert the GSM recording to MP3', 'The GSM file was found; check that the user may convert recordings.'),
		searchCallRecords: integra('Cdr/getrecords', 'search the call records'),
	},
	session: {
		end: integra('auth/EndSession', 'end the session'),
	},
};

/** How the answer of a plain-text call reads: a GUID, `1`/`OK` (or empty), or JSON. */
export type AnswerShape = 'guid' | 'ok' | 'okOrEmpty' | 'json';

/** One operation of the node: its Integra call, what it needs filled and how its answer becomes items. */
export interface OperationSpec {
	endpoint: IntegraEndpoint;
	answer: AnswerShape;
	/** Body paths that must not be empty, with the field's display name. */
	required?: Record<string, string>;
	/** Completes the collected body (computed and JSON-in-form fields) and validates it. */
	build?: (this: IExecuteSingleFunctions, body: IDataObject) => void | Promise<void>;
	/** Sent fields copied into the output item (plain-text answers). */
	echo?: string[];
	/** Turns a JSON answer into output items. */
	items?: (this: IExecuteSingleFunctions, data: unknown) => IDataObject[];
	/** Fields sent as they are (e.g. `Random: 1`). */
	constant?: IDataObject;
}
