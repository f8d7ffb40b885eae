import type { INodeProperties } from 'n8n-workflow';

import { sendAs } from '../../../shared/send';
import { requiredText } from '../../transport/send';

type Show = NonNullable<INodeProperties['displayOptions']>['show'];

/** The answer object Cention takes when closing an errand (user who answers + the text). */
export function answerProperties(show: Show, withText: Show, prefix = 'data.attributes.answer'): INodeProperties[] {
	return [
		{
			displayName: 'Answered by User Type',
			name: 'answerUserType',
			type: 'options',
			options: [
				{ name: 'Cention', value: 'cention' },
				{ name: 'ClearInteract', value: 'clearinteract' },
				{ name: 'Solidus', value: 'solidus' },
			],
			default: 'cention',
			displayOptions: { show },
			description: 'The kind of user that answers and closes the errand',
			routing: { send: { type: 'body', property: `${prefix}.user_type` } },
		},
		{
			displayName: 'Answered by User ID',
			name: 'answerUserId',
			type: 'string',
			required: true,
			default: '',
			displayOptions: { show },
			description: 'Database ID of the user that answers and closes the errand',
			routing: {
				send: sendAs(
					'body',
					`${prefix}.user_id`,
					requiredText('Answered by User ID', 'Cention needs the ID of the user that answers the errand.', 'trimmed'),
				),
			},
		},
		{
			displayName: 'Answer Subject',
			name: 'answerSubject',
			type: 'string',
			default: '',
			description: 'Subject of the answer sent to the customer',
			displayOptions: { show: withText },
			routing: { send: { type: 'body', property: `${prefix}.subject` } },
		},
		{
			displayName: 'Answer Body',
			name: 'answerBody',
			type: 'string',
			typeOptions: { rows: 4 },
			default: '',
			displayOptions: { show: withText },
			description: 'Plain-text answer',
			routing: { send: { type: 'body', property: `${prefix}.body` } },
		},
		{
			displayName: 'Answer HTML Body',
			name: 'answerHtmlBody',
			type: 'string',
			typeOptions: { rows: 4 },
			default: '',
			displayOptions: { show: withText },
			description: 'Rich-text answer (email and web form channels)',
			routing: { send: { type: 'body', property: `${prefix}.html_body` } },
		},
	];
}
