/**
 * The update journey: a new version is deployed while the app is open. The learner sees
 * "Update available", and choosing Reload waits for an answer in progress before the new service
 * worker takes over. Simulates a deploy by changing dist/sw.js, and restores it afterwards.
 */
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import { startHarness, type Harness } from './harness.ts';
import { pageHeading } from './page-probes.ts';

const swPath = 'dist/sw.js';
let harness: Harness;
let original: string;

before(async () => {
  original = readFileSync(swPath, 'utf8');
  harness = await startHarness();
});

after(async () => {
  writeFileSync(swPath, original);
  await harness?.close();
});

test('a new version waits for the learner, and Reload waits for the answer in progress', async () => {
  const context = await harness.newContext({ viewport: { width: 1366, height: 768 } });
  const page = await context.newPage();
  await page.goto(harness.baseUrl);
  await page.evaluate(async () => navigator.serviceWorker.ready);
  await page.reload();
  assert.equal(await pageHeading(page), 'Today');
  const firstWorker = await page.evaluate(() => navigator.serviceWorker.controller?.scriptURL);
  assert.ok(firstWorker, 'no service worker controls the page');

  // Deploy: any byte change to sw.js is a new version for the browser.
  writeFileSync(swPath, `${original}\n// deployed ${Date.now()}\n`);
  await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.update());
  const prompt = page.locator('wf-update-prompt');
  await prompt.getByText('Update available').waitFor({ timeout: 20_000 });
  // The prompt is a status message: it has not taken focus.
  assert.notEqual(await page.evaluate(() => document.activeElement?.tagName), 'WF-UPDATE-PROMPT');

  // An answer is in progress (the practice view marks it through the shell's answer guard).
  await page.evaluate(() => {
    const app = document.querySelector('wf-app') as unknown as { guard: { begin(): () => void } };
    (window as unknown as { endAnswer: () => void }).endAnswer = app.guard.begin();
    (window as unknown as { marker: string }).marker = 'still here';
  });
  await prompt.getByRole('button', { name: 'Reload' }).click();
  await page.waitForTimeout(1500);
  assert.equal(await page.evaluate(() => (window as unknown as { marker?: string }).marker), 'still here', 'the page reloaded mid-answer');

  // The answer is stored: now the new version takes over and the page reloads.
  const reloaded = page.waitForEvent('load');
  await page.evaluate(() => (window as unknown as { endAnswer: () => void }).endAnswer());
  await reloaded;
  assert.equal(await pageHeading(page), 'Today');
  assert.equal(await page.evaluate(() => (window as unknown as { marker?: string }).marker), undefined);
  const state = await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.waiting);
  assert.equal(state, null, 'the new worker is still waiting');
  await context.close();
});
