import { fileDescription } from '../files';

export const responseAttachmentDescription = fileDescription({
	resource: 'responseAttachment',
	type: 'c3_response_attachments',
	one: 'a response attachment',
	idParameter: 'attachmentId',
	idLabel: 'Attachment ID',
	idDescription: 'ID of the response attachment (from the Cention Trigger\'s callback of an answered errand)',
	describeGet:
		"Download a file attached to an errand's answer (needs the token's attachment claim). Returns the file (name, type, size) as binary data. The attachment ID comes from the Cention Trigger's callback of the answered errand.",
});
