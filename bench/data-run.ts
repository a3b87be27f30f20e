/**
 * `npm run bench:data`: bundles bench/data.ts, serves it on localhost (IndexedDB needs a real
 * origin), runs it in Debian's Chromium through playwright-core, prints its figures and ends
 * with one JSON line.
 */
import { build } from 'esbuild';
import { createServer } from 'node:http';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium } from 'playwright-core';
import { chromiumFlags, chromiumPath } from '../scripts/chromium.mjs';
import type { DataBenchFigures } from './data.ts';

const here = import.meta.dirname;
const folder = await mkdtemp(join(tmpdir(), 'wayfind-bench-data-'));
const entry = join(folder, 'entry.ts');
await writeFile(entry, `import { runDataBench } from ${JSON.stringify(resolve(here, 'data.ts'))};\n(window as unknown as { runDataBench: typeof runDataBench }).runDataBench = runDataBench;\n`);
await build({ entryPoints: [entry], bundle: true, format: 'esm', target: 'es2022', outfile: join(folder, 'bench.js'), logLevel: 'warning', define: { 'process.env.NODE_ENV': '"production"' } });
await writeFile(join(folder, 'index.html'), '<!doctype html><meta charset="utf-8"><title>bench:data</title><script type="module" src="bench.js"></script>');

const server = createServer(async (request, response) => {
  const file = request.url === '/bench.js' ? 'bench.js' : 'index.html';
  response.setHeader('content-type', file.endsWith('.js') ? 'text/javascript' : 'text/html');
  response.end(await readFile(join(folder, file)));
});
await new Promise<void>((ready) => server.listen(0, '127.0.0.1', ready));
const browser = await chromium.launch({ executablePath: chromiumPath(), args: chromiumFlags, headless: true });
try {
  const page = await browser.newPage();
  page.on('console', (message) => console.log(message.text()));
  page.on('pageerror', (error) => console.error(error));
  await page.goto(`http://127.0.0.1:${(server.address() as AddressInfo).port}/`);
  await page.waitForFunction(() => 'runDataBench' in window);
  console.log(`bench:data in ${await browser.version()} (headless), ${new Date().toISOString()}`);
  const figures = await page.evaluate(() => (window as unknown as { runDataBench(): Promise<DataBenchFigures> }).runDataBench());
  console.log(`targets: each query <= 50 ms, export <= 3 s, restore <= 5 s`);
  console.log(JSON.stringify(figures));
} finally {
  await browser.close();
  server.close();
  await rm(folder, { recursive: true, force: true });
}
