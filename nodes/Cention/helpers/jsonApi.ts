import type { IDataObject } from 'n8n-workflow';

import { parseJsonBody } from '../../shared/errors';

/** A JSON:API resource identifier (`{type, id}`) as it appears in relationships. */
export interface Identifier {
	type: string;
	id: string;
}

export interface Relationship {
	data?: Identifier | Identifier[] | null;
	links?: IDataObject;
}

export interface Resource {
	type: string;
	id?: string;
	attributes?: IDataObject;
	relationships?: Record<string, Relationship>;
	links?: IDataObject;
}

export interface JsonApiError {
	status?: string;
	code?: string;
	title?: string;
	detail?: string;
	source?: { pointer?: string; parameter?: string };
}

export interface JsonApiDocument {
	data?: Resource | Resource[] | null;
	included?: Resource[];
	errors?: JsonApiError[];
	meta?: IDataObject;
	links?: IDataObject;
}

/** A JSON:API document from a response body (object, text or bytes); undefined when it is none. */
export function parseDocument(body: unknown): JsonApiDocument | undefined {
	const parsed = parseJsonBody(body);
	if (parsed === null || typeof parsed !== 'object' || Array.isArray(parsed)) return undefined;
	return parsed as JsonApiDocument;
}

export function primaryResources(document: JsonApiDocument): Resource[] {
	if (Array.isArray(document.data)) return document.data;
	return document.data ? [document.data] : [];
}

const key = (type: string, id: string | undefined) => `${type}\u0000${id ?? ''}`;

/** Every resource of the document by type and id, so relationships can be resolved. */
export function indexResources(document: JsonApiDocument): Map<string, Resource> {
	const index = new Map<string, Resource>();
	for (const resource of [...(document.included ?? []), ...primaryResources(document)]) {
		if (resource && typeof resource === 'object') index.set(key(resource.type, resource.id), resource);
	}
	return index;
}

// Libraries point at categories that point back at libraries: stop after a few levels.
const MAX_DEPTH = 4;

/**
 * A resource as one flat object: `id`, `type`, the attributes, and each relationship replaced
 * by the related resources from `included` (simplified the same way), or `{id, type}` when the
 * document does not include them.
 */
export function simplifyResource(
	resource: Resource,
	index: Map<string, Resource>,
	depth = 0,
	path: Set<string> = new Set(),
): IDataObject {
	const flat: IDataObject = { id: resource.id, type: resource.type };
	for (const [name, value] of Object.entries(resource.attributes ?? {})) {
		if (name !== 'id' && name !== 'type') flat[name] = value;
	}
	const here = new Set(path).add(key(resource.type, resource.id));
	for (const [name, relationship] of Object.entries(resource.relationships ?? {})) {
		if (!relationship || !('data' in relationship) || name in flat) continue;
		const resolve = (identifier: Identifier): IDataObject => {
			const related = index.get(key(identifier.type, identifier.id));
			if (!related || depth >= MAX_DEPTH || here.has(key(identifier.type, identifier.id))) {
				return { id: identifier.id, type: identifier.type };
			}
			return simplifyResource(related, index, depth + 1, here);
		};
		const data = relationship.data;
		flat[name] = Array.isArray(data) ? data.map(resolve) : data ? resolve(data) : null;
	}
	return flat;
}

/** The primary data of a document as flat objects (one per resource). */
export function simplifyDocument(document: JsonApiDocument): IDataObject[] {
	const index = indexResources(document);
	return primaryResources(document).map((resource) => simplifyResource(resource, index));
}

/** The link of a resource: `links.self.href` or `links.self` (both occur in Cention's answers). */
export function selfLink(resource: Resource): string | undefined {
	const self = resource.links?.self;
	if (typeof self === 'string') return self;
	if (self && typeof self === 'object' && typeof (self as IDataObject).href === 'string') {
		return (self as IDataObject).href as string;
	}
	return undefined;
}
