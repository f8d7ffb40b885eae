/**
 * The package in n8n's editor, in a real browser: every node found in the node search and
 * added, every action (resource + operation) opened in its parameter panel, every credential
 * form opened, the demo credentials tested with n8n's Test button. Any error notification,
 * console error or failed request of the editor fails the test. Screenshots go to
 * test-artifacts/editor/ (and docs/screenshots/<vendor>.png with UPDATE_SCREENSHOTS=1).
 */
import { copyFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';

import type { Page } from 'playwright-core';

import { nodesByVendor, packageCredentials } from '../scripts/lib/packageNodes';
import type { PackageNode } from '../scripts/lib/packageNodes';
import { ARTIFACTS, ROOT } from '../scripts/lib/paths';
import { artifactDir, errorToasts, openEditor, signIn } from './support/browser';
import type { Editor, Problem } from './support/browser';
import { state } from './support/e2eN8n';

const SHOTS = artifactDir(ARTIFACTS, 'editor');
const README_SHOTS = join(ROOT, 'docs', 'screenshots');
const vendors = [...nodesByVendor()];
const credentialTypes = packageCredentials();

let editor: Editor;

beforeAll(async () => {
	editor = await openEditor(state().url);
	await signIn(editor);
	expect(editor.takeProblems()).toEqual([]);
}, 120_000);

afterAll(async () => {
	await editor?.close();
});

describe.each(vendors)('%s in the editor', (vendor, nodes) => {
	const trigger = nodes.find((node) => node.isTrigger);
	const action = nodes.find((node) => !node.isTrigger);
	// docs/demo.md shows the first action's panel, or the trigger's for trigger-only vendors.
	let readmeShot = '';

	test(`finds ${nodes.map((node) => node.description.displayName).join(' and ')} in the node search and opens every action`, async () => {
		const { page } = editor;
		try {
			await openEveryAction(page);
		} catch (error) {
			await page.screenshot({ path: join(SHOTS, `FAILED-${vendor}.png`) });
			throw error;
		}
		if (process.env.UPDATE_SCREENSHOTS === '1' && readmeShot) {
			mkdirSync(README_SHOTS, { recursive: true });
			copyFileSync(readmeShot, join(README_SHOTS, `${vendor.toLowerCase()}.png`));
		}
	}, 600_000);

	async function openEveryAction(page: Page): Promise<void> {
		await newWorkflow(page);
		if (trigger) {
			await openCreator(page, 'canvas-plus-button');
			await pickSearchResult(page, searchName(trigger));
			await addFirstAction(page);
			readmeShot = await checkPanel(page, `${vendor}-trigger`, trigger);
		} else {
			await addManualTrigger(page);
		}
		if (action) {
			const actions = await actionNames(page, action);
			expect(actions.length).toBeGreaterThan(0);
			for (const [index, name] of actions.entries()) {
				await openCreator(page, 'node-creator-plus-button');
				await pickSearchResult(page, action.description.displayName);
				await page.locator('[data-keyboard-nav-type="action"]').nth(index).click();
				const shot = await checkPanel(page, `${vendor}-${String(index + 1).padStart(2, '0')}-${slug(name)}`, action);
				if (index === 0) readmeShot = shot;
			}
		}
	}

	const names = new Set(nodes.flatMap((node) => (node.description.credentials ?? []).map((credential) => credential.name)));
	const forms = credentialTypes.filter((credential) => names.has(credential.name));
	test.each(forms)(`opens the $displayName form`, async ({ displayName, name }) => {
		const { page } = editor;
		await page.goto(`${editor.url}/home/credentials/create`);
		await page.locator('[data-test-id="new-credential-type-select"] input').fill(displayName);
		await page.locator('[data-test-id="new-credential-type-select-option"]', { hasText: displayName }).first().click();
		await page.click('[data-test-id="new-credential-type-button"]');
		const modal = page.locator('[data-test-id="editCredential-modal"]');
		await modal.waitFor();
		await modal.locator('[data-test-id="credential-connection-parameter"]').first().waitFor();
		await settle(page);
		await page.screenshot({ path: join(SHOTS, `credential-${name}.png`) });
		expect(await problems(page)).toEqual([]);
		await page.keyboard.press('Escape');
	}, 120_000);

	const demo = state().credentials.filter((credential) => names.has(credential.type));
	if (demo.length === 0) test.todo(`${vendor}: add its demo credentials to scripts/lib/demoCredentials.ts`);
	else test.each(demo)(`tests the demo credential "$name" with n8n's Test button`, async ({ id, type }) => {
		const { page } = editor;
		// Opening a saved credential tests it; Retry is the Test button.
		const opened = credentialTest(page);
		await page.goto(`${editor.url}/home/credentials/${id}`);
		const modal = page.locator('[data-test-id="editCredential-modal"]');
		await modal.waitFor();
		expect(await opened).toEqual({ status: 'OK', message: expect.any(String) });
		const retried = credentialTest(page);
		await modal.getByRole('button', { name: 'Retry' }).click();
		expect(await retried).toEqual({ status: 'OK', message: expect.any(String) });
		await modal.locator('[data-test-id="credentials-config-container-test-success"]').waitFor();
		await page.screenshot({ path: join(SHOTS, `credential-${type}-tested.png`) });
		expect(await problems(page)).toEqual([]);
		await page.keyboard.press('Escape');
	}, 120_000);
});

/** The answer of the editor's next credential test (POST /rest/credentials/test). */
async function credentialTest(page: Page): Promise<unknown> {
	const response = await page.waitForResponse((candidate) => new URL(candidate.url()).pathname === '/rest/credentials/test', {
		timeout: 60_000,
	});
	return ((await response.json()) as { data?: unknown }).data;
}

function searchName(node: PackageNode): string {
	return node.description.displayName.replace(/ Trigger$/, '');
}

function slug(text: string): string {
	return text.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');
}

async function newWorkflow(page: Page): Promise<void> {
	await page.goto(`${editor.url}/workflow/new`);
	await page.locator('[data-test-id="canvas-plus-button"]').waitFor({ timeout: 90_000 });
}

async function openCreator(page: Page, button: string): Promise<void> {
	await page.click(`[data-test-id="${button}"]`);
	await page.locator('[data-test-id="node-creator-search-bar"]').waitFor();
}

function searchBar(page: Page) {
	return page.locator('input[data-test-id="node-creator-search-bar"], [data-test-id="node-creator-search-bar"] input').first();
}

/**
 * Types into the node search and opens the result with this name. The search lists a vendor's
 * node and trigger as one entry named like the node; a trigger alone keeps " Trigger".
 */
async function pickSearchResult(page: Page, name: string): Promise<void> {
	await searchBar(page).fill(name);
	const result = page.locator('[data-test-id="node-creator-item-name"]', { hasText: new RegExp(`^\\s*${name}( Trigger)?\\s*$`) });
	try {
		await result.first().click({ timeout: 10_000 });
	} catch {
		await page.screenshot({ path: join(SHOTS, `search-${slug(name)}.png`) });
		const listed = await page.locator('[data-test-id="node-creator-item-name"]').allInnerTexts();
		throw new Error(`The node search for "${name}" lists no such node, only: ${JSON.stringify(listed)}`);
	}
}

/** A trigger's details list its events; a node without them is added directly. */
async function addFirstAction(page: Page): Promise<void> {
	const ndv = page.locator('[data-test-id="ndv"]');
	const firstAction = page.locator('[data-keyboard-nav-type="action"]').first();
	await Promise.race([ndv.waitFor(), firstAction.waitFor()]);
	if (!(await ndv.isVisible())) await firstAction.click();
}

async function addManualTrigger(page: Page): Promise<void> {
	await openCreator(page, 'canvas-plus-button');
	await searchBar(page).fill('Manual');
	await page.keyboard.press('Enter');
	await page.locator('[data-test-id="canvas-trigger-node"]').waitFor();
	await closeCreator(page);
}

/** Escape leaves a node's details, then the search; the canvas's + button shows when it is closed. */
async function closeCreator(page: Page): Promise<void> {
	const plus = page.locator('[data-test-id="node-creator-plus-button"]');
	for (let attempt = 0; attempt < 4 && !(await plus.isVisible()); attempt++) {
		await page.keyboard.press('Escape');
		await plus.waitFor({ timeout: 1_000 }).catch(() => undefined);
	}
	await plus.waitFor();
}

/** The actions the node search offers for a node (one per resource + operation with an action text). */
async function actionNames(page: Page, node: PackageNode): Promise<string[]> {
	await openCreator(page, 'node-creator-plus-button');
	await pickSearchResult(page, node.description.displayName);
	const items = page.locator('[data-keyboard-nav-type="action"] [data-test-id="node-creator-item-name"]');
	await items.first().waitFor();
	const names = await items.allInnerTexts();
	await closeCreator(page);
	return names;
}

/** The node's panel is open with its parameters; nothing went wrong; screenshot; close it. */
async function checkPanel(page: Page, name: string, node: PackageNode): Promise<string> {
	const ndv = page.locator('[data-test-id="ndv"]');
	await ndv.waitFor();
	await ndv.locator('[data-test-id="node-parameters"]').waitFor();
	if (node.description.properties.some((property) => property.name === 'operation')) {
		await ndv.locator('[data-test-id="parameter-input-operation"]').waitFor();
	}
	await settle(page);
	const file = join(SHOTS, `${name}.png`);
	await page.screenshot({ path: file });
	expect({ panel: name, problems: await problems(page, node) }).toEqual({ panel: name, problems: [] });
	await page.click('[data-test-id="ndv-close-button"]');
	await ndv.waitFor({ state: 'hidden' });
	return file;
}

/** Lets pending requests (dropdown options, credential lookups) finish. */
async function settle(page: Page): Promise<void> {
	await page.waitForLoadState('networkidle', { timeout: 10_000 }).catch(() => undefined);
}

async function problems(page: Page, node?: PackageNode): Promise<Problem[]> {
	return [...editor.takeProblems(node ? hasCredential(node) : true), ...(await errorToasts(page))];
}

/** Whether n8n holds a credential the node can use (the demo credentials of its vendor). */
function hasCredential(node: PackageNode): boolean {
	const types = (node.description.credentials ?? []).map((credential) => credential.name);
	return state().credentials.some((credential) => types.includes(credential.type));
}
