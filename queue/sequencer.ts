import { basename } from 'node:path';

import Sequencer from '@jest/test-sequencer';
import type { Test } from '@jest/test-result';

/** The e2e suite's files first (they expect a quiet n8n), then the queue files by their numbers (the faults last). */
class QueueOrder extends Sequencer {
	sort(tests: Test[]): Test[] {
		const rank = (test: Test) => (test.path.endsWith('.queue.test.js') ? 1 : 0);
		return [...tests].sort((a, b) => rank(a) - rank(b) || basename(a.path).localeCompare(basename(b.path), 'en', { numeric: true }));
	}
}

module.exports = QueueOrder;
