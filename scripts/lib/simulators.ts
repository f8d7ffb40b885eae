import { spawn } from 'node:child_process';
import { createWriteStream } from 'node:fs';
import { join } from 'node:path';

import { ROOT } from './paths';
import { killTree } from './processes';
import { waitFor } from './wait';

export interface RunningSimulators {
	urls: Record<string, string>;
	/** What serve.ts printed (the table of vendors and addresses). */
	banner: string;
	stop(): Promise<void>;
}

/** Runs test/simulators/serve.ts (compiled) as one child process and waits for its READY line. */
export async function startSimulators(basePort: number, n8nUrl: string, logFile: string): Promise<RunningSimulators> {
	const script = join(ROOT, 'build', 'test', 'simulators', 'serve.js');
	const child = spawn(process.execPath, [script, `--base-port=${basePort}`, `--n8n-url=${n8nUrl}`, '--exit-with-parent'], {
		cwd: ROOT,
		stdio: ['pipe', 'pipe', 'pipe'],
		detached: true,
	});
	const log = createWriteStream(logFile, { flags: 'a' });
	let output = '';
	let exited: number | null | undefined;
	child.on('exit', (code) => (exited = code));
	const collect = (chunk: Buffer) => {
		output += chunk.toString('utf8');
		log.write(chunk);
	};
	child.stdout.on('data', collect);
	child.stderr.on('data', collect);
	const stop = async () => {
		if (exited === undefined) {
			child.kill('SIGTERM');
			const gone = await waitFor(async () => exited !== undefined, 5_000).catch(() => false);
			if (!gone) killTree(child.pid, 'SIGKILL');
		}
		log.end();
	};
	try {
		await waitFor(async () => {
			if (exited !== undefined) throw new Error(`the simulators exited with code ${exited}:\n${output}`);
			return /^SIMULATORS_READY /m.test(output);
		}, 30_000, 100);
	} catch (error) {
		await stop();
		throw error;
	}
	const ready = /^SIMULATORS_READY (.*)$/m.exec(output)![1];
	const banner = output.slice(0, output.indexOf('SIMULATORS_READY')).trimEnd();
	return { urls: JSON.parse(ready) as Record<string, string>, banner, stop };
}

/** A request as a simulator logged it (`GET /__sim/requests`). */
export interface LoggedRequest {
	method: string;
	path: string;
	query: Record<string, string>;
	headers: Record<string, string>;
	rawBody: string;
	basic?: { user: string; password: string };
	status?: number;
	/** When the simulator received it (ms since the epoch). */
	at: number;
}

/** A simulator running in the simulators' process, driven through its /__sim/* control routes. */
export class SimulatorControl {
	constructor(
		readonly url: string,
		readonly name = url,
	) {}

	async control(path: string, method = 'POST'): Promise<unknown> {
		const response = await fetch(`${this.url}/__sim/${path}`, { method });
		if (!response.ok) throw new Error(`${this.name} simulator /__sim/${path} answered ${response.status}`);
		return await response.json();
	}

	/** The requests received since the last clear, those to `path` only if given. */
	async requests(path?: string): Promise<LoggedRequest[]> {
		const all = (await this.control('requests', 'GET')) as LoggedRequest[];
		return path === undefined ? all : all.filter((request) => request.path === path);
	}

	async clearLog(): Promise<void> {
		await this.control('clear-log');
	}
}
