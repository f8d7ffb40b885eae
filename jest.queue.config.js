/**
 * `npm run test:queue`: n8n in queue mode (Redis, PostgreSQL, a main, two workers, two webhook
 * processors behind a load balancer), started once by the e2e suite's global setup with
 * E2E_QUEUE=1. It runs the e2e suite's files (but the editor's) against it, then the queue
 * files (queue/*.queue.test.ts) in the order of their numbers, and prints their figures.
 */
module.exports = {
	rootDir: 'build',
	roots: ['<rootDir>/e2e', '<rootDir>/queue'],
	testMatch: ['**/*.e2e.test.js', '**/*.queue.test.js'],
	testPathIgnorePatterns: ['/editor\\.e2e\\.test\\.js$'],
	testEnvironment: 'node',
	transform: {},
	globalSetup: '<rootDir>/e2e/globalSetup.js',
	globalTeardown: '<rootDir>/e2e/globalTeardown.js',
	testSequencer: '<rootDir>/scripts/lib/numberOrderSequencer.js',
	reporters: [
		'default',
		['<rootDir>/scripts/lib/figuresReporter.js', { suite: 'queue', title: 'Queue mode figures' }],
		['<rootDir>/scripts/lib/logReporter.js', { instance: 'e2eQueue' }],
	],
	testTimeout: 900000,
	maxWorkers: 1,
	verbose: true,
};
