import { fileDescription } from '../files';

export const areaArchiveDescription = fileDescription({
	resource: 'areaArchive',
	type: 'c3_area_archives',
	one: 'an area archive image',
	idParameter: 'archiveId',
	idLabel: 'Area Archive ID',
	idDescription: 'ID of the archived image (from Get Many of Question, or the embedded_archives of Question Get)',
	describeGet:
		'Download an image from the area file archive, as inlined in library questions and answers (needs "Access to library"). Returns the image (name, type, size) as binary data. The archive ID comes from Question Get (embedded archives).',
	ofQuestion: {
		relationship: 'embedded_archives',
		action: 'Get the images of a library question',
		description:
			'Download every archived image inlined in a library question (needs "Access to library"). Returns one image (name, type, size) per item. The question ID comes from Question Get Many.',
	},
});
