import { fileDescription } from '../files';

export const libraryAttachmentDescription = fileDescription({
	resource: 'libraryAttachment',
	type: 'c3_library_attachments',
	one: 'a library attachment',
	idParameter: 'attachmentId',
	idLabel: 'Attachment ID',
	idDescription: 'ID of the library attachment (from the attachments of Question Get)',
	describeGet:
		'Download a file attached to a library question (needs "Access to library"). Returns the file (name, type, size) as binary data. The attachment ID comes from Question Get.',
	ofQuestion: {
		relationship: 'attachments',
		action: 'Get the attachments of a library question',
		description:
			'Download every file attached to a library question (needs "Access to library"). Returns one file (name, type, size) per item. The question ID comes from Question Get Many.',
	},
	metadataOnly: true,
});
