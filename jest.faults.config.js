/**
 * `npm run test:faults`: the compiled fault suite (build/faults). One n8n for the whole run
 * (globalSetup), files in the order of their numbers (the secrets scan reads what the others
 * left), the figures printed at the end by the reporter.
 */
module.exports = {
	rootDir: 'build/faults',
	testMatch: ['**/*.faults.test.js'],
	testEnvironment: 'node',
	transform: {},
	globalSetup: '<rootDir>/n8n/globalSetup.js',
	globalTeardown: '<rootDir>/n8n/globalTeardown.js',
	testSequencer: '<rootDir>/../scripts/lib/numberOrderSequencer.js',
	reporters: [
		'default',
		['<rootDir>/../scripts/lib/figuresReporter.js', { suite: 'faults', title: 'Fault suite figures' }],
		['<rootDir>/../scripts/lib/logReporter.js', { instance: 'faults' }],
	],
	testTimeout: 600000,
	maxWorkers: 1,
	verbose: true,
};
