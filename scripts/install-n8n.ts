/** `npm run n8n:install`: installs the pinned n8n for the demo and the e2e suite (done by both anyway). */
import { ensureN8n } from './lib/installN8n';
import { requireNode24 } from './lib/processes';

requireNode24();
ensureN8n().catch((error: Error) => {
	console.error(`✗ ${error.message}`);
	process.exit(1);
});
