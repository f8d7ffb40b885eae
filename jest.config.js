/** Tests are compiled by `npm run build:test` into build/; jest runs the JavaScript. */
module.exports = {
	rootDir: 'build/test',
	testMatch: ['**/*.test.js'],
	testEnvironment: 'node',
	transform: {},
	testTimeout: 30000,
	maxWorkers: 2,
};
