import type { IDataObject, INode } from 'n8n-workflow';

import { asText as text, inputError } from '../../shared/parameters';

/** CMI: "nextCallTime is only allowed when lastResult is either CUSTOM_TIME or RESCHEDULE." */
export const NEXT_CALL_TIME_RESULTS = ['CUSTOM_TIME', 'RESCHEDULE'];

function fail(node: INode, itemIndex: number, message: string, description: string): never {
	throw inputError(node, itemIndex, message, description);
}

/** The PUT /callbacks/{id} body: only the four fields the server updates, checked first. */
export function callbackUpdateBody(node: INode, itemIndex: number, fields: IDataObject): IDataObject {
	const body: IDataObject = {};
	for (const key of ['customerNumber', 'notes', 'lastResult', 'nextCallTime']) {
		if (fields[key] !== undefined && text(fields[key]) !== '') body[key] = key === 'notes' ? String(fields[key]) : text(fields[key]);
	}
	if (typeof body.lastResult === 'string') body.lastResult = body.lastResult.toUpperCase();
	if (Object.keys(body).length === 0) {
		fail(node, itemIndex, 'Nothing to update: "Update Fields" is empty', 'Add at least one of Customer Number, Notes, Last Result or Next Call Time.');
	}
	if (body.nextCallTime !== undefined && !NEXT_CALL_TIME_RESULTS.includes(body.lastResult as string)) {
		fail(
			node,
			itemIndex,
			`"Next Call Time" needs "Last Result" CUSTOM_TIME or RESCHEDULE (Last Result is ${body.lastResult ? `"${body.lastResult as string}"` : 'not set'})`,
			'Sinch Contact Pro accepts nextCallTime only together with lastResult CUSTOM_TIME or RESCHEDULE. Set Last Result to one of them, or remove Next Call Time.',
		);
	}
	return body;
}

export interface ScriptAnswer {
	questionId?: string;
	answerId?: string;
	answerText?: string;
}

/**
 * The POST /scriptResults bodies: one script result entity per answer. The CMI reference
 * (docs.cc.sinch.com/cloud/api/CMI.html, /scriptResults → post, "Entity representing a
 * scriptResult") describes one entity with contact_id, script_id, question.id and answer.id or
 * answer.answerdata; each is sent in its own request (transport/paging.ts). Choice questions
 * (RADIOBUTTON, CHECKBOX, DROPDOWNLIST, DROPDOWNCHECKBOX, COMBOBOX) are answered by answer.id,
 * free-text ones (INPUTTEXT, TEXTAREA, COMBOBOX) by answer.answerdata; with an id the text is
 * ignored, so it is not sent.
 */
export function scriptResultEntities(
	node: INode,
	itemIndex: number,
	contactId: string,
	scriptId: string,
	answers: ScriptAnswer[],
): IDataObject[] {
	if (contactId === '') fail(node, itemIndex, '"Contact ID" is empty', 'Give the ID of the contact the script was filled in for.');
	if (scriptId === '') fail(node, itemIndex, '"Script" is empty', 'Choose the script, or give its ID (Script > Get Many lists them).');
	if (answers.length === 0) {
		fail(node, itemIndex, '"Answers" is empty', 'Add one answer per question (mandatory questions of the script need an answer).');
	}
	return answers.map((answer, index) => {
		const questionId = text(answer.questionId);
		const answerId = text(answer.answerId);
		const answerText = answer.answerText === undefined || answer.answerText === null ? '' : String(answer.answerText);
		if (questionId === '') fail(node, itemIndex, `Answer ${index + 1}: "Question ID" is empty`, 'Choose the question this answer belongs to.');
		if (answerId === '' && answerText.trim() === '') {
			fail(
				node,
				itemIndex,
				`Answer ${index + 1}: set "Answer ID" or "Answer Text" (question ${questionId})`,
				'Choice questions (radio button, check box, drop-down, combo box) need "Answer ID"; free-text questions (input text, text area, combo box) need "Answer Text".',
			);
		}
		return {
			contact_id: contactId,
			script_id: scriptId,
			question: { id: questionId },
			answer: answerId !== '' ? { id: answerId } : { answerdata: answerText },
		};
	});
}
