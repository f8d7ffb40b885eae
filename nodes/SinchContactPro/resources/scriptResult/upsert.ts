import type { INodeProperties } from 'n8n-workflow';

import { showFor } from '../../helpers/fields';

const display = showFor('scriptResult', ['upsert']);

// Bodies are built by preSend.scriptResults (helpers/validate.ts), which checks the
// manual's rules before anything is sent.
export const scriptResultUpsertDescription: INodeProperties[] = [
	{
		displayName: 'Contact ID',
		name: 'contactId',
		type: 'string',
		required: true,
		default: '',
		displayOptions: display,
		description:
			'ID of the contact (contact_id). The user needs the right to manage contacts of the contact\'s queue or agent.',
	},
	{
		displayName: 'Script Name or ID',
		name: 'scriptId',
		type: 'options',
		typeOptions: { loadOptionsMethod: 'getScripts' },
		required: true,
		default: '',
		displayOptions: display,
		description:
			'The script (script_id). Choose from the list, or specify an ID using an <a href="https://docs.n8n.io/code/expressions/">expression</a>.',
	},
	{
		displayName: 'Answers',
		name: 'answers',
		type: 'fixedCollection',
		placeholder: 'Add Answer',
		typeOptions: { multipleValues: true },
		default: {},
		displayOptions: display,
		description:
			'One answer per question, each sent as its own script result entity in the order listed. List the mandatory questions first: the server refuses other answers until they are answered.',
		options: [
			{
				displayName: 'Answer',
				name: 'answer',
				values: [
					{
						displayName: 'Question Name or ID',
						name: 'questionId',
						type: 'options',
						typeOptions: { loadOptionsMethod: 'getScriptQuestions', loadOptionsDependsOn: ['scriptId'] },
						default: '',
						description:
							'The question. Choose from the list, or specify an ID using an <a href="https://docs.n8n.io/code/expressions/">expression</a>.',
					},
					{
						displayName: 'Answer Name or ID',
						name: 'answerId',
						type: 'options',
						typeOptions: { loadOptionsMethod: 'getScriptAnswers', loadOptionsDependsOn: ['scriptId'] },
						default: '',
						description:
							'For choice questions (radio button, check box, drop-down, combo box): the answer. Choose from the list, or specify an ID using an <a href="https://docs.n8n.io/code/expressions/">expression</a>.',
					},
					{
						displayName: 'Answer Text',
						name: 'answerText',
						type: 'string',
						default: '',
						description:
							'For free-text questions (input text, text area, combo box): the answer text (answer.answerdata). Ignored when an answer ID is set.',
					},
				],
			},
		],
	},
];
