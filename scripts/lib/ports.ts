import { createServer } from 'node:net';

/** True when nothing listens on 127.0.0.1:<port>. */
export async function portFree(port: number): Promise<boolean> {
	return await new Promise((resolve) => {
		const server = createServer();
		server.once('error', () => resolve(false));
		server.listen(port, '127.0.0.1', () => server.close(() => resolve(true)));
	});
}

/** Fails with a clear message when one of the ports is taken (another n8n, an earlier demo…). */
export async function requireFreePorts(ports: Array<[number, string]>): Promise<void> {
	const taken: string[] = [];
	for (const [port, what] of ports) if (!(await portFree(port))) taken.push(`${port} (${what})`);
	if (taken.length > 0) {
		throw new Error(`Port(s) in use: ${taken.join(', ')}. Stop whatever listens there (another n8n or an earlier run) and try again.`);
	}
}
