import type { Row, Script } from './data';
import { extraDataForHistory } from './data';

const CHOICE = ['RADIOBUTTON', 'CHECKBOX', 'DROPDOWNLIST', 'DROPDOWNCHECKBOX'];
const FREE_TEXT = ['INPUTTEXT', 'TEXTAREA'];

/**
 * The manual's rules for POST /scriptResults, which takes one script result entity
 * (CMI reference: "Entity representing a scriptResult"); the text of the 400 answer, or
 * undefined. "If script has any mandatory questions, then there needs to be answer to such
 * question": with one answer per request, an answer to an optional question is refused while
 * a mandatory question of the script has no answer stored for the contact.
 */
export function scriptResultProblem(body: unknown, scripts: Script[], contacts: Row[], stored: Row[]): string | undefined {
	if (Array.isArray(body)) return 'Script result must be one entity (a JSON object), not an array';
	if (body === null || typeof body !== 'object') return 'Script result must be a JSON object';
	const row = body as Row;
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
	if (!question.mandatory) {
		const answered = (id: string) =>
			stored.some((result) => result.contact_id === row.contact_id && result.script_id === script.id && (result.question as Row).id === id);
		const missing = script.questions.find((candidate) => candidate.mandatory && !answered(candidate.id));
		if (missing) return `Mandatory question is not answered: ${missing.text}`;
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
	// "CAD in JSON format, for example: {"x":0}": an object, as in the example; JSON text is refused.
	const attached: unknown = body.attachedData;
	if (attached === null || typeof attached !== 'object' || Array.isArray(attached)) return 'attachedData must be a JSON object, for example {"x":0}';
	const allowed = extraDataForHistory[String(contact.channel_type)].split(',');
	const rejected = Object.keys(attached).filter((key) => !allowed.includes('*') && !allowed.includes(key));
	if (rejected.length) return `Attached data keys not allowed by ExtraDataForHistory: ${rejected.join(', ')}`;
	return undefined;
}
