import type { IBinaryData, IDataObject, IExecuteSingleFunctions } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

import { extensionFor, toBinaryData } from '../../shared/binary';
import type { Resource } from './jsonApi';

/** An attachment as Cention takes it in `msg.attachments`. */
export interface CentionAttachment extends IDataObject {
	content_type: string;
	name: string;
	content: string;
}

/** Names in a comma-separated list, trimmed, empty ones dropped. */
export function splitList(value: unknown): string[] {
	return String(value ?? '')
		.split(',')
		.map((entry) => entry.trim())
		.filter((entry) => entry !== '');
}

/** The input item's binary field as a Cention attachment (base64 of the exact bytes). */
export async function attachmentFromBinary(
	context: IExecuteSingleFunctions,
	propertyName: string,
	parameterName: string,
): Promise<CentionAttachment> {
	let binary: IBinaryData;
	try {
		binary = context.helpers.assertBinaryData(propertyName);
	} catch {
		const available = Object.keys(context.getInputData().binary ?? {});
		throw new NodeOperationError(context.getNode(), `The input item has no binary field "${propertyName}"`, {
			itemIndex: context.getItemIndex(),
			description: `${parameterName} names the binary fields to attach. ${
				available.length ? `This item has: ${available.join(', ')}.` : 'This item has no binary data at all.'
			}`,
		});
	}
	const buffer = await context.helpers.getBinaryDataBuffer(propertyName);
	const mimeType = binary.mimeType || 'application/octet-stream';
	const extension = binary.fileExtension ?? extensionFor(mimeType);
	const name = binary.fileName ?? (extension ? `${propertyName}.${extension}` : propertyName);
	return { content_type: mimeType, name, content: buffer.toString('base64') };
}

/** Metadata of an attachment resource, flat, without the base64 content (that becomes binary). */
export function attachmentMetadata(resource: Resource): IDataObject {
	const flat: IDataObject = { id: resource.id, type: resource.type };
	for (const [name, value] of Object.entries(resource.attributes ?? {})) {
		if (name === 'attachment' && value && typeof value === 'object') {
			for (const [field, fieldValue] of Object.entries(value as IDataObject)) {
				if (field !== 'content') flat[field] = fieldValue;
			}
		} else if (name !== 'id' && name !== 'type') flat[name] = value;
	}
	return flat;
}

export function attachmentContent(resource: Resource): string | undefined {
	const content = (resource.attributes?.attachment as IDataObject | undefined)?.content;
	return typeof content === 'string' ? content : undefined;
}

/** The bytes of an attachment resource as n8n binary data (name and type as Cention gave them). */
export async function attachmentBinary(
	helpers: { prepareBinaryData(data: Buffer, fileName?: string, mimeType?: string): Promise<IBinaryData> },
	resource: Resource,
): Promise<IBinaryData | undefined> {
	const content = attachmentContent(resource);
	if (content === undefined) return undefined;
	const attachment = (resource.attributes?.attachment ?? {}) as IDataObject;
	return await toBinaryData(helpers, {
		data: content,
		fileName: typeof attachment.name === 'string' && attachment.name !== '' ? attachment.name : `${resource.type}_${resource.id}`,
		mimeType: typeof attachment.content_type === 'string' ? attachment.content_type : undefined,
	});
}
