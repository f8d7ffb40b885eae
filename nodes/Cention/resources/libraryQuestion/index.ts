import type { INodeProperties } from 'n8n-workflow';

import { receiveDocument } from '../../transport/receive';
import { ENDPOINTS } from '../../transport/endpoints';
import { route } from '../../../shared/endpoint';
import { requireId } from '../../transport/send';
import { optionsCollection, returnAllFields } from '../../../shared/fields';
import { sendAs, trimmedOrNothing, trueOrNothing } from '../../../shared/send';
import { dataUrlOption } from '../common';

const show = (operation: string[]) => ({ show: { resource: ['libraryQuestion'], operation } });

export const libraryQuestionDescription: INodeProperties[] = [
	{
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: { resource: ['libraryQuestion'] } },
		options: [
			{
				name: 'Get',
				value: 'get',
				action: 'Get a library question',
				description:
					'Get one library question (needs "Access to library"). Returns its subject, question and answer as text and its attachment list. The question ID comes from Search Library Questions or Get the Questions of a Library.',
				routing: {
					request: route(ENDPOINTS.libraryQuestion),
					send: { preSend: [requireId('questionId', 'Question ID')] },
					output: { postReceive: [receiveDocument(ENDPOINTS.libraryQuestion)] },
				},
			},
			{
				name: 'Get Many',
				value: 'getAll',
				action: 'Search library questions',
				description:
					'Find library questions by a phrase in questions and/or answers, or only the top list (needs "Access to library"). Returns one item per question with its ID, subject, question and answer as text.',
				routing: {
					request: route(ENDPOINTS.libraryQuestions),
					output: { postReceive: [receiveDocument(ENDPOINTS.libraryQuestions, { list: true })] },
				},
			},
			{
				name: 'Get Many in Library',
				value: 'getAllInLibrary',
				action: 'Get the questions of a library',
				description:
					'Get all questions of one library with their answers (needs "Access to library"). Returns one item per question. The library ID comes from Library Get Many.',
				routing: {
					request: route(ENDPOINTS.questionsOfLibrary),
					send: { preSend: [requireId('libraryId', 'Library ID')] },
					output: {
						postReceive: [receiveDocument(ENDPOINTS.questionsOfLibrary, { list: true })],
					},
				},
			},
		],
		default: 'getAll',
	},
	{
		displayName: 'Question ID',
		name: 'questionId',
		type: 'string',
		required: true,
		default: '',
		placeholder: '4',
		description: 'Database ID of the question (from Question Get Many or Get Many in Library)',
		displayOptions: show(['get']),
	},
	{
		displayName: 'Library Name or ID',
		name: 'libraryId',
		type: 'options',
		typeOptions: { loadOptionsMethod: 'getLibraries' },
		required: true,
		default: '',
		displayOptions: show(['getAllInLibrary']),
		description:
			'Choose from the list, or specify an ID using an <a href="https://docs.n8n.io/code/expressions/">expression</a>',
	},
	{
		displayName: 'Filters',
		name: 'filters',
		type: 'collection',
		placeholder: 'Add Filter',
		default: {},
		displayOptions: show(['getAll']),
		options: [
			{
				displayName: 'Search In',
				name: 'option',
				type: 'options',
				options: [
					{ name: 'Answers Only', value: 'answer' },
					{ name: 'Questions and Answers', value: 'all' },
					{ name: 'Questions Only', value: 'question' },
				],
				default: 'all',
				description: 'Which part of the library the search phrase is looked for in',
				routing: { send: { type: 'query', property: 'q_filter[option]', propertyInDotNotation: false } },
			},
			{
				displayName: 'Search Phrase',
				name: 'phrase',
				type: 'string',
				default: '',
				placeholder: 'reset password',
				description: 'Words to look for; questions containing them are returned',
				routing: { send: sendAs('query', 'q_filter[phrase]', trimmedOrNothing, false) },
			},
			{
				displayName: 'Top List Only',
				name: 'toplist',
				type: 'boolean',
				default: false,
				description: 'Whether to return only the questions on the top list',
				routing: { send: sendAs('query', 'filter[toplist]', trueOrNothing, false) },
			},
		],
	},
	...returnAllFields({ resource: ['libraryQuestion'], operation: ['getAll', 'getAllInLibrary'] }),
	optionsCollection({
		displayOptions: show(['get', 'getAll', 'getAllInLibrary']),
		options: [dataUrlOption()],
	}),
];
