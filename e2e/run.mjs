#!/usr/bin/env node
// Runs the end-to-end suites (node:test + Playwright) against the built app in dist/.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';

if (!existsSync('dist/index.html')) {
  console.error('e2e: dist/ is missing; build first (npm run build).');
  process.exit(1);
}
const files = readdirSync('e2e').filter((name) => name.endsWith('.e2e.ts')).map((name) => `e2e/${name}`);
const reporterArgs = process.env.E2E_TAP ? ['--test-reporter=tap'] : ['--test-reporter=spec'];
const result = spawnSync(process.execPath, ['--import', 'tsx', '--test', '--test-concurrency=1', ...reporterArgs, ...files], { stdio: 'inherit' });
process.exit(result.status ?? 1);
