import { spawn } from 'node:child_process';
import type { SpawnOptions } from 'node:child_process';
import { appendFileSync } from 'node:fs';
import { delimiter, dirname } from 'node:path';

/** Prints a step; returns a function that prints how long it took. */
export function step(text: string): (suffix?: string) => void {
	const started = Date.now();
	console.log(`▶ ${text}`);
	return (suffix = '') => console.log(`  ✓ ${text} (${seconds(started)} s)${suffix ? ` ${suffix}` : ''}`);
}

export function seconds(since: number): string {
	return ((Date.now() - since) / 1000).toFixed(1);
}

export interface RunOptions extends SpawnOptions {
	/** Everything the command prints goes to this file. */
	logFile: string;
	/** Printed every 15 s while the command runs, so a long install shows it is alive. */
	heartbeat?: string;
	timeoutMs?: number;
}

/** Runs a command to completion; on failure prints the end of its log and throws. */
export async function run(command: string, args: string[], options: RunOptions): Promise<string> {
	const { logFile, heartbeat, timeoutMs = 15 * 60_000, ...spawnOptions } = options;
	appendFileSync(logFile, `\n$ ${command} ${args.join(' ')}\n`);
	const started = Date.now();
	const child = spawn(command, args, { ...spawnOptions, stdio: ['ignore', 'pipe', 'pipe'], detached: true });
	let output = '';
	const collect = (chunk: Buffer) => {
		output += chunk.toString('utf8');
		appendFileSync(logFile, chunk);
	};
	child.stdout!.on('data', collect);
	child.stderr!.on('data', collect);
	const ticker = heartbeat
		? setInterval(() => console.log(`  … ${heartbeat} (${seconds(started)} s)`), 15_000)
		: undefined;
	const timer = setTimeout(() => killTree(child.pid), timeoutMs);
	const code = await new Promise<number | null>((resolve, reject) => {
		child.on('error', reject);
		child.on('close', (exitCode) => resolve(exitCode));
	}).finally(() => {
		clearInterval(ticker);
		clearTimeout(timer);
	});
	if (code !== 0) {
		console.error(output.split('\n').slice(-40).join('\n'));
		throw new Error(`${command} ${args.join(' ')} failed with exit code ${code} (full log: ${logFile})`);
	}
	return output;
}

/** Ends a process started with `detached: true` and everything it started. */
export function killTree(pid: number | undefined, signal: NodeJS.Signals = 'SIGTERM'): void {
	if (!pid) return;
	try {
		process.kill(-pid, signal);
	} catch {
		try {
			process.kill(pid, signal);
		} catch {
			// already gone
		}
	}
}

/** npm as this process runs it: the same Node (24 under `npm run`), headers for native builds. */
export function npmEnv(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
	return {
		...process.env,
		PATH: `${dirname(process.execPath)}${delimiter}${process.env.PATH ?? ''}`,
		npm_config_yes: 'true',
		npm_config_audit: 'false',
		npm_config_fund: 'false',
		npm_config_update_notifier: 'false',
		...extra,
	};
}

/** n8n 2.41 refuses Node < 24; `npm run …` brings Node 24 from the `node` devDependency. */
export function requireNode24(): void {
	const major = Number(process.versions.node.split('.')[0]);
	if (major < 24) {
		throw new Error(`Node ${process.versions.node} is too old for n8n 2.41: run this through npm (npm start, npm run test:e2e)`);
	}
}
