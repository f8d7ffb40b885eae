import type { IDataObject } from 'n8n-workflow';

import type { JsonApiDocument, Resource } from './jsonApi';
import { indexResources, primaryResources, selfLink, simplifyResource } from './jsonApi';

/** Cention's callback event numbers (the manual documents one). */
export const CALLBACK_EVENTS: Record<string, string> = { '1': 'answerErrand' };

/** A file of the answered errand that can be downloaded through its link. */
export interface CallbackFile {
	resource: Resource;
	/** Where it goes on the output item: attachment_0…, embeddedImage_0… */
	binaryProperty: string;
	/** The relationship it came from (attachments or embedded_archives). */
	relationship: 'attachments' | 'embedded_archives';
	index: number;
}

/** The errand the callback is about (`data.relationships.errand`, found in `included`). */
export function callbackErrand(document: JsonApiDocument): Resource | undefined {
	const callback = primaryResources(document)[0];
	const reference = callback?.relationships?.errand?.data;
	const index = indexResources(document);
	if (reference && !Array.isArray(reference)) {
		const found = index.get(`${reference.type}\u0000${reference.id}`);
		if (found) return found;
	}
	return (document.included ?? []).find((resource) => resource?.type === 'c3_answer_errands');
}

/**
 * The answer's files in the errand's order: attachments, then images embedded in the HTML
 * body. Files only listed in `included` (no errand relationship) are kept too.
 */
export function callbackFiles(document: JsonApiDocument, errand: Resource | undefined): CallbackFile[] {
	const index = indexResources(document);
	const files: CallbackFile[] = [];
	const seen = new Set<string>();
	const add = (resource: Resource, relationship: CallbackFile['relationship']) => {
		const id = `${resource.type}\u0000${resource.id}`;
		if (seen.has(id)) return;
		seen.add(id);
		const count = files.filter((file) => file.relationship === relationship).length;
		const prefix = relationship === 'attachments' ? 'attachment' : 'embeddedImage';
		files.push({ resource, relationship, index: count, binaryProperty: `${prefix}_${count}` });
	};
	for (const relationship of ['attachments', 'embedded_archives'] as const) {
		const data = errand?.relationships?.[relationship]?.data;
		for (const reference of Array.isArray(data) ? data : data ? [data] : []) {
			add(index.get(`${reference.type}\u0000${reference.id}`) ?? { type: reference.type, id: reference.id }, relationship);
		}
	}
	for (const resource of document.included ?? []) {
		if (resource?.type === 'c3_response_attachments') add(resource, 'attachments');
		if (resource?.type === 'c3_area_archives') add(resource, 'embedded_archives');
	}
	return files;
}

/** The simplified answered errand: the callback's event plus the errand as one flat object. */
export function simplifyCallback(document: JsonApiDocument): IDataObject {
	const callback = primaryResources(document)[0];
	const errand = callbackErrand(document);
	const event = callback?.attributes?.event;
	const flat: IDataObject = {
		event: event as IDataObject[string],
		eventName: CALLBACK_EVENTS[String(event)] ?? 'unknown',
		callbackId: callback?.id,
	};
	if (!errand) return { ...flat, ...(callback ? simplifyResource(callback, indexResources(document)) : {}) };
	const simplified = simplifyResource(errand, indexResources(document));
	return { ...flat, errandId: simplified.id, ...simplified };
}

/**
 * Where to download a file. A link on the credential's own host is used as it is; any other
 * host (the manual's sample says http://localhost) never gets the token: its path below
 * /capi/ is asked of the credential's API instead, or json/<type>/<id> without a link.
 */
export function downloadPath(resource: Resource, apiRoot: string): string {
	const link = selfLink(resource);
	if (link) {
		try {
			const url = new URL(link);
			if (url.origin === new URL(apiRoot).origin && url.pathname.startsWith(new URL(apiRoot).pathname + '/')) {
				return url.toString();
			}
			const below = /\/capi\/(.+)$/.exec(url.pathname);
			if (below) return `${below[1]}${url.search}`;
		} catch {
			// Not a URL: fall back to type and id.
		}
	}
	return `json/${resource.type}/${encodeURIComponent(resource.id ?? '')}`;
}
