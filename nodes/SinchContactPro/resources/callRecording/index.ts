import type { INodeProperties } from 'n8n-workflow';

import { bodyFieldsField, idField, listFields } from '../../helpers/fields';
import { ENDPOINTS, POST_REQUEST, preSend, receiveList, receiveOne, receiveWrite } from '../../transport';
import { route } from '../../../shared/endpoint';

const resource = 'callRecording';
const requireId = preSend.requireIds(['callRecordingId', 'Call Recording ID']);

export const callRecordingDescription: INodeProperties[] = [
	{
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: { resource: [resource] } },
		options: [
			{
				name: 'Add Listen Log Entry',
				value: 'addListenLog',
				action: 'Add a listen log entry to a call recording',
				description:
					'Record that a call recording was listened to (e.g. by a quality tool). Returns success. The recording ID comes from Call Recording Get Many.',
				routing: {
					request: route(ENDPOINTS.callRecording.addListenLog, POST_REQUEST),
					send: { preSend: [requireId, preSend.bodyFields()] },
					output: { postReceive: [receiveWrite(ENDPOINTS.callRecording.addListenLog)] },
				},
			},
			{
				name: 'Get',
				value: 'get',
				action: 'Get a call recording',
				description:
					'Get one call recording. Returns its contact ID, queue, agent, start, duration and file name. The recording ID comes from Call Recording Get Many.',
				routing: {
					request: route(ENDPOINTS.callRecording.get),
					send: { preSend: [requireId] },
					output: { postReceive: [receiveOne(ENDPOINTS.callRecording.get)] },
				},
			},
			{
				name: 'Get Listen Log',
				value: 'getListenLog',
				action: 'Get the listen log of a call recording',
				description:
					'Get who listened to a call recording and when. Returns one item per listening. The recording ID comes from Call Recording Get Many.',
				routing: {
					request: route(ENDPOINTS.callRecording.getListenLog),
					send: { preSend: [requireId] },
					output: { postReceive: [receiveOne(ENDPOINTS.callRecording.getListenLog)] },
				},
			},
			{
				name: 'Get Many',
				value: 'getAll',
				action: 'Get many call recordings',
				description:
					'List call recordings, optionally filtered. Returns one item per recording with its ID, contact ID, agent, start and duration.',
				routing: {
					request: route(ENDPOINTS.callRecording.getAll),
					send: { preSend: [preSend.listQuery] },
					output: { postReceive: [receiveList(ENDPOINTS.callRecording.getAll)] },
				},
			},
		],
		default: 'getAll',
	},
	idField(resource, ['get', 'getListenLog', 'addListenLog'], 'callRecordingId', 'Call Recording ID', 'ID of the call recording (32 characters)'),
	...listFields(resource, { filterExample: 'contact_id' }),
	bodyFieldsField(
		resource,
		['addListenLog'],
		'Listen Log Fields',
		'Optional fields of the listen log entry as named in the CMI reference; leave empty to log the API user now',
	),
];
