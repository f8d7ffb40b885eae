import { fileDescription } from '../files';

export const areaArchiveDescription = fileDescription({
	resource: 'areaArchive',
	type: 'c3_area_archives',
	one: 'an area archive image',
	idParameter: 'archiveId',
	idLabel: 'Area Archive ID',
	describeGet:
		'Download an image from the area file archive, as inlined in library questions and answers (needs "Access to library")',
	ofQuestion: {
		relationship: 'embedded_archives',
		action: 'Get the images of a library question',
		description: 'Download every archived image inlined in a library question (needs "Access to library")',
	},
});
