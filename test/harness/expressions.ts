import { Expression } from 'n8n-workflow';

/** Expressions n8n evaluated while a function ran: how often, by the expression's text. */
export interface Evaluations<T> {
	result: T;
	byExpression: Map<string, number>;
	total: number;
}

/**
 * Counts the expressions n8n evaluates while `run` runs, by hooking the one place every
 * evaluation passes (Expression.resolveSimpleParameterValue, which hands the expression to the
 * legacy engine or to n8n 2.41's isolate). The same count as n8n's
 * expression_evaluation_duration_seconds_count in /metrics, for one execution.
 */
export async function countEvaluations<T>(run: () => Promise<T>): Promise<Evaluations<T>> {
	const byExpression = new Map<string, number>();
	const original = Expression.prototype.resolveSimpleParameterValue;
	Expression.prototype.resolveSimpleParameterValue = function (this: Expression, value, data, returnObjectAsString) {
		if (typeof value === 'string' && value.startsWith('=')) byExpression.set(value, (byExpression.get(value) ?? 0) + 1);
		return original.call(this, value, data, returnObjectAsString);
	};
	try {
		const result = await run();
		const total = [...byExpression.values()].reduce((sum, count) => sum + count, 0);
		return { result, byExpression, total };
	} finally {
		Expression.prototype.resolveSimpleParameterValue = original;
	}
}

/** Every expression string in a node's parameters (what the user wrote). */
export function userExpressions(parameters: unknown, found = new Set<string>()): Set<string> {
	if (typeof parameters === 'string' && parameters.startsWith('=')) found.add(parameters);
	else if (parameters !== null && typeof parameters === 'object') for (const value of Object.values(parameters)) userExpressions(value, found);
	return found;
}
