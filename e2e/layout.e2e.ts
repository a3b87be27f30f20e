/**
 * Layout check on the built app: every page at phone (360x640) and Chromebook (1366x768) size, in
 * English and Spanish, in the light and dark themes, for a learner who has onboarded and taken the
 * placement check. Fails on text that leaves its box or is cut off, controls lying on top of each
 * other, sideways scrolling, and (phone, tabbing through the page) a fixed bar covering the focused
 * control. Screenshots go to e2e/screenshots/ (git-ignored) for a person to look through.
 * Run with `npm run build && node --import tsx --test e2e/layout.e2e.ts`.
 *
 * Kept fast for CI: one browser and one page reused throughout; the theme and language change
 * through the stored preferences and a reload; the keyboard walk runs in one theme only (themes
 * change colours, not geometry).
 */
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { routes } from '../src/ui/app/routes.ts';
import { openAppPage, type Harness } from './harness.ts';
import { findCoveredFocus, findLayoutProblems, type LayoutProblem } from './layout-probes.ts';

const SIZES = [
  { name: 'phone', width: 360, height: 640 },
  { name: 'chromebook', width: 1366, height: 768 },
];
const SHOTS = 'e2e/screenshots';
/** LAYOUT_PAGES=/goals,/map checks only those pages (while fixing them); the suite checks every page. */
const only = process.env.LAYOUT_PAGES?.split(',');
const pages = routes.filter((route) => !only || only.includes(route.path));
const MAX_TAB_STOPS = 40;

let harness: Harness;
let page: Page;
const pageErrors: string[] = [];

before(async () => {
  mkdirSync(SHOTS, { recursive: true });
  ({ harness, page } = await openAppPage({ viewport: { width: 1366, height: 768 } }, pageErrors));
});

after(async () => {
  await harness?.close();
});

/** Waits until no "Loading…" text is left on the page (panels fill in after the heading). */
async function settle(): Promise<void> {
  await page.evaluate('globalThis.__name ??= (fn) => fn');
  await page
    .waitForFunction(
      () => {
        const texts: string[] = [];
        const walk = (root: Document | ShadowRoot) => {
          for (const element of root.querySelectorAll('*')) {
            if (element.shadowRoot) {
              texts.push(element.shadowRoot.textContent ?? '');
              walk(element.shadowRoot);
            }
          }
        };
        texts.push(document.body.textContent ?? '');
        walk(document);
        return !texts.some((text) => /Loading|Cargando/.test(text));
      },
      undefined,
      { timeout: 5000, polling: 100 },
    )
    .catch(() => undefined);
  await page.evaluate(() => document.fonts.ready.then(() => undefined));
}

function format(where: string, problems: LayoutProblem[]): string[] {
  return problems.map((problem) => `${where}: ${problem.kind}: ${problem.what}`);
}

async function checkHere(where: string, shot: string, withKeyboard: boolean): Promise<string[]> {
  const found = format(where, await findLayoutProblems(page));
  await page.screenshot({ path: `${SHOTS}/${shot}.png`, fullPage: true });
  if (withKeyboard) found.push(...format(where, await findCoveredFocus(page, MAX_TAB_STOPS)));
  return found;
}

/** The screen as it is, checked at phone and Chromebook size (no keyboard walk); screenshots `${shot}-<size>-${suffix}`. */
async function checkAtBothSizes(where: string, shot: string, suffix: string): Promise<string[]> {
  const found: string[] = [];
  for (const size of SIZES) {
    await page.setViewportSize({ width: size.width, height: size.height });
    found.push(...(await checkHere(`${where} ${size.name}`, `${shot}-${size.name}-${suffix}`, false)));
  }
  return found;
}

test('a learner onboards and takes the placement check; the goal step and the result page fit at both sizes', async () => {
  await page.goto(`${harness.baseUrl}/welcome`);
  const welcome = page.locator('wf-welcome-page');
  await welcome.locator('#name').fill('Maximiliana');
  await welcome.locator('input[name=ageBand][value="8-10"]').check();
  await welcome.locator('button[type=submit]').click();
  await welcome.locator('input[name=goal]').first().waitFor();
  // The course and goal step: long goal names wrap beside their radio buttons on a phone.
  const goalStep = await checkAtBothSizes('welcome goal step', 'welcome-goal', 'en-light');
  await page.setViewportSize({ width: 1366, height: 768 });
  await welcome.locator('button[type=submit]').click();
  await welcome.getByRole('link', { name: 'Take the placement check' }).click();
  const placement = page.locator('wf-placement-page');
  await placement.getByRole('button', { name: 'Start the check' }).click();
  const done = placement.locator('#done-heading');
  for (let asked = 0; asked < 40; asked++) {
    const question = placement.locator('wf-placement-question h3');
    await done.or(question).first().waitFor({ timeout: 30000 });
    if (await done.isVisible()) break;
    const heading = await question.innerText();
    await placement.locator('wf-placement-question').getByRole('button', { name: "I don't know yet" }).click();
    await done.or(placement.locator('wf-placement-question h3').filter({ hasNotText: new RegExp(`^${heading}$`) })).first().waitFor({ timeout: 30000 });
  }
  await done.waitFor();
  const problems = await checkAtBothSizes('placement result', 'placement-result', 'en-light');
  assert.deepEqual([...goalStep, ...problems], []);
});

test('a practice item, with Why this? open and the read-aloud control, fits at both sizes', async () => {
  await page.setViewportSize({ width: 1366, height: 768 });
  await page.goto(`${harness.baseUrl}/practice`);
  const practice = page.locator('wf-practice-page');
  await practice.getByRole('button', { name: 'Start practice' }).click();
  const why = practice.locator('wf-why-this summary');
  await why.waitFor({ timeout: 30000 });
  await why.click();
  assert.deepEqual(await checkAtBothSizes('practice item', 'practice-item', 'en-light'), []);
});

for (const locale of ['en', 'es']) {
  for (const theme of ['light', 'dark']) {
    test(`every page fits at phone and Chromebook size (${locale}, ${theme})`, async () => {
      await page.evaluate(([t, l]) => localStorage.setItem('wayfind.preferences', JSON.stringify({ theme: t, motion: 'reduce', locale: l })), [theme, locale]);
      const problems: string[] = [];
      for (const size of SIZES) {
        await page.setViewportSize({ width: size.width, height: size.height });
        for (const route of pages) {
          await page.goto(`${harness.baseUrl}${route.path}`);
          await page.locator('wf-app h1').waitFor();
          await settle();
          const where = `${route.path} ${size.name} ${locale} ${theme}`;
          const shot = `${route.id}-${size.name}-${locale}-${theme}`;
          problems.push(...(await checkHere(where, shot, theme === 'light' && size.name === 'phone')));
        }
      }
      assert.deepEqual(problems, []);
    });
  }
}

test('in coach mode, the coach page fits at both sizes in both languages', async () => {
  await page.evaluate(() => localStorage.setItem('wayfind.preferences', JSON.stringify({ theme: 'light', motion: 'reduce', locale: 'en' })));
  await page.setViewportSize({ width: 1366, height: 768 });
  await page.goto(`${harness.baseUrl}/coach`);
  const lock = page.locator('wf-coach-lock');
  await lock.locator('input[name=pin]').fill('2468');
  await lock.locator('input[name=confirm]').fill('2468');
  await lock.locator('button[type=submit]').click();
  await page.getByRole('button', { name: 'Leave coach mode' }).waitFor();
  const problems: string[] = [];
  for (const locale of ['en', 'es']) {
    await page.evaluate((l) => localStorage.setItem('wayfind.preferences', JSON.stringify({ theme: 'light', motion: 'reduce', locale: l })), locale);
    for (const size of SIZES) {
      await page.setViewportSize({ width: size.width, height: size.height });
      await page.goto(`${harness.baseUrl}/coach`);
      // Coach mode lasts until the tab reloads: unlock again.
      const row = page.locator('wf-household-overview tr[data-learner]').first();
      await row.or(lock.locator('input[name=pin]')).first().waitFor();
      if (!(await row.isVisible())) {
        await lock.locator('input[name=pin]').fill('2468');
        await lock.locator('button[type=submit]').click();
      }
      await row.waitFor();
      await settle();
      problems.push(...(await checkHere(`/coach in coach mode ${size.name} ${locale}`, `coach-mode-${size.name}-${locale}-light`, size.name === 'phone')));
    }
  }
  assert.deepEqual(problems, []);
});

test('a Spreadsheet course item, its sheet wider than a phone, scrolls inside its box: the page does not', async () => {
  // A second learner on the Spreadsheet course; the reload also ends coach mode.
  await page.goto(`${harness.baseUrl}/`);
  await page.evaluate(() => localStorage.setItem('wayfind.preferences', JSON.stringify({ theme: 'light', motion: 'reduce', locale: 'es' })));
  await page.setViewportSize({ width: 1366, height: 768 });
  await page.goto(`${harness.baseUrl}/welcome`);
  const welcome = page.locator('wf-welcome-page');
  await welcome.locator('#name').fill('Marisol');
  await welcome.locator('input[name=ageBand]').last().check();
  await welcome.locator('button[type=submit]').click();
  await welcome.locator('input[name=pack][value="spreadsheet-formulas"]').check();
  await welcome.locator('input[name=goal]').first().waitFor();
  await welcome.locator('button[type=submit]').click();
  await welcome.locator('a[href*="practice"]').last().click();
  const practice = page.locator('wf-practice-page');
  await practice.locator('wf-practice-ready button.primary').click();
  const view = practice.locator('wf-item-view');
  // The first items of the course: a lesson, then questions on a sheet; answer until one asks for a
  // formula (its target cell carries a hidden label, which once stretched the page sideways).
  const target = view.locator('.sheet td.target');
  for (let asked = 0; asked < 8; asked++) {
    const lesson = practice.locator('wf-lesson-view');
    await lesson.or(view.locator('#question')).first().waitFor();
    if (await lesson.isVisible()) await lesson.locator('button.done').click();
    await view.locator('#question').waitFor();
    if ((await target.count()) > 0) break;
    const typed = view.locator('#answer');
    if ((await typed.count()) > 0) await typed.fill('1');
    else await view.locator('input[type=radio], input[type=checkbox]').first().check();
    await view.locator('button[type=submit]').click();
    await view.locator('.after').waitFor();
    await view.locator('button.next').click();
  }
  await target.waitFor();
  assert.deepEqual(await checkAtBothSizes('spreadsheet item', 'spreadsheet-item', 'es-light'), []);
});

test('no page error happened', () => {
  assert.deepEqual(pageErrors, []);
});
