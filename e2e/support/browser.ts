import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { chromium } from 'playwright-core';
import type { BrowserContext, Page } from 'playwright-core';

import { DEMO_OWNER } from '../../scripts/lib/client';

/** Debian's chromium (npm's browser downloads cannot reach their servers here). */
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** Without the background-networking flags chromium keeps calling Google's hosts, which this network refuses. */
const FLAGS = [
	'--headless',
	'--no-sandbox',
	'--disable-gpu',
	'--disable-quic',
	'--no-first-run',
	'--disable-background-networking',
	'--disable-component-update',
	'--disable-sync',
];

export interface Problem {
	kind: 'console' | 'pageerror' | 'http' | 'toast';
	text: string;
}

export interface Editor {
	page: Page;
	context: BrowserContext;
	url: string;
	/**
	 * Everything that went wrong in the page since the last call. `withCredential`: n8n holds a
	 * credential for the node, so its dropdowns must load once the editor has assigned it.
	 */
	takeProblems(withCredential?: boolean): Problem[];
	close(): Promise<void>;
}

interface DynamicCall {
	method: string;
	ok: boolean;
}

/**
 * Requests that fail in every n8n 2.41 editor, unrelated to this package. Each is named here
 * so that nothing else slips through:
 * - anything outside this n8n (the editor asks the npm registry and n8n's servers; this
 *   machine has no internet);
 * - GET /rest/login 401 before signing in (the editor asks whether a session exists);
 * - GET /schemas/<node type>/<version>.json 404 (output schemas, which community packages need not ship);
 * - a dropdown loaded before the editor assigned the only credential of that type (500 "Node does
 *   not have any credentials set"), tolerated only when the same method later loaded fine, or
 *   when n8n holds no credential for the node at all (then nothing can be loaded).
 */
function knownNoise(url: URL, origin: string, status: number): boolean {
	if (url.origin !== origin) return true;
	if (url.pathname === '/rest/login' && status === 401) return true;
	if (url.pathname.startsWith('/schemas/') && status === 404) return true;
	return false;
}

export async function openEditor(url: string): Promise<Editor> {
	if (!existsSync(CHROMIUM)) throw new Error(`${CHROMIUM} is missing: apt-get install -y chromium`);
	const profile = mkdtempSync(join(tmpdir(), 'n8n-cc-chromium-'));
	const context = await chromium.launchPersistentContext(profile, {
		executablePath: CHROMIUM,
		headless: true,
		args: FLAGS,
		viewport: { width: 1440, height: 900 },
	});
	const page = context.pages()[0] ?? (await context.newPage());
	page.setDefaultTimeout(30_000);
	const origin = new URL(url).origin.replace('127.0.0.1', 'localhost');
	let problems: Problem[] = [];
	const credentialRaces: Array<{ method: string; text: string }> = [];
	const dynamicCalls: DynamicCall[] = [];
	page.on('console', (message) => {
		// Failed loads are judged by the response handler below, which knows the URL and the answer.
		if (message.type() === 'error' && !message.text().startsWith('Failed to load resource')) {
			problems.push({ kind: 'console', text: message.text() });
		}
	});
	page.on('pageerror', (error) => problems.push({ kind: 'pageerror', text: error.message }));
	page.on('response', async (response) => {
		const target = new URL(response.url());
		const isDynamic = target.pathname.startsWith('/rest/dynamic-node-parameters/');
		const method = isDynamic ? dynamicMethod(response.request().postData()) : '';
		if (isDynamic) dynamicCalls.push({ method, ok: response.ok() });
		if (response.status() < 400) return;
		const body = await response.text().catch(() => '');
		if (knownNoise(target, origin, response.status())) return;
		const text = `${response.request().method()} ${target.pathname} → ${response.status()} ${body.slice(0, 300)}`;
		if (isDynamic && response.status() === 500 && body.includes('Node does not have any credentials set')) {
			credentialRaces.push({ method, text });
			return;
		}
		problems.push({ kind: 'http', text });
	});
	const editor: Editor = {
		page,
		context,
		url: origin,
		takeProblems(withCredential = true) {
			for (const race of credentialRaces.splice(0)) {
				const recovered = dynamicCalls.some((call) => call.method === race.method && call.ok);
				if (withCredential && !recovered) problems.push({ kind: 'http', text: race.text });
			}
			const taken = problems;
			problems = [];
			return taken;
		},
		async close() {
			await context.close();
			rmSync(profile, { recursive: true, force: true });
		},
	};
	return editor;
}

function dynamicMethod(postData: string | null): string {
	try {
		return String((JSON.parse(postData ?? '{}') as { methodName?: string }).methodName ?? '');
	} catch {
		return '';
	}
}

export async function signIn(editor: Editor): Promise<void> {
	const { page } = editor;
	await page.goto(`${editor.url}/signin`);
	await page.fill('#emailOrLdapLoginId', DEMO_OWNER.email);
	await page.fill('#password', DEMO_OWNER.password);
	await page.click('[data-test-id="form-submit-button"]');
	await page.waitForURL((target) => !target.pathname.startsWith('/signin'));
}

/** Error notifications (toasts) on screen, as text. */
export async function errorToasts(page: Page): Promise<Problem[]> {
	const texts = await page
		.locator('.el-notification:has(.el-notification--error)')
		.evaluateAll((elements) => elements.map((element) => (element as unknown as { innerText: string }).innerText.trim()));
	return texts.map((text) => ({ kind: 'toast' as const, text }));
}

export function artifactDir(...parts: string[]): string {
	const dir = join(...parts);
	mkdirSync(dir, { recursive: true });
	return dir;
}
