/** The notifications uContact's portal sends (docs.ucontactcloud.com, webhooks-notifications). */
export const notifications = {
	AgentRingNoAnswer: {
		event: 'AgentRingNoAnswer',
		date: '2024-05-02 10:15:03',
		agent: 'mrodriguez',
		agentNumber: '1001',
		agentFullName: 'Martín Rodríguez',
		callerIdNum: '098344484',
		campaign: 'Soporte<-',
	},
	AgentLog: { event: 'AgentLog', date: '2024-05-02 08:59:41', agent: 'lfernandez', isLogin: true },
	AgentBreak: { event: 'AgentBreak', date: '2024-05-02 12:30:00', agent: 'jgarcia', motive: 'Almuerzo', isBreak: true },
	FinishInteraction: {
		event: 'FinishInteraction',
		date: '2024-05-02 10:21:44',
		guid: '7e4e7db9-f080-494e-b04b-7c8e47711558',
		campaign: 'Ventas->',
		agent: 'mrodriguez',
		channel: 'telephony',
		duration: 312,
	},
	InteractionDisposition: {
		event: 'InteractionDisposition',
		date: '2024-05-02 10:22:10',
		guid: '7e4e7db9-f080-494e-b04b-7c8e47711558',
		campaign: 'Ventas->',
		agent: 'mrodriguez',
		l1: 'Venta',
		l2: 'Credito',
		l3: '12 cuotas',
	},
};

export type NotificationEvent = keyof typeof notifications;
