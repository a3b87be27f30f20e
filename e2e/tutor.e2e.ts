/**
 * The learner's daily loop on the built app, with the network off: create a profile through
 * onboarding, run a short practice session answering items, end it with a reflection, then
 * reload and find the answers still stored; and a second learner who takes the placement check
 * first and then practises. Run with
 * `npm run build && node --import tsx --test e2e/tutor.e2e.ts`.
 */
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import type { BrowserContext, Locator, Page } from 'playwright-core';
import { openAppPage, waitForServiceWorkerControl, type Harness } from './harness.ts';
import { headingAfterNavigation, runAxe } from './page-probes.ts';

const ITEMS_TO_ANSWER = 3;

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

/** Gives some answer the item can read (right or wrong does not matter here) and presses Check. */
async function answer(view: Locator): Promise<void> {
  const choices = view.locator('input[type=radio], input[type=checkbox]');
  if ((await choices.count()) > 0) {
    await choices.first().check();
  } else if ((await view.locator('#answer').count()) > 0) {
    await view.locator('#answer').fill('1/2');
  }
  await view.locator('button[type=submit]').click();
  const feedback = view.locator('.after');
  try {
    await feedback.waitFor({ timeout: 5000 });
  } catch {
    // "1/2" is not a number for a numeric item: the item says so and stores nothing; try a number.
    assert.notEqual((await view.locator('.message').innerText()).trim(), '', 'no feedback and no message');
    await view.locator('#answer').fill('5');
    await view.locator('button[type=submit]').click();
    await feedback.waitFor();
  }
}

/** Waits for the next item, reading the lesson first when a new skill starts with one. */
async function nextItem(): Promise<Locator> {
  const lesson = page.locator('wf-practice-page wf-lesson-view');
  const question = page.locator('wf-practice-page wf-item-view #question');
  await lesson.or(question).first().waitFor();
  if (await lesson.isVisible()) {
    assert.match(await lesson.locator('h3').innerText(), /^Lesson: /);
    await lesson.locator('button.done').click();
  }
  await question.waitFor();
  return page.locator('wf-practice-page wf-item-view');
}

test('offline: onboarding, a practice session whose answers are stored, and the summary', async () => {
  // First visit installs the service worker; the reload puts the page under its control.
  await page.goto(`${harness.baseUrl}/welcome`);
  await page.evaluate(async () => navigator.serviceWorker.ready);
  await page.reload();
  await waitForServiceWorkerControl(page);
  await context.setOffline(true);
  await page.reload();
  assert.equal(await headingAfterNavigation(page, 'Welcome'), 'Welcome');

  // Onboarding: a profile, then a course and goal (the defaults), then start from the beginning.
  const welcome = page.locator('wf-welcome-page');
  await welcome.locator('#name').fill('Ada');
  await welcome.locator('input[name=ageBand][value="8-10"]').check();
  await welcome.locator('button[type=submit]').click();
  await welcome.locator('input[name=pack]').first().waitFor();
  await welcome.locator('input[name=goal]').first().waitFor();
  await welcome.locator('button[type=submit]').click();
  await welcome.getByRole('link', { name: 'Start from the beginning' }).click();
  await page.waitForFunction(() => location.pathname === '/practice' && document.title.startsWith('Practice'));
  assert.equal(await headingAfterNavigation(page, 'Practice'), 'Practice');

  const practice = page.locator('wf-practice-page');
  await practice.getByRole('button', { name: 'Start practice' }).click();
  const seen: string[] = [];
  for (let i = 0; i < ITEMS_TO_ANSWER; i++) {
    const view = await nextItem();
    if (i === 0) {
      assert.deepEqual(await runAxe(page), [], 'accessibility of the item view');
      // The pack's DKT model runs offline in its worker (precached), not a fallback.
      assert.equal(await practice.locator('section[data-engine]').getAttribute('data-engine'), 'dkt');
    }
    seen.push(await view.locator('#question').innerText());
    const why = practice.locator('wf-why-this details');
    if ((await why.getAttribute('open')) === null) await practice.locator('wf-why-this summary').click();
    await practice.locator('wf-why-this details[open] p').first().waitFor();
    assert.match(await why.innerText(), /predicts a \d+% chance/);
    // The worker's model looked one answer ahead for the goal (goal-gain.ts), not the fallback scoring.
    assert.match(await why.innerText(), /expects its estimate for your goal to rise by \d+\.\d percentage points|does not expect one answer on it to raise its estimates much/);
    await answer(view);
    assert.match(await view.locator('.after .verdict').innerText(), /Correct!|Not quite\./);
    if (i < ITEMS_TO_ANSWER - 1) await view.getByRole('button', { name: 'Next item' }).click();
  }

  await practice.getByRole('button', { name: 'End session' }).click();
  const summary = practice.locator('wf-session-summary');
  await summary.locator('[data-figure=items]').waitFor();
  assert.equal(await summary.locator('[data-figure=items]').innerText(), String(ITEMS_TO_ANSWER));
  assert.match(await summary.locator('[data-figure=streak]').innerText(), /1 day in a row/);
  assert.deepEqual(await runAxe(page), [], 'accessibility of the summary');
  await summary.locator('#reflection').fill('Fractions are parts of a whole');
  await summary.getByRole('button', { name: 'Save to my journal' }).click();
  await summary.getByText('Saved in your journal.').waitFor();

  // Still offline: reload, and the stored answers and the reflection are counted in Settings.
  await page.goto(`${harness.baseUrl}/settings`);
  await page.waitForFunction(() => document.title.startsWith('Settings'));
  assert.equal(await headingAfterNavigation(page, 'Settings'), 'Settings');
  const stored = page.locator('wf-stored-data');
  const row = (label: RegExp) => stored.locator('tbody tr').filter({ has: page.locator('th', { hasText: label }) }).locator('td.count');
  await stored.locator('tbody tr').first().waitFor();
  assert.equal(await row(/^Answers/).first().innerText(), String(ITEMS_TO_ANSWER));
  assert.equal(await row(/^Journal/).first().innerText(), '1');
  assert.deepEqual(pageErrors, []);
});

test('offline: a second learner takes the placement check, then practises', async () => {
  await page.goto(`${harness.baseUrl}/welcome`);
  const welcome = page.locator('wf-welcome-page');
  await welcome.locator('#name').fill('Ben');
  await welcome.locator('input[name=ageBand][value="8-10"]').check();
  await welcome.locator('button[type=submit]').click();
  await welcome.locator('input[name=goal]').first().waitFor();
  await welcome.locator('button[type=submit]').click();
  await welcome.getByRole('link', { name: 'Take the placement check' }).click();
  await page.waitForFunction(() => location.pathname === '/placement' && document.title.startsWith('Placement check'));

  // "I don't know yet" to every question: the check ends by itself, having placed nothing.
  const placement = page.locator('wf-placement-page');
  await placement.getByRole('button', { name: 'Start the check' }).click();
  const done = placement.locator('#done-heading');
  const dontKnow = placement.locator('wf-placement-question button:not([disabled])').filter({ hasText: "I don't know yet" });
  for (let clicks = 0; ; clicks++) {
    assert.ok(clicks <= 40, 'the placement check did not end');
    await dontKnow.or(done).first().waitFor();
    if (await done.isVisible()) break;
    await dontKnow.click();
  }
  const questions = Number(/Questions asked: (\d+)/.exec(await placement.locator('.count').innerText())?.[1]);
  assert.ok(questions > 0 && questions <= 17, `placement asked ${questions} questions`);

  // Practice starts from what the check found, for Ben, not Ada.
  await placement.getByRole('link', { name: 'Start practising' }).click();
  await page.waitForFunction(() => location.pathname === '/practice' && document.title.startsWith('Practice'));
  const practice = page.locator('wf-practice-page');
  await practice.getByRole('heading', { name: 'Ready when you are, Ben' }).waitFor();
  await practice.getByRole('button', { name: 'Start practice' }).click();
  const view = await nextItem();
  await answer(view);
  await practice.getByRole('button', { name: 'End session' }).click();
  await practice.locator('wf-session-summary [data-figure=items]').waitFor();
  assert.equal(await practice.locator('wf-session-summary [data-figure=items]').innerText(), '1');

  await page.goto(`${harness.baseUrl}/settings`);
  await page.waitForFunction(() => document.title.startsWith('Settings'));
  const stored = page.locator('wf-stored-data');
  await stored.locator('tbody tr').first().waitFor();
  const learners = await stored.locator('thead th').allInnerTexts();
  const answers = await stored.locator('tbody tr').filter({ has: page.locator('th', { hasText: /^Answers/ }) }).locator('td.count').allInnerTexts();
  // Placement answers are stored as answers too; Ada's count is unchanged.
  assert.equal(answers[learners.indexOf('Ben') - 1], String(questions + 1));
  assert.equal(answers[learners.indexOf('Ada') - 1], String(ITEMS_TO_ANSWER));
  assert.deepEqual(pageErrors, []);
});
