import { fileDescription } from '../files';

export const responseAttachmentDescription = fileDescription({
	resource: 'responseAttachment',
	type: 'c3_response_attachments',
	one: 'a response attachment',
	idParameter: 'attachmentId',
	idLabel: 'Attachment ID',
	describeGet:
		"Download a file attached to an errand's answer, e.g. one listed in the Cention Trigger's callback (needs the token's attachment claim)",
});
