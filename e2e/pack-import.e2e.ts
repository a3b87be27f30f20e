/**
 * Importing hostile packs on the built app (issue 17): each ends as a refusal on the Settings
 * page, checked in the background worker, with the page still responsive and nothing installed.
 * Screenshots of the refusal (English and Spanish, phone and laptop) go to test-results/shots/ when
 * SHOTS=1 is set.
 */
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { openAppPage, type Harness } from './harness.ts';
import { hostileFormulaPacks } from '../src/content/testing/hostile-formula-packs.ts';

let harness: Harness;
let page: Page;
const pageErrors: string[] = [];

before(async () => {
  ({ harness, page } = await openAppPage({}, pageErrors));
});
after(async () => {
  await harness?.close();
});

async function importPack(label: string, text: string): Promise<void> {
  await page.goto(`${harness.baseUrl}/settings`);
  const panel = page.locator('wf-settings-page wf-content-panel');
  await panel.locator('#pack-file').setInputFiles({ name: `${label}.json`, mimeType: 'application/json', buffer: Buffer.from(text) });
}

test('a formula nested 10,000 deep is refused with its message, and nothing is installed', async () => {
  const hostile = hostileFormulaPacks().find((h) => h.label === 'formula nested 10,000 deep')!;
  await importPack('nested', JSON.stringify(hostile.pack));
  const panel = page.locator('wf-settings-page wf-content-panel');
  const alert = panel.getByRole('alert');
  await alert.waitFor({ timeout: 30_000 });
  assert.match(await alert.innerText(), /cannot be installed, and nothing was changed[\s\S]*characters long; the limit is 1000/);
  // The page answered while the worker checked: the status is no longer "Checking the pack…".
  assert.doesNotMatch(await panel.getByRole('status').innerText(), /Checking/);
  assert.equal(await panel.getByRole('button', { name: /^Install$/ }).count(), 0);
  assert.doesNotMatch(await panel.locator('ul').first().innerText(), /Tiny pack/);
  if (process.env.SHOTS) {
    mkdirSync('test-results/shots', { recursive: true });
    for (const [width, height] of [[360, 640], [1366, 768]]) {
      await page.setViewportSize({ width, height });
      await alert.scrollIntoViewIfNeeded();
      await page.screenshot({ path: `test-results/shots/import-refused-en-${width}.png` });
    }
    await page.setViewportSize({ width: 1280, height: 720 });
  }
});

test('a pack that needs too much formula work is refused, in Spanish too', async () => {
  await page.goto(`${harness.baseUrl}/settings`);
  await page.locator('wf-settings-page select#language').selectOption('es');
  const hostile = hostileFormulaPacks().find((h) => h.label.startsWith('twenty tables'))!;
  await importPack('work', JSON.stringify(hostile.pack));
  const panel = page.locator('wf-settings-page wf-content-panel');
  const alert = panel.getByRole('alert');
  await alert.waitFor({ timeout: 30_000 });
  assert.match(await alert.innerText(), /formulas need too much work/);
  if (process.env.SHOTS) {
    for (const [width, height] of [[360, 640], [1366, 768]]) {
      await page.setViewportSize({ width, height });
      await alert.scrollIntoViewIfNeeded();
      await page.screenshot({ path: `test-results/shots/import-refused-es-${width}.png` });
    }
  }
  await page.locator('wf-settings-page select#language').selectOption('en');
  assert.deepEqual(pageErrors, []);
});
