/**
 * All vendor simulators in ONE process on fixed ports, with their demo data: what `npm start`
 * and `npm run test:e2e` run beside a real n8n.
 *
 *   node build/test/simulators/serve.js [--base-port=4100] [--n8n-url=http://localhost:5678] [--exit-with-parent]
 *
 * Vendor N listens on base port + N (comnica 4101, ucontact 4102, cention 4103, sinch 4104,
 * vipex 4105). A vendor whose simulator does not exist yet is skipped. When everything listens,
 * one line `SIMULATORS_READY {"comnica":"http://127.0.0.1:4101",…}` is printed for the caller.
 * SIGINT/SIGTERM stop every server.
 */
import { INSTANCES } from '../../scripts/lib/ports';
import { ComnicaSimulator } from './comnica';

/** What serve.ts needs of a simulator: `Simulator` from base.ts has it. */
export interface Served {
	start(port?: number, host?: string): Promise<string>;
	stop(): Promise<void>;
}

/** Passed to every simulator factory: VIPeX's PBX calls n8n, so it needs n8n's address. */
export interface ServeContext {
	n8nUrl: string;
}

export interface VendorSimulator {
	/** Folder name under test/simulators/ and key of the READY line. */
	vendor: string;
	title: string;
	/** Port = base port + offset. */
	offset: number;
	create: (context: ServeContext) => Served | undefined;
}

/**
 * One line per vendor. A vendor whose class is not written yet is loaded by name at run time
 * (skipped while absent); once it lands it may be imported like Comnica above.
 */
export const VENDOR_SIMULATORS: VendorSimulator[] = [
	{ vendor: 'comnica', title: 'Comnica', offset: 1, create: () => new ComnicaSimulator() },
	{ vendor: 'ucontact', title: 'uContact', offset: 2, create: () => load('ucontact', 'UContactSimulator') },
	{ vendor: 'cention', title: 'Cention', offset: 3, create: () => load('cention', 'CentionSimulator') },
	{ vendor: 'sinch', title: 'Sinch Contact Pro', offset: 4, create: () => load('sinch', 'SinchSimulator') },
	{ vendor: 'vipex', title: 'VIPeX PBX', offset: 5, create: (context) => load('vipex', 'VipexPbx', context) },
];

type ServedClass = new (...args: unknown[]) => Served;

/** `new <exportName>(…args)` from ./<vendor>/index, or undefined while that vendor has no simulator. */
function load(vendor: string, exportName: string, ...args: unknown[]): Served | undefined {
	let module: Record<string, unknown>;
	try {
		// eslint-disable-next-line @typescript-eslint/no-require-imports
		module = require(`./${vendor}`) as Record<string, unknown>;
	} catch (error) {
		if ((error as NodeJS.ErrnoException).code === 'MODULE_NOT_FOUND' && String(error).includes(`/${vendor}'`)) {
			return undefined;
		}
		throw error;
	}
	const Class = module[exportName] as ServedClass | undefined;
	if (typeof Class !== 'function') throw new Error(`test/simulators/${vendor} does not export ${exportName}`);
	return new Class(...args);
}

export interface Running {
	urls: Record<string, string>;
	skipped: string[];
	stop(): Promise<void>;
}

/** Starts every available simulator; fails (and stops the started ones) if any cannot listen. */
export async function serveAll(basePort: number, context: ServeContext): Promise<Running> {
	const started: Served[] = [];
	const urls: Record<string, string> = {};
	const skipped: string[] = [];
	const stop = async () => {
		await Promise.all(started.map((simulator) => simulator.stop().catch(() => undefined)));
	};
	try {
		for (const entry of VENDOR_SIMULATORS) {
			const simulator = entry.create(context);
			if (!simulator) {
				skipped.push(entry.vendor);
				continue;
			}
			urls[entry.vendor] = await simulator.start(basePort + entry.offset, '127.0.0.1');
			started.push(simulator);
		}
	} catch (error) {
		await stop();
		throw error;
	}
	return { urls, skipped, stop };
}

function option(name: string, fallback: string): string {
	const prefix = `--${name}=`;
	return process.argv.find((argument) => argument.startsWith(prefix))?.slice(prefix.length) ?? fallback;
}

async function main(): Promise<void> {
	// By default where `npm start` puts them, beside the demo's n8n.
	const demo = INSTANCES.demo;
	const basePort = Number(option('base-port', String(demo.simulatorBasePort)));
	const n8nUrl = option('n8n-url', `http://localhost:${demo.port}`);
	const running = await serveAll(basePort, { n8nUrl });
	for (const entry of VENDOR_SIMULATORS) {
		const url = running.urls[entry.vendor];
		console.log(`  ${entry.title.padEnd(18)} ${url ?? '(no simulator yet)'}`);
	}
	console.log(`SIMULATORS_READY ${JSON.stringify(running.urls)}`);
	let stopping = false;
	const shutdown = () => {
		if (stopping) return;
		stopping = true;
		void running.stop().then(() => process.exit(0));
	};
	process.on('SIGINT', shutdown);
	process.on('SIGTERM', shutdown);
	if (process.argv.includes('--exit-with-parent')) {
		// Started by scripts/: the parent's end closes our stdin pipe, so no simulator outlives it.
		process.stdin.on('end', shutdown);
		process.stdin.resume();
	}
}

if (require.main === module) {
	main().catch((error: Error) => {
		console.error(`Simulators failed to start: ${error.message}`);
		process.exit(1);
	});
}
