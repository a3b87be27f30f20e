/**
 * `npm run bench:dashboard`: the coach overview and a learner's dashboard at 5 learners x 100,000
 * attempts, in Chromium. Bundles bench/dashboard-page.ts (the real Today and Progress pages
 * included), serves it on localhost (IndexedDB needs a real origin), runs it through
 * playwright-core, prints the figures and ends with one JSON line:
 * {"coach_overview_ms": N, "dashboard_ms": N} (medians; target <= 200 ms each).
 */
import { build } from 'esbuild';
import { createServer } from 'node:http';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium } from 'playwright-core';
import { chromiumFlags, chromiumPath } from '../scripts/chromium.mjs';
import type { DashboardBenchFigures } from './dashboard-page.ts';

const here = import.meta.dirname;
const folder = await mkdtemp(join(tmpdir(), 'wayfind-bench-dashboard-'));
const entry = join(folder, 'entry.ts');
await writeFile(
  entry,
  `import { runDashboardBench } from ${JSON.stringify(resolve(here, 'dashboard-page.ts'))};\n(window as unknown as { runDashboardBench: typeof runDashboardBench }).runDashboardBench = runDashboardBench;\n`,
);
// Production Lit (no dev-mode checks), as the built app ships.
await build({
  entryPoints: [entry],
  bundle: true,
  format: 'esm',
  target: 'es2022',
  outfile: join(folder, 'bench.js'),
  logLevel: 'warning',
  conditions: ['browser', 'production'],
  define: { 'process.env.NODE_ENV': '"production"' },
});
await writeFile(join(folder, 'index.html'), '<!doctype html><html lang="en" data-theme="light"><meta charset="utf-8"><title>bench:dashboard</title><script type="module" src="bench.js"></script><body></body></html>');

const server = createServer(async (request, response) => {
  const file = request.url === '/bench.js' ? 'bench.js' : 'index.html';
  response.setHeader('content-type', file.endsWith('.js') ? 'text/javascript' : 'text/html');
  response.end(await readFile(join(folder, file)));
});
await new Promise<void>((ready) => server.listen(0, '127.0.0.1', ready));
const browser = await chromium.launch({ executablePath: chromiumPath(), args: chromiumFlags, headless: true });
try {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  page.on('console', (message) => console.log(message.text()));
  page.on('pageerror', (error) => console.error(error));
  await page.goto(`http://127.0.0.1:${(server.address() as AddressInfo).port}/`);
  await page.waitForFunction(() => 'runDashboardBench' in window);
  console.log(`bench:dashboard in Chromium ${browser.version()} (headless), ${new Date().toISOString()}`);
  const figures = await page.evaluate(() => (window as unknown as { runDashboardBench(): Promise<DashboardBenchFigures> }).runDashboardBench());
  console.log('targets: coach overview <= 200 ms, learner dashboard <= 200 ms (medians reported)');
  console.log(JSON.stringify(figures));
} finally {
  await browser.close();
  server.close();
  await rm(folder, { recursive: true, force: true });
}
