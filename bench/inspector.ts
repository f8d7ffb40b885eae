import { realpathSync } from 'node:fs';
import { setTimeout as sleep } from 'node:timers/promises';

import { waitFor } from '../scripts/lib/wait';

/**
 * A full garbage collection in the running n8n, so both sides of the memory figure start from
 * the same live heap. Node opens its inspector on SIGUSR1, on the port given by
 * --inspect-port (the bench sets it for its n8n); HeapProfiler.collectGarbage runs the GC.
 */
export class GarbageCollector {
	private socket?: WebSocket;

	private nextId = 1;

	private readonly waiting = new Map<number, () => void>();

	constructor(
		private readonly pid: number,
		private readonly port: number,
		/** The script n8n runs (bin/n8n), to recognise its inspector. */
		private readonly script: string,
	) {}

	private async connect(): Promise<WebSocket> {
		if (this.socket) return this.socket;
		process.kill(this.pid, 'SIGUSR1');
		let target: string | undefined;
		await waitFor(async () => {
			const answer = await fetch(`http://127.0.0.1:${this.port}/json/list`).catch(() => undefined);
			if (!answer?.ok) return false;
			const [first] = (await answer.json()) as Array<{ webSocketDebuggerUrl?: string; url?: string }>;
			// Only n8n's own inspector: the port is checked free before n8n starts, this checks the script.
			// Node names the script by its real path: an install reached through a link counts too.
			if (first && !String(first.url).includes(realpathSync(this.script))) throw new Error(`port ${this.port} is another process's inspector (${first.url})`);
			target = first?.webSocketDebuggerUrl;
			return target !== undefined;
		}, 20_000, 200);
		const socket = new WebSocket(target!);
		await new Promise<void>((resolve, reject) => {
			socket.addEventListener('open', () => resolve(), { once: true });
			socket.addEventListener('error', () => reject(new Error(`cannot reach n8n's inspector at ${target}`)), { once: true });
		});
		socket.addEventListener('message', (event) => {
			const { id } = JSON.parse(String(event.data)) as { id?: number };
			if (id !== undefined) this.waiting.get(id)?.();
		});
		this.socket = socket;
		return socket;
	}

	private async call(method: string): Promise<void> {
		const socket = await this.connect();
		const id = this.nextId++;
		const done = new Promise<void>((resolve) => this.waiting.set(id, resolve));
		socket.send(JSON.stringify({ id, method }));
		await done;
		this.waiting.delete(id);
	}

	/** Two full collections (the second frees what the first's finalizers released), then a breath. */
	async collect(): Promise<void> {
		await this.call('HeapProfiler.collectGarbage');
		await this.call('HeapProfiler.collectGarbage');
		await sleep(300);
	}

	close(): void {
		this.socket?.close();
	}
}
