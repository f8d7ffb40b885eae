import type { SimReply } from '../base';
import { invalid, isBase64, isObject, isText } from './jsonapi';

const USER_TYPES = ['cention', 'solidus', 'clearinteract'];
const MSG_FIELDS = ['message_id', 'name', 'from', 'subject', 'body', 'html_body', 'attachments'];
const ATTRIBUTES = ['msg', 'answer', 'watemplate', 'extradata', 'integrationData', 'cuid'];

/** What c3_new_errands accepts, as the manual lists it; the first problem found is answered. */
export function validateNewErrand(attributes: Record<string, unknown>): SimReply | undefined {
	const unknown = Object.keys(attributes).find((key) => !ATTRIBUTES.includes(key));
	if (unknown) return invalid(`/data/attributes/${unknown}`, `unsupported attribute ${unknown}`);
	const msg = attributes.msg;
	if (!isObject(msg)) return invalid('/data/attributes/msg', 'msg is required');
	const unknownField = Object.keys(msg).find((key) => !MSG_FIELDS.includes(key));
	if (unknownField) return invalid(`/data/attributes/msg/${unknownField}`, `unsupported msg field ${unknownField}`);
	if (!isText(msg.from)) return invalid('/data/attributes/msg/from', 'from is required');
	for (const field of ['message_id', 'name', 'subject', 'body', 'html_body']) {
		if (msg[field] !== undefined && typeof msg[field] !== 'string') return invalid(`/data/attributes/msg/${field}`, `${field} must be a string`);
	}
	if (msg.attachments !== undefined) {
		if (!Array.isArray(msg.attachments)) return invalid('/data/attributes/msg/attachments', 'attachments must be an array');
		for (const [index, file] of (msg.attachments as unknown[]).entries()) {
			const pointer = `/data/attributes/msg/attachments/${index}`;
			if (!isObject(file) || !isText(file.name) || !isText(file.content_type)) return invalid(pointer, 'name and content_type are required');
			if (!isBase64(file.content)) return invalid(`${pointer}/content`, 'content must be base64');
		}
	}
	const answer = attributes.answer;
	if (answer !== undefined || attributes.watemplate !== undefined) {
		if (!isObject(answer)) return invalid('/data/attributes/answer', 'answer (user_type, user_id) is required');
		if (!USER_TYPES.includes(answer.user_type as string)) {
			return invalid('/data/attributes/answer/user_type', 'user_type must be cention, solidus or clearinteract');
		}
		if (!isText(answer.user_id)) return invalid('/data/attributes/answer/user_id', 'user_id is required');
	}
	const template = attributes.watemplate;
	if (template !== undefined) {
		if (!isObject(template) || !isText(template.elementname) || !isText(template.namespace)) {
			return invalid('/data/attributes/watemplate', 'elementname and namespace are required');
		}
		if (template.params !== undefined && !Array.isArray(template.params)) return invalid('/data/attributes/watemplate/params', 'params must be an array');
	}
	if (attributes.extradata !== undefined && !isObject(attributes.extradata)) return invalid('/data/attributes/extradata', 'extradata must be an object');
	const integration = attributes.integrationData;
	if (integration !== undefined) {
		if (!isObject(integration)) return invalid('/data/attributes/integrationData', 'integrationData must be an object');
		if (integration.integrationName === 'aventa') {
			for (const field of ['deviceId', 'extensionId']) {
				if (!Number.isInteger(integration[field])) return invalid(`/data/attributes/integrationData/${field}`, `${field} must be an integer`);
			}
			for (const field of ['destNumber', 'queueName', 'queueNumber']) {
				if (!isText(integration[field])) return invalid(`/data/attributes/integrationData/${field}`, `${field} is required`);
			}
		}
	}
	if (attributes.cuid !== undefined && typeof attributes.cuid !== 'string') return invalid('/data/attributes/cuid', 'cuid must be a string');
	return undefined;
}
