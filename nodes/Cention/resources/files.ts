import type { INodeProperties, INodePropertyOptions } from 'n8n-workflow';

import { binaryOutputField, optionsCollection } from '../../shared/fields';
import { receiveAttachments } from '../transport/receive';
import { route } from '../../shared/endpoint';
import type { Endpoint } from '../../shared/endpoint';
import { requireId, withoutContent } from '../transport/send';

interface FileResource {
	resource: string;
	/** JSON:API type and endpoint, e.g. c3_library_attachments. */
	type: string;
	one: string;
	idParameter: string;
	idLabel: string;
	/** What the ID is and where it comes from. */
	idDescription: string;
	describeGet: string;
	/** Relationship of a library question that lists these files (attachments, embedded_archives). */
	ofQuestion?: { relationship: string; action: string; description: string };
	/** `without_content`: only the library attachment endpoint documents it. */
	metadataOnly?: boolean;
}

/** Resources that are files: the bytes come as base64 inside JSON:API and leave as binary data. */
export function fileDescription(file: FileResource): INodeProperties[] {
	const get: Endpoint = { method: 'GET', path: `/json/${file.type}/{${file.idParameter}}` };
	const show = (operation: string[]) => ({ show: { resource: [file.resource], operation } });
	const operations: INodePropertyOptions[] = [
		{
			name: 'Get',
			value: 'get',
			action: `Get ${file.one}`,
			description: file.describeGet,
			routing: {
				request: route(get),
				send: { preSend: [requireId(file.idParameter, file.idLabel), ...(file.metadataOnly ? [withoutContent] : [])] },
				output: { postReceive: [receiveAttachments(get)] },
			},
		},
	];
	if (file.ofQuestion) {
		const ofQuestion: Endpoint = { method: 'GET', path: `/json/c3_library_questions/{questionId}/${file.ofQuestion.relationship}` };
		operations.push({
			name: 'Get Many of Question',
			value: 'getAllOfQuestion',
			action: file.ofQuestion.action,
			description: file.ofQuestion.description,
			routing: {
				request: route(ofQuestion),
				send: { preSend: [requireId('questionId', 'Question ID')] },
				output: { postReceive: [receiveAttachments(ofQuestion)] },
			},
		});
	}
	const properties: INodeProperties[] = [
		{
			displayName: 'Operation',
			name: 'operation',
			type: 'options',
			noDataExpression: true,
			displayOptions: { show: { resource: [file.resource] } },
			options: operations,
			default: 'get',
		},
		{
			displayName: file.idLabel,
			name: file.idParameter,
			type: 'string',
			required: true,
			default: '',
			displayOptions: show(['get']),
			description: file.idDescription,
		},
	];
	if (file.ofQuestion) {
		properties.push({
			displayName: 'Question ID',
			name: 'questionId',
			type: 'string',
			required: true,
			default: '',
			displayOptions: show(['getAllOfQuestion']),
			description: 'Database ID of the library question (from Question Get Many)',
		});
	}
	properties.push(binaryOutputField({ resource: [file.resource], operation: ['get', 'getAllOfQuestion'] }));
	if (file.metadataOnly) {
		properties.push(optionsCollection({
			displayOptions: show(['get']),
			options: [
				{
					displayName: 'Metadata Only',
					name: 'metadataOnly',
					type: 'boolean',
					default: false,
					description: 'Whether to get only the name and type, without downloading the file',
				},
			],
		}));
	}
	return properties;
}
