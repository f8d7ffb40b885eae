import type { IDataObject, IExecuteSingleFunctions, IHttpRequestOptions, INodeRequestSend } from 'n8n-workflow';

/** The sent form of a value; may throw a NodeOperationError for a value that cannot be sent. */
export type Change = (value: unknown, context: IExecuteSingleFunctions) => unknown;

/**
 * routing.send of a field sent in another form than the user typed it (a number, trimmed, a
 * flag only when on) or checked first. n8n places the value as usual; a preSend then changes
 * or checks it where it was placed. A `value: '={{ … $value … }}'` would cost an expression
 * evaluation per item, and reading the parameter again would evaluate the user's own
 * expression once more.
 */
export function sendAs(type: 'body' | 'query', property: string, change: Change, propertyInDotNotation = true): INodeRequestSend {
	const keys = propertyInDotNotation ? property.split('.') : [property];
	return {
		type,
		property,
		...(propertyInDotNotation ? {} : { propertyInDotNotation }),
		preSend: [
			async function (this: IExecuteSingleFunctions, requestOptions: IHttpRequestOptions) {
				const container = keys.slice(0, -1).reduce<IDataObject | undefined>(
					(parent, key) => parent?.[key] as IDataObject | undefined,
					(type === 'body' ? requestOptions.body : requestOptions.qs) as IDataObject | undefined,
				);
				const key = keys[keys.length - 1];
				if (container && key in container) container[key] = change(container[key], this) as IDataObject[string];
				return requestOptions;
			},
		],
	};
}

export const asNumber: Change = (value) => Number(value);

export const trimmed: Change = (value) => String(value).trim();

/** The trimmed text, or nothing when it is empty. */
export const trimmedOrNothing: Change = (value) => String(value).trim() || undefined;

/** The text as given, or nothing when it is empty. */
export const textOrNothing: Change = (value) => (value === '' ? undefined : value);

/** `true` for an on switch, nothing when off. */
export const trueOrNothing: Change = (value) => (value ? 'true' : undefined);

export const trueOrFalse: Change = (value) => (value ? 'true' : 'false');

/** A multiple choice as comma-separated text, or nothing when none is chosen. */
export const listOrNothing: Change = (value) => ((value as unknown[]).length ? (value as unknown[]).join(',') : undefined);
