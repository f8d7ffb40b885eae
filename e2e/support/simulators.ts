import { state } from './n8n';

export interface LoggedRequest {
	method: string;
	path: string;
	query: Record<string, string>;
	headers: Record<string, string>;
	rawBody: string;
	basic?: { user: string; password: string };
	status?: number;
}

/** A vendor simulator running beside n8n, driven through its /__sim/* control routes. */
export function simulator(vendor: string) {
	const base = () => {
		const url = state().simulators[vendor];
		if (!url) throw new Error(`The ${vendor} simulator is not running`);
		return url;
	};
	const control = async (path: string, method = 'POST'): Promise<unknown> => {
		const response = await fetch(`${base()}/__sim/${path}`, { method });
		if (!response.ok) throw new Error(`${vendor} simulator /__sim/${path} answered ${response.status}`);
		return await response.json();
	};
	return {
		url: base,
		control,
		async requests(path?: string): Promise<LoggedRequest[]> {
			const all = (await control('requests', 'GET')) as LoggedRequest[];
			return path === undefined ? all : all.filter((request) => request.path === path);
		},
		async clearLog(): Promise<void> {
			await control('clear-log');
		},
	};
}
