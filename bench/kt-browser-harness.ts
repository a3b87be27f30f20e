/**
 * Builds bench/kt-browser.html with Vite (so the knowledge-tracing worker is bundled exactly as
 * in the app: tfjs inlined, wasm binaries emitted through `?url`), serves it on localhost with
 * the app's Content-Security-Policy, and opens it in Debian's Chromium through playwright-core.
 * Shared by `npm run bench:kt-browser` and bench/kt-browser.test.ts.
 *
 * Routes: the build output; /models/<pack>/... from models/packs (as the PWA build ships them);
 * /broken-models/<pack>/... the same files with weights.bin cut in half (a damaged download).
 */
import { createServer, type Server } from 'node:http';
import { mkdtemp, readFile, readdir, rm } from 'node:fs/promises';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { gzipSync } from 'node:zlib';
import path from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { build } from 'vite';
import { chromiumFlags, chromiumPath } from '../scripts/chromium.mjs';
import { contentSecurityPolicy } from '../src/csp.ts';
import type { KtBrowserApi } from './kt-browser-page.ts';

const repoRoot = path.resolve(import.meta.dirname, '..');

const MIME: Record<string, string> = {
  '.html': 'text/html',
  '.js': 'text/javascript',
  '.wasm': 'application/wasm',
  '.json': 'application/json',
  '.bin': 'application/octet-stream',
};

export interface KtBrowserSession {
  readonly page: Page;
  readonly browser: Browser;
  readonly origin: string;
  /** Runs one of the page's functions (see kt-browser-page.ts) in Chromium. */
  call<K extends keyof KtBrowserApi>(name: K, ...args: Parameters<KtBrowserApi[K]>): Promise<Awaited<ReturnType<KtBrowserApi[K]>>>;
  close(): Promise<void>;
}

export async function openKtBrowserSession(log: (line: string) => void = () => undefined): Promise<KtBrowserSession> {
  const outDir = await mkdtemp(path.join(tmpdir(), 'wayfind-kt-browser-'));
  // configFile: false keeps the PWA plugin (and its service worker) out of the measurement.
  await build({
    configFile: false,
    root: repoRoot,
    logLevel: 'warn',
    build: { outDir, emptyOutDir: true, target: 'es2022', rollupOptions: { input: path.join(repoRoot, 'bench', 'kt-browser.html') } },
  });
  for (const file of (await readdir(path.join(outDir, 'assets'))).sort()) {
    const bytes = await readFile(path.join(outDir, 'assets', file));
    log(`built ${file}: ${(bytes.length / 1024).toFixed(1)} KB, ${(gzipSync(bytes).length / 1024).toFixed(1)} KB gzip`);
  }
  const server = createServer((request, response) => {
    void respond(outDir, request.url ?? '/', response.setHeader.bind(response)).then(
      ({ status, body }) => {
        response.statusCode = status;
        response.end(body);
      },
      () => {
        response.statusCode = 500;
        response.end();
      },
    );
  });
  await new Promise<void>((ready) => server.listen(0, '127.0.0.1', ready));
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const browser = await chromium.launch({ executablePath: chromiumPath(), args: chromiumFlags, headless: true });
  const page = await browser.newPage();
  page.on('console', (message) => log(`[page] ${message.text()}`));
  page.on('pageerror', (error) => log(`[page error] ${error.message}`));
  await page.goto(`${origin}/bench/kt-browser.html`);
  await page.waitForFunction(() => 'ktBench' in window);
  return {
    page,
    browser,
    origin,
    call: (name, ...args) =>
      page.evaluate(
        ([fn, fnArgs]) => (window as unknown as { ktBench: Record<string, (...a: unknown[]) => unknown> }).ktBench[fn]!(...fnArgs),
        [name, args] as [string, unknown[]],
      ) as never,
    close: async () => {
      await browser.close();
      await closeServer(server);
      await rm(outDir, { recursive: true, force: true });
    },
  };
}

async function respond(outDir: string, url: string, setHeader: (name: string, value: string) => void): Promise<{ status: number; body: Buffer | string }> {
  const pathname = decodeURIComponent(new URL(url, 'http://localhost').pathname);
  if (pathname.includes('..')) return { status: 400, body: 'bad path' };
  let file: string;
  let truncate = false;
  if (pathname.startsWith('/models/')) file = path.join(repoRoot, 'models', 'packs', pathname.slice('/models/'.length));
  else if (pathname.startsWith('/broken-models/')) {
    file = path.join(repoRoot, 'models', 'packs', pathname.slice('/broken-models/'.length));
    truncate = file.endsWith('weights.bin');
  } else file = path.join(outDir, pathname);
  let body: Buffer;
  try {
    body = await readFile(file);
  } catch {
    return { status: 404, body: 'not found' };
  }
  setHeader('content-type', MIME[path.extname(file)] ?? 'application/octet-stream');
  setHeader('content-security-policy', contentSecurityPolicy);
  setHeader('cache-control', 'no-store');
  return { status: 200, body: truncate ? body.subarray(0, Math.floor(body.length / 2)) : body };
}

function closeServer(server: Server): Promise<void> {
  return new Promise((done) => server.close(() => done()));
}

/** The pack's skill ids as the app would pass them to the bridge. */
export async function packSkillIds(packId: string): Promise<string[]> {
  const pack = JSON.parse(await readFile(path.join(repoRoot, 'content', 'packs', `${packId}.json`), 'utf8')) as { skills: { id: string }[] };
  return pack.skills.map((skill) => skill.id);
}
