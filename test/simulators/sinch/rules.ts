import type { Row, Script } from './data';
import { extraDataForHistory } from './data';

const CHOICE = ['RADIOBUTTON', 'CHECKBOX', 'DROPDOWNLIST', 'DROPDOWNCHECKBOX'];
const FREE_TEXT = ['INPUTTEXT', 'TEXTAREA'];

/** The manual's rules for POST /scriptResults; the text of the 400 answer, or undefined. */
export function scriptResultProblem(rows: Row[], scripts: Script[], contacts: Row[]): string | undefined {
	if (rows.length === 0) return 'No script results given';
	for (const row of rows) {
		if (row === null || typeof row !== 'object') return 'Script result must be an object';
		if (!contacts.some((contact) => contact.id === row.contact_id)) return `Contact not found: ${String(row.contact_id)}`;
		const script = scripts.find((candidate) => candidate.id === row.script_id);
		if (!script) return `Script not found: ${String(row.script_id)}`;
		const questionId = (row.question as Row | undefined)?.id;
		const question = script.questions.find((candidate) => candidate.id === questionId);
		if (!question) return `Question not found: ${String(questionId)}`;
		const answer = (row.answer as Row | undefined) ?? {};
		const hasId = typeof answer.id === 'string' && answer.id !== '';
		const hasData = typeof answer.answerdata === 'string' && answer.answerdata !== '';
		if (CHOICE.includes(question.controlType) && !hasId) return `answer.id is required for question ${question.id}`;
		if (FREE_TEXT.includes(question.controlType) && !hasData) return `answer.answerdata is required for question ${question.id}`;
		if (!hasId && !hasData) return `answer.id or answer.answerdata is required for question ${question.id}`;
		if (hasId && !question.answers.some((candidate) => candidate.id === answer.id)) return `Answer not found: ${String(answer.id)}`;
	}
	for (const script of scripts.filter((candidate) => rows.some((row) => row.script_id === candidate.id))) {
		for (const question of script.questions.filter((candidate) => candidate.mandatory)) {
			if (!rows.some((row) => (row.question as Row).id === question.id)) return `Mandatory question is not answered: ${question.text}`;
		}
	}
	return undefined;
}

/** The manual's rules for POST /contactData; the text of the 400 answer, or undefined. */
export function contactDataProblem(body: Row, contacts: Row[]): string | undefined {
	const contact = contacts.find((candidate) => candidate.id === body.id);
	if (!contact) return `Contact not found: ${String(body.id)}`;
	if (contact.channel_type !== 'PHONE' && contact.channel_type !== 'CHAT') return 'Only phone and chat contacts have attached data';
	if (!['WrapUp', 'Handled', 'Abandoned', 'Deleted'].includes(String(contact.status))) {
		return `Contact must be disconnected (status is ${String(contact.status)})`;
	}
	let attached: unknown = body.attachedData;
	if (typeof attached === 'string') {
		try {
			attached = JSON.parse(attached);
		} catch {
			return 'attachedData is not valid JSON';
		}
	}
	if (attached === null || typeof attached !== 'object' || Array.isArray(attached)) return 'attachedData must be a JSON object';
	const allowed = extraDataForHistory[String(contact.channel_type)].split(',');
	const rejected = Object.keys(attached).filter((key) => !allowed.includes('*') && !allowed.includes(key));
	if (rejected.length) return `Attached data keys not allowed by ExtraDataForHistory: ${rejected.join(', ')}`;
	return undefined;
}
