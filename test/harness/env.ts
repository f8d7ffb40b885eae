import 'reflect-metadata';

import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

// n8n-core writes its instance settings under N8N_USER_FOLDER: keep them out of ~/.n8n.
process.env.N8N_USER_FOLDER ??= mkdtempSync(join(tmpdir(), 'n8n-cc-harness-'));
process.env.N8N_ENCRYPTION_KEY ??= 'harness-encryption-key';
process.env.N8N_DIAGNOSTICS_ENABLED = 'false';
// The vendor simulators listen on 127.0.0.1; n8n's SSRF guard must let tests reach them.
process.env.N8N_SSRF_PROTECTION_ENABLED ??= 'false';
// n8n-core logs every node error; the tests assert on them instead. HARNESS_LOG=debug shows them.
process.env.N8N_LOG_LEVEL = process.env.HARNESS_LOG ?? 'silent';
