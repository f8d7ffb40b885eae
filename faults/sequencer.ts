import { basename } from 'node:path';

import Sequencer from '@jest/test-sequencer';
import type { Test } from '@jest/test-result';

/** Files run in the order of their numbers: 4-secrets scans what 1–3 left behind. */
class ByNumber extends Sequencer {
	sort(tests: Test[]): Test[] {
		return [...tests].sort((a, b) => basename(a.path).localeCompare(basename(b.path), 'en', { numeric: true }));
	}
}

module.exports = ByNumber;
