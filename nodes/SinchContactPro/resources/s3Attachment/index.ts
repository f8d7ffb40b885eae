import type { INodeProperties } from 'n8n-workflow';

import { bodyFieldsField } from '../../helpers/fields';
import { ENDPOINTS, POST_REQUEST, preSend, receiveWrite } from '../../transport';
import { route } from '../../../shared/endpoint';

const resource = 's3Attachment';

export const s3AttachmentDescription: INodeProperties[] = [
	{
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: { resource: [resource] } },
		options: [
			{
				name: 'Create Upload Link',
				value: 'create',
				action: 'Create an S3 upload link',
				description:
					'Create a signed link for uploading an attachment to the S3 bucket and a short URL for accessing it. Returns both links.',
				routing: {
					request: route(ENDPOINTS.s3Attachment.create, POST_REQUEST),
					send: { preSend: [preSend.bodyFields()] },
					output: { postReceive: [receiveWrite(ENDPOINTS.s3Attachment.create)] },
				},
			},
		],
		default: 'create',
	},
	bodyFieldsField(
		resource,
		['create'],
		'Attachment Fields',
		'Fields of the request as named in the CMI reference (s3attachments), e.g. the file name',
	),
];
