import type { IExecuteSingleFunctions } from 'n8n-workflow';

import { itemParameter } from '../../shared/parameters';

/** Return All / Limit: Cention has no paging and answers every row at once; the node keeps the first `limit`. */
export function limited<T>(context: IExecuteSingleFunctions, rows: T[]): T[] {
	if (itemParameter(context, 'returnAll', true)) return rows;
	return rows.slice(0, itemParameter(context, 'limit', 50));
}
