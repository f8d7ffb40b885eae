import { fileDescription } from '../files';

export const libraryAttachmentDescription = fileDescription({
	resource: 'libraryAttachment',
	type: 'c3_library_attachments',
	one: 'a library attachment',
	idParameter: 'attachmentId',
	idLabel: 'Attachment ID',
	describeGet: 'Download a file attached to a library question (needs "Access to library")',
	ofQuestion: {
		relationship: 'attachments',
		action: 'Get the attachments of a library question',
		description: 'Download every file attached to a library question (needs "Access to library")',
	},
	metadataOnly: true,
});
