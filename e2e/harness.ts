import { preview, type PreviewServer } from 'vite';
import { chromium, type Browser, type BrowserContext, type Page, type Request } from 'playwright-core';
import { chromiumFlags, ensureChromium } from '../scripts/chromium.mjs';

/**
 * Serves the built app (dist/) with `vite preview` and drives Debian's Chromium with Playwright.
 * Every request from every page and service worker is logged, so tests can prove that nothing
 * leaves the origin.
 */
export interface Harness {
  baseUrl: string;
  origin: string;
  browser: Browser;
  requests: string[];
  newContext(options?: Parameters<Browser['newContext']>[0]): Promise<BrowserContext>;
  close(): Promise<void>;
}

export async function startHarness(): Promise<Harness> {
  const server: PreviewServer = await preview({ logLevel: 'error', preview: { port: 4180, strictPort: false, open: false } });
  const baseUrl = server.resolvedUrls?.local[0]?.replace(/\/$/, '');
  if (!baseUrl) throw new Error('vite preview did not report a URL');
  const browser = await chromium.launch({ executablePath: ensureChromium(), args: chromiumFlags });
  const requests: string[] = [];
  const contexts: BrowserContext[] = [];
  const log = (request: Request) => requests.push(request.url());
  return {
    baseUrl,
    origin: new URL(baseUrl).origin,
    browser,
    requests,
    async newContext(options) {
      const context = await browser.newContext({ serviceWorkers: 'allow', ...options });
      context.on('request', log);
      contexts.push(context);
      return context;
    },
    async close() {
      for (const context of contexts) await context.close().catch(() => undefined);
      await browser.close();
      await new Promise<void>((resolve, reject) => server.httpServer.close((error) => (error ? reject(error) : resolve())));
    },
  };
}

/** A harness with one page, as most test files start. */
export interface AppPage {
  harness: Harness;
  context: BrowserContext;
  page: Page;
}

/**
 * Starts a harness and opens one page in a new context, English unless `options` say otherwise.
 * Uncaught page errors are pushed to `pageErrors`, so a test can assert there were none.
 */
export async function openAppPage(options: Parameters<Browser['newContext']>[0], pageErrors: string[]): Promise<AppPage> {
  const harness = await startHarness();
  const context = await harness.newContext({ locale: 'en-US', ...options });
  const page = await context.newPage();
  page.on('pageerror', (error) => pageErrors.push(error.message));
  return { harness, context, page };
}

/** Waits until the page's service worker is active and controls the page. */
export async function waitForServiceWorkerControl(page: import('playwright-core').Page): Promise<void> {
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
    if (!navigator.serviceWorker.controller) {
      await new Promise<void>((resolve) => navigator.serviceWorker.addEventListener('controllerchange', () => resolve(), { once: true }));
    }
  });
}
