import type { IExecuteSingleFunctions, IHttpRequestOptions, INodeProperties } from 'n8n-workflow';

import { itemParameter } from '../../../shared/parameters';
import { ENDPOINTS, payloadOf, receive, receiveFile, request } from '../../transport';
import { statisticsFields } from './fields';
import { worklogByAgentsQuery, worklogQuery } from './query';

const EXPORT_TYPES: Record<string, string> = { csv: 'text/csv', xls: 'application/vnd.ms-excel' };

/** preSend of the exports: the chosen format (`payload.download`), read once for the file's name too. */
async function exportFormat(this: IExecuteSingleFunctions, requestOptions: IHttpRequestOptions): Promise<IHttpRequestOptions> {
	payloadOf(requestOptions).download = itemParameter(this, 'format', 'csv');
	return requestOptions;
}

/** The export's name and type by the chosen format, for when Comnica's answer does not say. */
const exportFile = (name: string) => (context: IExecuteSingleFunctions) => {
	const format = itemParameter<string>(context, 'format', 'csv');
	return { fileName: `${name}.${format}`, mimeType: EXPORT_TYPES[format] };
};

export const statisticsDescription: INodeProperties[] = [
	{
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: { resource: ['statistics'] } },
		options: [
			{
				name: 'Export Detailed Worklog',
				value: 'exportWorklog',
				action: 'Export the detailed worklog as a file',
				description: 'Every agent state and queue change in a period. Returns a CSV or XLS file (name, type, size) as binary data.',
				routing: {
					request: request(ENDPOINTS.statistics.detailedExport, { json: true, encoding: 'arraybuffer' }),
					send: { preSend: [exportFormat, worklogQuery] },
					output: { postReceive: [receiveFile(ENDPOINTS.statistics.detailedExport, exportFile('worklog_detailed'))] },
				},
			},
			{
				name: 'Export Worklog by Agents',
				value: 'exportWorklogByAgents',
				action: 'Export the worklog by agents as a file',
				description: 'Time each agent spent in each state in a period. Returns a CSV or XLS file (name, type, size) as binary data.',
				routing: {
					request: request(ENDPOINTS.statistics.byUsersExport, { json: true, encoding: 'arraybuffer' }),
					send: { preSend: [exportFormat, worklogByAgentsQuery] },
					output: { postReceive: [receiveFile(ENDPOINTS.statistics.byUsersExport, exportFile('worklog_by_users'))] },
				},
			},
			{
				name: 'Get Detailed Worklog',
				value: 'getWorklog',
				action: 'Get the detailed worklog',
				description:
					'Every agent state and queue change in a period. Returns one item per entry with the chosen columns. User and queue IDs for the filters come from Filter Data.',
				routing: {
					request: request(ENDPOINTS.statistics.detailedList),
					send: { preSend: [worklogQuery] },
					output: { postReceive: [receive(ENDPOINTS.statistics.detailedList, 'rows')] },
				},
			},
			{
				name: 'Get Worklog by Agents',
				value: 'getWorklogByAgents',
				action: 'Get the worklog by agents',
				description:
					'Seconds each agent spent in each state in a period. Returns one item per agent plus a sum row. User IDs for the filters come from Filter Data.',
				routing: {
					request: request(ENDPOINTS.statistics.byUsersList),
					send: { preSend: [worklogByAgentsQuery] },
					output: { postReceive: [receive(ENDPOINTS.statistics.byUsersList, 'rows')] },
				},
			},
		],
		default: 'getWorklog',
	},
	...statisticsFields,
];
