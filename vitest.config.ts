import { defineConfig } from 'vitest/config';

// Pure-logic tests run in Node. Files named *.browser.test.ts run in real Chromium under
// @web/test-runner instead (see web-test-runner.config.mjs), and e2e/ runs against the built app.
export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'models/**/*.test.ts', 'bench/**/*.test.ts', 'scripts/**/*.test.ts', 'content/**/*.test.ts'],
    exclude: ['**/*.browser.test.ts', 'node_modules/**', 'dist/**'],
    environment: 'node',
    testTimeout: 60_000,
  },
});
