import { libraryLikeDescription } from './shape';

export const libraryDescription = libraryLikeDescription({
	resource: 'library',
	type: 'c3_libraries',
	one: 'a library',
	many: 'libraries',
	idParameter: 'libraryId',
	idLabel: 'Library',
	loadOptionsMethod: 'getLibraries',
	describeGet: 'Get a knowledge library with its categories, sub-libraries and questions (needs "Access to library")',
	describeGetAll: 'Get the knowledge libraries with their categories and questions (needs "Access to library")',
});

export const externalLibraryDescription = libraryLikeDescription({
	resource: 'externalLibrary',
	type: 'c3_external_libraries',
	one: 'an external library',
	many: 'external libraries',
	idParameter: 'externalLibraryId',
	idLabel: 'External Library',
	loadOptionsMethod: 'getExternalLibraries',
	describeGet: 'Get a library published externally, with its categories and questions (needs "Access to library")',
	describeGetAll: 'Get the libraries published externally (needs "Access to library")',
});

export const libraryCategoryDescription = libraryLikeDescription({
	resource: 'libraryCategory',
	type: 'c3_library_categories',
	one: 'a category',
	many: 'categories',
	idParameter: 'categoryId',
	idLabel: 'Category',
	loadOptionsMethod: 'getCategories',
	describeGet: 'Get a library category with its libraries and questions (needs "Access to library")',
	describeGetAll: 'Get the library categories (needs "Access to library")',
});
