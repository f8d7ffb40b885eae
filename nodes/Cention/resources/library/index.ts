import { libraryLikeDescription } from './shape';

export const libraryDescription = libraryLikeDescription({
	resource: 'library',
	type: 'c3_libraries',
	one: 'a library',
	many: 'libraries',
	idParameter: 'libraryId',
	idLabel: 'Library',
	loadOptionsMethod: 'getLibraries',
	describeGet:
		'Get one knowledge library (needs "Access to library"). Returns its categories, sub-libraries and questions. The library ID comes from Library Get Many.',
	describeGetAll:
		'Get the knowledge libraries with their categories and questions (needs "Access to library"). Returns one item per library with its ID (for Question Get Many in Library).',
});

export const externalLibraryDescription = libraryLikeDescription({
	resource: 'externalLibrary',
	type: 'c3_external_libraries',
	one: 'an external library',
	many: 'external libraries',
	idParameter: 'externalLibraryId',
	idLabel: 'External Library',
	loadOptionsMethod: 'getExternalLibraries',
	describeGet:
		'Get one library published externally (needs "Access to library"). Returns its categories and questions. The library ID comes from External Library Get Many.',
	describeGetAll:
		'Get the libraries published externally (needs "Access to library"). Returns one item per library with its ID, name, categories and questions.',
});

export const libraryCategoryDescription = libraryLikeDescription({
	resource: 'libraryCategory',
	type: 'c3_library_categories',
	one: 'a category',
	many: 'categories',
	idParameter: 'categoryId',
	idLabel: 'Category',
	loadOptionsMethod: 'getCategories',
	describeGet:
		'Get one library category (needs "Access to library"). Returns its libraries and questions. The category ID comes from Category Get Many or Library Get.',
	describeGetAll: 'Get the library categories (needs "Access to library"). Returns one item per category with its ID, name, libraries and questions.',
});
