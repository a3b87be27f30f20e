#!/usr/bin/env node
// `npm test`: every check and every test at all three levels, in one run, with one total.
//   1. type check (tsc --noEmit) and lint (ESLint), one check each
//   2. vitest: pure logic in Node
//   3. @web/test-runner: components and IndexedDB in Debian's Chromium
//   4. build, the first-paint bundle budget (bench/size.mjs), then Playwright end-to-end on the
//      built app served by `vite preview`
// Every step runs even when an earlier one fails, so one run shows everything that is wrong.
// The last line is `tests: N passed, N failed`.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { ensureChromium } from './chromium.mjs';

const results = '.test-results';
rmSync(results, { recursive: true, force: true });
mkdirSync(results, { recursive: true });
process.env.CHROME_PATH = ensureChromium();

const rows = [];
function run(label, command, args) {
  console.log(`\n=== ${label}: ${command} ${args.join(' ')}`);
  const started = Date.now();
  const { status } = spawnSync(command, args, { stdio: 'inherit', env: process.env });
  return { ok: status === 0, seconds: (Date.now() - started) / 1000 };
}
function record(level, passed, failed, seconds) {
  rows.push({ level, passed, failed, seconds });
}
function readJson(path) {
  try {
    return JSON.parse(readFileSync(path, 'utf8'));
  } catch {
    return null;
  }
}

const typecheck = run('type check', 'npx', ['tsc', '--noEmit', '-p', '.']);
record('type check', typecheck.ok ? 1 : 0, typecheck.ok ? 0 : 1, typecheck.seconds);

const lint = run('lint', 'npx', ['eslint', '.']);
record('lint', lint.ok ? 1 : 0, lint.ok ? 0 : 1, lint.seconds);

const unit = run('unit (vitest)', 'npx', ['vitest', 'run', '--reporter=default', '--reporter=json', `--outputFile=${results}/vitest.json`]);
const vitest = readJson(`${results}/vitest.json`);
record('unit (vitest)', vitest?.numPassedTests ?? 0, vitest ? vitest.numFailedTests + (unit.ok || vitest.numFailedTests ? 0 : 1) : 1, unit.seconds);

const browser = run('browser (@web/test-runner)', 'npx', ['wtr']);
const wtr = readJson(`${results}/wtr.json`);
record('browser (@web/test-runner)', wtr?.passed ?? 0, wtr ? wtr.failed + (browser.ok || wtr.failed ? 0 : 1) : 1, browser.seconds);

const build = run('build', 'npm', ['run', 'build']);
if (build.ok && existsSync('dist/index.html')) {
  // The first-paint budget (README "Bundle budget") on the build the end-to-end tests use.
  const size = run('bundle budget', process.execPath, ['bench/size.mjs']);
  record('bundle budget (first paint <= 120 KB gzip)', size.ok ? 1 : 0, size.ok ? 0 : 1, size.seconds);
  const e2e = run('end-to-end (Playwright)', process.execPath, [
    '--import', 'tsx', '--test', '--test-concurrency=1',
    '--test-reporter=spec', '--test-reporter-destination=stdout',
    '--test-reporter=tap', `--test-reporter-destination=${results}/e2e.tap`,
    ...listE2eFiles(),
  ]);
  const tap = existsSync(`${results}/e2e.tap`) ? readFileSync(`${results}/e2e.tap`, 'utf8') : '';
  const count = (name) => Number(new RegExp(`^# ${name} (\\d+)$`, 'm').exec(tap)?.[1] ?? 0);
  const passed = count('pass');
  const failed = count('fail') + count('cancelled');
  record('end-to-end (Playwright)', passed, failed + (e2e.ok || failed ? 0 : 1), e2e.seconds);
} else {
  record('end-to-end (Playwright): build failed, not run', 0, 1, build.seconds);
}

function listE2eFiles() {
  return spawnSync('ls', ['e2e'], { encoding: 'utf8' }).stdout.split('\n').filter((f) => f.endsWith('.e2e.ts')).map((f) => `e2e/${f}`);
}

const total = rows.reduce((sum, row) => ({ passed: sum.passed + row.passed, failed: sum.failed + row.failed }), { passed: 0, failed: 0 });
console.log('\nSummary');
for (const row of rows) console.log(`  ${row.level.padEnd(48)} ${String(row.passed).padStart(5)} passed ${String(row.failed).padStart(3)} failed  ${row.seconds.toFixed(0)} s`);
console.log(`tests: ${total.passed} passed, ${total.failed} failed`);
process.exit(total.failed === 0 ? 0 : 1);
