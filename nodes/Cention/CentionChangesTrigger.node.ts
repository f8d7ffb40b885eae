import { NodeConnectionTypes } from 'n8n-workflow';
import type { INodeExecutionData, INodeType, INodeTypeDescription, IPollFunctions } from 'n8n-workflow';

import { optionsCollection } from '../shared/fields';
import { pollingTrigger, setupNotice } from '../shared/triggerDescription';
import { pollErrands, pollRatings } from './helpers/changes';
import { REPORT_FIELDS } from './resources/errand/getReport';

export class CentionChangesTrigger implements INodeType {
	description: INodeTypeDescription = {
		displayName: 'Cention Changes Trigger',
		name: 'centionChangesTrigger',
		icon: { light: 'file:cention.svg', dark: 'file:cention.dark.svg' },
		...pollingTrigger(),
		subtitle: '={{ $parameter["event"] === "facebookRatingChanged" ? "Facebook rating changed" : "Errand changed" }}',
		description:
			"Starts the workflow when an errand or a Facebook rating changes in Cention, by polling Cention's changed lists (no callback setup)",
		defaults: { name: 'Cention Changes Trigger' },
		inputs: [],
		outputs: [NodeConnectionTypes.Main],
		credentials: [{ name: 'centionApi', required: true }],
		properties: [
			setupNotice(
				"Polls Cention's list of changed errands or ratings and starts one execution per change. Unlike the Cention Trigger (Cention calls n8n when an errand is answered), it sees every change and needs no callback setup; the token needs the \"Access to errand data\" claim. The first poll only notes what had already changed.",
				'pollingNotice',
			),
			{
				displayName: 'Event',
				name: 'event',
				type: 'options',
				noDataExpression: true,
				options: [
					{
						name: 'Errand Changed',
						value: 'errandChanged',
						description: "An errand's content changed (the errand's report is emitted)",
					},
					{
						name: 'Facebook Rating Changed',
						value: 'facebookRatingChanged',
						description: 'A rating of your Facebook page was added or changed',
					},
				],
				default: 'errandChanged',
			},
			{
				displayName:
					'Fetch Test Event reads one changed rating, which clears its changed flag in Cention: that change will not start the published workflow',
				name: 'ratingTestNotice',
				type: 'notice',
				default: '',
				displayOptions: { show: { event: ['facebookRatingChanged'] } },
			},
			{
				displayName: 'Report Fields',
				name: 'fields',
				type: 'multiOptions',
				options: REPORT_FIELDS,
				default: [],
				displayOptions: { show: { event: ['errandChanged'] } },
				description: 'Only fetch these parts of the report (JSON:API sparse fields). Leave empty for all.',
			},
			{
				displayName: 'Simplify',
				name: 'simplify',
				type: 'boolean',
				default: true,
				description: 'Whether to return one flat object per change instead of the JSON:API document Cention sent',
			},
			optionsCollection({
				options: [
					{
						displayName: 'Max Changes per Poll',
						name: 'maxPerPoll',
						type: 'number',
						typeOptions: { minValue: 1 },
						default: 50,
						description: 'Changes beyond this wait on Cention\'s list for the next poll',
					},
				],
			}),
		],
	};

	async poll(this: IPollFunctions): Promise<INodeExecutionData[][] | null> {
		const event = this.getNodeParameter('event') as string;
		return event === 'facebookRatingChanged' ? await pollRatings(this) : await pollErrands(this);
	}
}
