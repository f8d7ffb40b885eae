/**
 * The load balancer in front of n8n's webhook processors in the queue-mode suite: plain
 * round-robin per request, no health checks and no retries, so a dead processor is seen the
 * way a sender sees it (502) and the sender's own resend reaches the next one.
 *
 *   node balancer.js --port=5722 --targets=5723,5724
 *
 * GET /__lb/stats answers how many requests each target took; POST /__lb/reset clears that.
 */
import { createServer, request } from 'node:http';
import type { IncomingMessage, ServerResponse } from 'node:http';

export interface BalancerStats {
	/** Requests sent to each target port. */
	forwarded: Record<string, number>;
	/** Requests answered 502 because the target refused or dropped the connection. */
	failed: Record<string, number>;
}

function argument(name: string): string {
	const found = process.argv.find((arg) => arg.startsWith(`--${name}=`));
	if (!found) throw new Error(`--${name}= is required`);
	return found.slice(name.length + 3);
}

function main(): void {
	const port = Number(argument('port'));
	const targets = argument('targets').split(',').map(Number);
	const stats: BalancerStats = { forwarded: {}, failed: {} };
	const reset = () => {
		for (const target of targets) {
			stats.forwarded[target] = 0;
			stats.failed[target] = 0;
		}
	};
	reset();
	let next = 0;

	const forward = (req: IncomingMessage, res: ServerResponse, target: number) => {
		stats.forwarded[target]++;
		const upstream = request(
			{ host: '127.0.0.1', port: target, method: req.method, path: req.url, headers: { ...req.headers, 'x-forwarded-for': req.socket.remoteAddress ?? '' }, agent: false },
			(answer) => {
				res.writeHead(answer.statusCode ?? 502, answer.headers);
				answer.pipe(res);
			},
		);
		upstream.on('error', (error) => {
			stats.failed[target]++;
			if (!res.headersSent) {
				res.writeHead(502, { 'Content-Type': 'application/json' });
				res.end(JSON.stringify({ message: `webhook processor :${target} did not answer (${(error as NodeJS.ErrnoException).code ?? error.message})` }));
			} else {
				res.destroy();
			}
		});
		req.pipe(upstream);
	};

	const server = createServer((req, res) => {
		if (req.url === '/__lb/stats') {
			res.writeHead(200, { 'Content-Type': 'application/json' });
			res.end(JSON.stringify(stats));
			return;
		}
		if (req.url === '/__lb/reset' && req.method === 'POST') {
			reset();
			res.writeHead(200, { 'Content-Type': 'application/json' });
			res.end('{}');
			return;
		}
		const target = targets[next];
		next = (next + 1) % targets.length;
		forward(req, res, target);
	});
	server.listen(port, '127.0.0.1', () => console.log(`BALANCER_READY ${port} -> ${targets.join(',')}`));
	// Ends with the process that started it (the suite), even if that one is killed.
	process.stdin.on('end', () => process.exit(0));
	process.stdin.resume();
}

if (require.main === module) main();
