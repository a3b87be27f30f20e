import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';

const require = createRequire(import.meta.url);
const axeSource = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

/** The text of the current page's <h1> (the shell owns it), once the page has rendered. */
export async function pageHeading(page: Page): Promise<string> {
  const heading = page.locator('wf-app h1');
  await heading.waitFor();
  return (await heading.innerText()).trim();
}

/**
 * The page heading once it reads `expected`, or whatever it reads after 10 s. The router changes
 * the URL a moment before the new page renders its heading, so reading it at once can catch the
 * old page's.
 */
export async function headingAfterNavigation(page: Page, expected: string): Promise<string> {
  const exact = new RegExp(`^\\s*${expected.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\s*$`);
  await page.locator('wf-app h1').filter({ hasText: exact }).waitFor({ timeout: 10_000 }).catch(() => undefined);
  return pageHeading(page);
}

/** The href of the focused element, looking through shadow roots. */
export function deepActiveHref(page: Page): Promise<string | null> {
  return page.evaluate(() => {
    let active: Element | null = document.activeElement;
    while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
    return active?.getAttribute('href') ?? null;
  });
}

/** Runs axe-core on the page and returns the serious and critical violations, summarised. */
export async function runAxe(page: Page): Promise<string[]> {
  // Evaluated through the DevTools protocol, which the page's CSP does not govern.
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(axeSource);
  return page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run: (ctx: Document, options: object) => Promise<{ violations: Array<{ id: string; impact: string; nodes: Array<{ target: unknown }> }> }> } }).axe;
    const result = await axe.run(document, { resultTypes: ['violations'] });
    return result.violations
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .map((v) => `${v.impact} ${v.id}: ${v.nodes.map((n) => JSON.stringify(n.target)).join(', ')}`);
  });
}

/** Fetches a PNG from the page's origin and reads its width and height from the IHDR chunk. */
export function readPngSize(page: Page, src: string): Promise<{ width: number; height: number }> {
  return page.evaluate(async (url) => {
    const response = await fetch(url);
    if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
    const bytes = new DataView(await response.arrayBuffer());
    const signature = [0x89, 0x50, 0x4e, 0x47];
    if (!signature.every((byte, i) => bytes.getUint8(i) === byte)) throw new Error(`${url} is not a PNG`);
    return { width: bytes.getUint32(16), height: bytes.getUint32(20) };
  }, src);
}
