import { join } from 'node:path';

import type { InstanceOptions } from '../../scripts/lib/instance';
import { E2E_HOME, ROOT } from '../../scripts/lib/paths';
import { e2eCredentials } from '../fixtures/credentials';

/** The e2e instance: its own folder and ports, so it runs beside `npm start` (5678/5679/41xx). */
export const E2E_OPTIONS: InstanceOptions = {
	home: join(E2E_HOME, 'run'),
	port: 5688,
	brokerPort: 5689,
	simulatorBasePort: 4200,
	encryptionKey: 'n8n-nodes-contact-center-e2e',
	fresh: true,
	workflowDirs: [join(ROOT, 'e2e', 'fixtures', 'workflows')],
	extraCredentials: e2eCredentials,
};

/** Task runner broker port of `n8n execute` (the server keeps its own). */
export const CLI_BROKER_PORT = 5690;
