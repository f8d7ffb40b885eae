import { join, resolve } from 'node:path';

/** Folders and versions shared by `npm start` and `npm run test:e2e`. */

export const ROOT = resolve(__dirname, '..', '..', '..');

/** The n8n version the demo and the end-to-end suite run (newest that installs here). */
export const N8N_VERSION = '2.41.0';

/** Ignored folder with the n8n install and the end-to-end run's data. */
export const E2E_HOME = join(ROOT, '.n8n-e2e');

export const N8N_INSTALL_DIR = join(E2E_HOME, 'n8n');

export const N8N_BIN = join(N8N_INSTALL_DIR, 'node_modules', 'n8n', 'bin', 'n8n');

/** Ignored folder with the demo's n8n data (database, settings, installed package). */
export const DEMO_HOME = join(ROOT, '.demo');

/** Ignored folder for screenshots and logs of the end-to-end suite. */
export const ARTIFACTS = join(ROOT, 'test-artifacts');

/** Where Node's own binary package (with the headers for native builds) is installed when needed. */
export const NODE_HEADERS_DIR = join(E2E_HOME, 'node-headers');

export const EXAMPLES = join(ROOT, 'examples');
