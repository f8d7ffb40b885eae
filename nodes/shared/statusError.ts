import type { INode, NodeApiError } from 'n8n-workflow';

import { vendorApiError } from './errors';

/** What a vendor's status table is told about a failed answer. */
export interface FailedAnswer {
	status: number;
	/** The endpoint as the message names it. */
	where: string;
	/** What the vendor said (its error text, shortened, free of secrets); '' when nothing. */
	said: string;
	itemIndex?: number;
}

/** Message and hint (what to do) for an answer; undefined lets the next rule of the table speak. */
export type Words<A extends FailedAnswer> = (answer: A) => [message: string, hint: string] | undefined;

export interface StatusTable<A extends FailedAnswer> {
	/** The vendor as "… said:" names it. */
	vendor: string;
	/** Rules for single statuses, tried first. */
	byStatus: Record<number, Words<A>>;
	/** 5xx. */
	serverError: Words<A>;
	/** Other 4xx (default: `otherwise`). */
	clientError?: Words<A>;
	otherwise: Words<A>;
	/** A line between the hint and what the vendor said (uContact: the fields sent). */
	sentLine?: (answer: A) => string;
	/** What the error view keeps of the answer. */
	response?: (answer: A) => unknown;
}

/** A vendor's status → message table as its error mapper: the message, what to do, what the vendor said. */
export function statusError<A extends FailedAnswer>(table: StatusTable<A>): (node: INode, answer: A) => NodeApiError {
	return (node, answer) => {
		const { status } = answer;
		const rules = [table.byStatus[status], status >= 500 ? table.serverError : undefined, status >= 400 && status < 500 ? table.clientError : undefined];
		const [message, hint] = rules.reduce<[string, string] | undefined>((words, rule) => words ?? rule?.(answer), undefined) ?? table.otherwise(answer)!;
		const lines = [hint, table.sentLine?.(answer), answer.said ? `${table.vendor} said: ${answer.said}` : undefined];
		return vendorApiError(node, {
			message,
			description: lines.filter((line) => line !== undefined).join('\n'),
			httpCode: status,
			itemIndex: answer.itemIndex,
			response: table.response?.(answer),
			hint,
			endpoint: answer.where,
		});
	};
}
