import type { Endpoint } from '../../shared/endpoint';

/** The Cention endpoints of the node's routing and messages (paths below /capi). */
export const ENDPOINTS = {
	closeErrand: { method: 'POST', path: '/json/c3_end_errands' },
	createErrand: { method: 'POST', path: '/json/c3_new_errands' },
	changedErrands: { method: 'GET', path: '/json/c3_dirty_errand_list' },
	errandReport: { method: 'GET', path: '/json/c3_errand_reports/{errandId}' },
	markErrandsChanged: { method: 'POST', path: '/json/c3_dirty_errand_list' },
	loginLog: { method: 'GET', path: '/custom/logio' },
	runExport: { method: 'POST', path: '/json/c3_trigger_exports' },
	createContactCard: { method: 'POST', path: '/json/c3_contact_cards' },
	libraryQuestion: { method: 'GET', path: '/json/c3_library_questions/{questionId}' },
	libraryQuestions: { method: 'GET', path: '/json/c3_library_questions' },
	questionsOfLibrary: { method: 'GET', path: '/json/c3_libraries/{libraryId}/questions' },
	facebookRating: { method: 'GET', path: '/json/c3_facebook_ratings/{ratingId}' },
	changedRatings: { method: 'GET', path: '/json/c3_dirty_facebook_ratings' },
	endOutboundCall: { method: 'POST', path: '/json/c3_end_obcall' },
} satisfies Record<string, Endpoint>;
