import type { DemoFile } from './files';
import type { Category, Library, Question } from './data';
import type { Identifier, Resource } from './jsonapi';

/** Builds the library's JSON:API resources the way the manual's samples show them. */
export class LibraryStore {
	constructor(
		readonly libraries: Library[],
		readonly categories: Category[],
		readonly questions: Question[],
		readonly attachments: DemoFile[],
		readonly archives: DemoFile[],
		private readonly linkBase: () => string,
	) {}

	private link(path: string): Record<string, unknown> {
		return { self: { href: `${this.linkBase()}/json/${path}` } };
	}

	private many(type: string, ids: number[]): { data: Identifier[] } | undefined {
		return ids.length ? { data: ids.map((id) => ({ type, id: String(id) })) } : undefined;
	}

	private relationships(entries: Record<string, { data: Identifier[] } | undefined>): Resource['relationships'] {
		const present = Object.entries(entries).filter(([, value]) => value !== undefined) as Array<[string, { data: Identifier[] }]>;
		return present.length ? Object.fromEntries(present) : undefined;
	}

	library(library: Library, externalView = false): Resource {
		return {
			type: externalView ? 'c3_external_libraries' : 'c3_libraries',
			id: String(library.id),
			attributes: externalView
				? { c3_id: library.id, name: library.name }
				: { c3_id: library.id, external: library.external, name: library.name },
			relationships: this.relationships({
				categories: this.many('c3_library_categories', library.categories),
				libraries: this.many('c3_libraries', library.libraries),
				questions: this.many('c3_library_questions', library.questions),
			}),
		};
	}

	category(category: Category): Resource {
		return {
			type: 'c3_library_categories',
			id: String(category.id),
			attributes: { c3_id: category.id, name: category.name },
			relationships: this.relationships({
				categories: this.many('c3_library_categories', category.categories),
				libraries: this.many('c3_libraries', category.libraries),
				questions: this.many('c3_library_questions', category.questions),
			}),
		};
	}

	question(question: Question, dataUrl: boolean): Resource {
		const text = (value: string) => (dataUrl ? this.inlineImages(value) : value);
		const resource: Resource = {
			type: 'c3_library_questions',
			id: String(question.id),
			attributes: { answer: text(question.answer), c3_id: question.id, question: text(question.question), subject: question.subject },
			links: this.link(`c3_library_questions/${question.id}`),
		};
		const relationships: NonNullable<Resource['relationships']> = {};
		if (question.attachments.length) {
			relationships.attachments = {
				data: question.attachments.map((id) => ({ type: 'c3_library_attachments', id: String(id) })),
				links: {
					related: { href: `${this.linkBase()}/json/c3_library_questions/${question.id}/attachments` },
					self: { href: `${this.linkBase()}/json/c3_library_questions/${question.id}/relationships/attachments` },
				},
			};
		}
		if (question.embeddedArchives.length) {
			relationships.embedded_archives = {
				data: question.embeddedArchives.map((id) => ({ type: 'c3_area_archives', id: String(id) })),
			};
		}
		if (Object.keys(relationships).length) resource.relationships = relationships;
		return resource;
	}

	/** `data_url=true`: archived images referenced as cid:<id> are put into the text as data URLs. */
	private inlineImages(text: string): string {
		return text.replace(/src="cid:(\d+)"/g, (match, id: string) => {
			const archive = this.archives.find((file) => file.id === Number(id));
			return archive ? `src="data:${archive.contentType};base64,${archive.content.toString('base64')}"` : match;
		});
	}

	file(type: 'c3_library_attachments' | 'c3_area_archives' | 'c3_response_attachments', file: DemoFile, withContent: boolean): Resource {
		const attachment: Record<string, unknown> = { c3_id: file.id, content_type: file.contentType, name: file.name };
		if (withContent) attachment.content = file.content.toString('base64');
		return {
			type,
			id: String(file.id),
			attributes: { attachment, c3_id: file.id },
			links: this.link(`${type}/${file.id}`),
		};
	}

	/** Everything the primary resources point at, two levels deep, without file content. */
	included(primary: Resource[], dataUrl: boolean): Resource[] {
		const seen = new Set(primary.map((resource) => `${resource.type}:${resource.id}`));
		const out: Resource[] = [];
		let frontier = primary;
		for (let depth = 0; depth < 2; depth++) {
			const next: Resource[] = [];
			for (const resource of frontier) {
				for (const relationship of Object.values(resource.relationships ?? {})) {
					const list = Array.isArray(relationship.data) ? relationship.data : relationship.data ? [relationship.data] : [];
					for (const identifier of list) {
						const key = `${identifier.type}:${identifier.id}`;
						if (seen.has(key)) continue;
						seen.add(key);
						const found = this.resolve(identifier, dataUrl);
						if (found) {
							out.push(found);
							next.push(found);
						}
					}
				}
			}
			frontier = next;
		}
		return out;
	}

	private resolve(identifier: Identifier, dataUrl: boolean): Resource | undefined {
		const id = Number(identifier.id);
		switch (identifier.type) {
			case 'c3_libraries': {
				const library = this.libraries.find((entry) => entry.id === id);
				return library && this.library(library);
			}
			case 'c3_library_categories': {
				const category = this.categories.find((entry) => entry.id === id);
				return category && this.category(category);
			}
			case 'c3_library_questions': {
				const question = this.questions.find((entry) => entry.id === id);
				return question && this.question(question, dataUrl);
			}
			case 'c3_library_attachments': {
				const file = this.attachments.find((entry) => entry.id === id);
				return file && this.file('c3_library_attachments', file, false);
			}
			default:
				return undefined;
		}
	}
}
