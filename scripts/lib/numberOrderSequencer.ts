import { basename } from 'node:path';

import Sequencer from '@jest/test-sequencer';
import type { Test } from '@jest/test-result';

/**
 * Test files in the order of their numbers: the fault suite's 4-secrets scans what 1–3 left
 * behind, the queue suite's 3-faults kills processes last. In the queue run the e2e suite's
 * files come first (they expect a quiet n8n).
 */
class NumberOrder extends Sequencer {
	sort(tests: Test[]): Test[] {
		const rank = (test: Test) => (test.path.endsWith('.queue.test.js') ? 1 : 0);
		return [...tests].sort((a, b) => rank(a) - rank(b) || basename(a.path).localeCompare(basename(b.path), 'en', { numeric: true }));
	}
}

module.exports = NumberOrder;
