import type { IDataObject, ILoadOptionsFunctions, INodePropertyOptions } from 'n8n-workflow';

import { vendorRequest } from '../../shared/request';
import { api, ENDPOINTS } from '../transport';

interface ScriptAnswer extends IDataObject {
	id?: string;
}

interface ScriptQuestion extends IDataObject {
	id?: string;
	answers?: ScriptAnswer[];
}

/** Field names of the RCI script entity are not public in full: take the first that exists. */
function label(entry: IDataObject): string {
	for (const key of ['name', 'text', 'question', 'answer', 'title', 'description']) {
		if (typeof entry[key] === 'string' && entry[key] !== '') return entry[key] as string;
	}
	return String(entry.id ?? '');
}

const PAGE = 100;

/** Every script of the system (RCI /scripts, offset paging). */
export async function getScripts(this: ILoadOptionsFunctions): Promise<INodePropertyOptions[]> {
	const scripts: IDataObject[] = [];
	for (let offset = 0; ; offset += PAGE) {
		const page = await vendorRequest(this, api, ENDPOINTS.script.getAll, { qs: { offset, limit: PAGE } });
		const rows = Array.isArray(page) ? (page as IDataObject[]) : [];
		scripts.push(...rows);
		if (rows.length < PAGE) break;
	}
	return scripts
		.map((script) => ({ name: label(script), value: String(script.id) }))
		.sort((a, b) => a.name.localeCompare(b.name));
}

async function scriptQuestions(context: ILoadOptionsFunctions): Promise<ScriptQuestion[]> {
	const scriptId = String(context.getCurrentNodeParameter('scriptId') ?? '').trim();
	if (scriptId === '' || scriptId.startsWith('=')) return [];
	const script = (await vendorRequest(context, api, ENDPOINTS.script.get, { path: `/scripts/${encodeURIComponent(scriptId)}` })) as { questions?: ScriptQuestion[] } | undefined;
	return Array.isArray(script?.questions) ? script.questions : [];
}

/** The questions of the chosen script, with their control type. */
export async function getScriptQuestions(this: ILoadOptionsFunctions): Promise<INodePropertyOptions[]> {
	return (await scriptQuestions(this)).map((question) => {
		const control = typeof question.controlType === 'string' ? ` (${question.controlType})` : '';
		const mandatory = question.mandatory === true ? ' *' : '';
		return { name: `${label(question)}${control}${mandatory}`, value: String(question.id) };
	});
}

/** The answers of every choice question of the chosen script, as "question: answer". */
export async function getScriptAnswers(this: ILoadOptionsFunctions): Promise<INodePropertyOptions[]> {
	return (await scriptQuestions(this)).flatMap((question) =>
		(question.answers ?? []).map((answer) => ({ name: `${label(question)}: ${label(answer)}`, value: String(answer.id) })),
	);
}
