/**
 * The placement check on the built app, offline: onboarding with the placement choice, a full
 * adaptive check on Fractions 3-6 answered as a learner who knows nothing, the result on the skill
 * list, then the skill map by keyboard. Run with
 * `npm run build && node --import tsx --test e2e/placement.e2e.ts`.
 */
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import type { BrowserContext, Page } from 'playwright-core';
import { openAppPage, waitForServiceWorkerControl, type Harness } from './harness.ts';
import { headingAfterNavigation, runAxe } from './page-probes.ts';

let harness: Harness;
let context: BrowserContext;
let page: Page;
const pageErrors: string[] = [];

before(async () => {
  ({ harness, context, page } = await openAppPage({ viewport: { width: 1280, height: 900 } }, pageErrors));
});

after(async () => {
  await context?.setOffline(false).catch(() => undefined);
  await harness?.close();
});

test('offline: onboarding, a placement check stored and shown on the skill map, keyboard map', async () => {
  await page.goto(`${harness.baseUrl}/welcome`);
  await page.evaluate(async () => navigator.serviceWorker.ready);
  await page.reload();
  await waitForServiceWorkerControl(page);
  await context.setOffline(true);
  await page.reload();

  const welcome = page.locator('wf-welcome-page');
  await welcome.locator('#name').fill('Lin');
  await welcome.locator('input[name=ageBand][value="8-10"]').check();
  await welcome.locator('button[type=submit]').click();
  await welcome.locator('input[name=goal]').first().waitFor();
  await welcome.locator('button[type=submit]').click();
  await welcome.getByRole('link', { name: 'Take the placement check' }).click();
  await page.waitForFunction(() => location.pathname === '/placement');
  assert.equal(await headingAfterNavigation(page, 'Placement check'), 'Placement check');

  const placement = page.locator('wf-placement-page');
  await placement.getByRole('button', { name: 'Start the check' }).click();
  let asked = 0;
  for (;;) {
    const done = placement.locator('#done-heading');
    const question = placement.locator('wf-placement-question h3');
    await done.or(question).first().waitFor({ timeout: 30000 });
    if (await done.isVisible()) break;
    const heading = await question.innerText();
    if (asked === 0) assert.deepEqual(await runAxe(page), [], 'accessibility of a placement question');
    asked++;
    await placement.locator('wf-placement-question').getByRole('button', { name: "I don't know yet" }).click();
    // The next question (another number) or the result.
    const next = placement.locator('wf-placement-question h3').filter({ hasNotText: new RegExp(`^${heading}$`) });
    await done.or(next).first().waitFor({ timeout: 30000 });
  }
  assert.ok(asked >= 1 && asked <= 17, `asked ${asked} questions`);
  assert.equal(await placement.locator('.count').innerText(), `Questions asked: ${asked}`);
  assert.match(await placement.locator('#done-heading ~ p').first().innerText(), /You showed 0 of 39 skills/);
  assert.deepEqual(await runAxe(page), [], 'accessibility of the placement result');

  await placement.getByRole('link', { name: 'Open the skill map' }).click();
  const map = page.locator('wf-skill-map-page wf-skill-map');
  await map.locator('g.node').first().waitFor();
  assert.equal(await map.locator('g.node').count(), 39);
  assert.deepEqual(await runAxe(page), [], 'accessibility of the skill map');
  await map.locator('g.node[tabindex="0"]').focus();
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Enter');
  const link = map.locator('.details a');
  await link.waitFor();
  assert.match((await link.getAttribute('href')) ?? '', /^\/practice\?skill=/);
  assert.deepEqual(pageErrors, []);
});
