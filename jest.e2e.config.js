/**
 * `npm run test:e2e`: the compiled e2e suite (build/e2e) against a real n8n that globalSetup
 * installs and starts (scripts/lib/instance.ts). One worker: the tests share one n8n.
 */
module.exports = {
	rootDir: 'build/e2e',
	testMatch: ['**/*.e2e.test.js'],
	testEnvironment: 'node',
	transform: {},
	globalSetup: '<rootDir>/globalSetup.js',
	globalTeardown: '<rootDir>/globalTeardown.js',
	reporters: ['default', ['<rootDir>/../scripts/lib/logReporter.js', { instance: 'e2e' }]],
	testTimeout: 180000,
	maxWorkers: 1,
	verbose: true,
};
