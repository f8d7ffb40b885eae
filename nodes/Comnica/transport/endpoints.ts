import type { Endpoint } from '../../shared/endpoint';

const post = (path: string): Endpoint => ({ method: 'POST', path });

/** The Comnica endpoints of the node's routing, its code paths and its messages. */
export const ENDPOINTS = {
	filterData: post('/search/filterdata'),
	projectFields: post('/integration/cc/project/fields/list/v1'),
	record: {
		load: post('/integration/cc/record/load/v1'),
		save: post('/integration/cc/record/save/v1'),
		update: post('/integration/cc/record/update/v1'),
		bulkModify: post('/integration/cc/record/bulk_modify/v1'),
		list: post('/integration/cc/record/list/v1'),
	},
	recording: { method: 'GET', path: '/recording/{callId}/download' } as Endpoint,
	statistics: {
		detailedExport: post('/stat/worklog_detailed/export'),
		detailedList: post('/stat/worklog_detailed/list'),
		byUsersExport: post('/stat/worklog_by_users/export'),
		byUsersList: post('/stat/worklog_by_users/list'),
	},
	videoColumns: post('/video/project/column/list'),
	videoRecordCreate: post('/video/projectdata/create'),
};
