/**
 * Every Cention access token carries claims, ticked under Administration → API → Access Tokens.
 * A call the token has no claim for is refused with 403; the node then names the claim.
 */
export const CLAIMS = {
	createErrand: 'Create Errand',
	errandData: 'Access to errand data',
	export: 'Access to export API',
	logio: 'Access to logio API',
	library: 'Access to library',
	contacts: 'Access and create customer contacts',
	// The manual only says the token must "carry get attachment claim" for answer attachments.
	attachment: 'get attachment',
} as const;

const claimsByPath: Array<[RegExp, string[]]> = [
	[/^custom\/logio/, [CLAIMS.logio]],
	[/^json\/c3_(new_errands|end_errands|end_obcall)\b/, [CLAIMS.createErrand]],
	[/^json\/c3_(errand_reports|dirty_errand_list|dirty_facebook_ratings|facebook_ratings)\b/, [CLAIMS.errandData]],
	[/^json\/c3_response_attachments\b/, [CLAIMS.attachment]],
	[/^json\/c3_area_archives\b/, [CLAIMS.library, CLAIMS.attachment]],
	[/^json\/c3_contact_cards\b/, [CLAIMS.contacts]],
	[/^json\/c3_trigger_exports\b/, [CLAIMS.export]],
	[/^json\/c3_(libraries|external_libraries|library_categories|library_questions|library_attachments)\b/, [CLAIMS.library]],
];

/** The claims that open an endpoint (path relative to /capi, e.g. `json/c3_libraries/4`). */
export function claimsFor(path: string): string[] {
	const relative = path.replace(/^.*\/capi\//, '').replace(/^\/+/, '');
	return claimsByPath.find(([pattern]) => pattern.test(relative))?.[1] ?? [];
}

export function describeClaims(claims: string[]): string {
	return claims.map((claim) => `"${claim}"`).join(' or ');
}
