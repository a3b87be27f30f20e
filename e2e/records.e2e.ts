/**
 * Homeschool records on the built app: a coach sets a PIN and adds two learners (the app's own
 * coach flow), each learner logs learning off the screen, the log downloads as CSV that parses
 * back to the same rows (formula injection neutralised), and the term report prints: a PDF is
 * produced and, in print media, the report's sections show while forms, buttons and other
 * learners' rows do not.
 */
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import type { Page } from 'playwright-core';
import { learningLogFromCsv, parseCsv } from '../src/app/records/learning-log.ts';
import { openAppPage, type Harness } from './harness.ts';
import { runAxe } from './page-probes.ts';

let harness: Harness;
let page: Page;
let today = '';
const pageErrors: string[] = [];
const HOSTILE_NOTE = '=HYPERLINK("http://example.invalid","x")';

before(async () => {
  ({ harness, page } = await openAppPage({ viewport: { width: 1280, height: 900 }, acceptDownloads: true }, pageErrors));
});

after(async () => {
  await harness?.close();
});

/** Navigates inside the app (the router listens to popstate), keeping the query string. */
async function go(path: string): Promise<void> {
  await page.evaluate((target) => {
    history.pushState({}, '', target);
    window.dispatchEvent(new PopStateEvent('popstate'));
  }, path);
}

async function addLearner(name: string): Promise<void> {
  const manager = page.locator('wf-learner-manager');
  const details = manager.locator('details');
  if (!(await details.evaluate((element) => (element as HTMLDetailsElement).open))) await manager.locator('summary').click();
  await details.locator('input[name=displayName]').fill(name);
  await details.locator('button[type=submit]').click();
  await manager.locator('li[data-learner]', { hasText: name }).waitFor();
}

async function choose(name: string): Promise<void> {
  await go('/profiles');
  await page.locator('wf-profiles-page button.profile', { hasText: name }).click();
  await page.locator('wf-profiles-page button.profile[aria-pressed=true]', { hasText: name }).waitFor();
}

async function addEntry(minutes: number, subject: string, kind: string, note: string): Promise<void> {
  const form = page.locator('wf-learning-log-view form.entry');
  await form.locator('input[name=minutes]').fill(String(minutes));
  await form.locator('input[name=subject]').fill(subject);
  await form.locator('select[name=kind]').selectOption(kind);
  await form.locator('textarea[name=note]').fill(note);
  await form.locator('button[type=submit]').click();
  await page.locator('wf-learning-log-view table.log td', { hasText: subject }).first().waitFor();
}

test('a coach sets a PIN and adds two learners', async () => {
  await page.goto(`${harness.baseUrl}/coach`);
  today = await page.evaluate(() => {
    const now = new Date();
    return `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`;
  });
  const lock = page.locator('wf-coach-lock');
  await lock.locator('input[name=pin]').fill('2468');
  await lock.locator('input[name=confirm]').fill('2468');
  await lock.locator('button[type=submit]').click();
  await page.getByRole('button', { name: 'Leave coach mode' }).waitFor();
  await addLearner('Ada');
  await addLearner('Ben');
  assert.equal(await page.locator('wf-learner-manager li[data-learner]').count(), 2);
  await page.locator('wf-household-overview tr[data-learner]').nth(1).waitFor();
  assert.deepEqual(await runAxe(page), [], 'coach mode has no serious accessibility problems');
});

test('each learner logs learning off the screen and sees only their own log', async () => {
  await choose('Ada');
  await go('/records');
  await page.locator('wf-records-page h2', { hasText: 'Learning log: Ada' }).waitFor();
  await addEntry(40, 'Astronomy', 'field-trip', HOSTILE_NOTE);
  await addEntry(30, 'Reading', 'book', 'Chapter 3, "The Hobbit"');

  await choose('Ben');
  await go('/records');
  await page.locator('wf-records-page h2', { hasText: 'Learning log: Ben' }).waitFor();
  await addEntry(25, 'Woodwork', 'project', 'Birdhouse');
  const benRows = await page.locator('wf-learning-log-view table.log tbody tr').allInnerTexts();
  assert.equal(benRows.length, 1);
  assert.match(benRows[0], /Woodwork/);
  assert.deepEqual(await runAxe(page), [], 'the learning log has no serious accessibility problems');
  await go('/profiles');
  await page.locator('wf-profiles-page button.profile').first().waitFor();
  assert.deepEqual(await runAxe(page), [], 'the profile picker has no serious accessibility problems');
});

test('the CSV download parses back to the same rows, with formulas neutralised', async () => {
  await choose('Ada');
  await go('/records');
  await page.locator('wf-learning-log-view table.log td', { hasText: 'Astronomy' }).first().waitFor();
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download CSV' }).click()]);
  assert.match(download.suggestedFilename(), /^wayfind-log-Ada-.*\.csv$/);
  const text = await readFile((await download.path())!, 'utf8');
  assert.deepEqual(learningLogFromCsv(text), [
    { day: today, subject: 'Astronomy', minutes: 40, activity: 'field-trip', note: HOSTILE_NOTE },
    { day: today, subject: 'Reading', minutes: 30, activity: 'book', note: 'Chapter 3, "The Hobbit"' },
  ]);
  // In the file itself no cell starts a formula.
  const cells = parseCsv(text).flat();
  assert.ok(cells.includes(`'${HOSTILE_NOTE}`));
  assert.ok(cells.every((cell) => !/^[=+\-@\t\r]/.test(cell)));
  assert.ok(!text.includes('Woodwork'));
});

test('the term report prints with its sections and nothing else', async (t) => {
  await page.locator('wf-records-page .views button', { hasText: 'Term report' }).click();
  const report = page.locator('wf-term-report-view article.report');
  await report.locator('h2', { hasText: 'Progress report: Ada' }).waitFor();
  assert.deepEqual(await runAxe(page), [], 'the term report has no serious accessibility problems');

  await page.emulateMedia({ media: 'print' });
  for (const heading of ['Skills practised or placed', 'Learning time', 'Credentials earned', 'Journal entries shared by the learner']) {
    assert.ok(await report.locator('h3', { hasText: heading }).isVisible(), `${heading} prints`);
  }
  const printed = await report.innerText();
  assert.match(printed, /Astronomy/);
  assert.match(printed, /Total\s+70 minutes/);
  assert.match(printed, /Days with learning\s+1/);
  assert.doesNotMatch(printed, /Woodwork/);
  assert.equal(await page.locator('wf-term-report-view form').isVisible(), false, 'the term form does not print');
  assert.equal(await page.locator('wf-records-page .views').isVisible(), false, 'the view switch does not print');

  const pdf = await page.pdf({ format: 'A4', printBackground: false, outline: true, tagged: true });
  assert.equal(pdf.subarray(0, 5).toString('latin1'), '%PDF-');
  const raw = pdf.toString('latin1');
  assert.ok((raw.match(/\/Type\s*\/Page\b/g) ?? []).length >= 1, 'the PDF has pages');
  // The PDF's outline (bookmarks) is built from the printed headings: the report's sections are in it.
  const outline = [...raw.matchAll(/\/Title\s*\(([^)]*)\)/g)].map((match) => match[1]);
  for (const heading of ['Progress report: Ada', 'Skills practised or placed', 'Learning time', 'Credentials earned', 'Journal entries shared by the learner']) {
    assert.ok(outline.includes(heading), `the PDF outline has "${heading}" (found: ${outline.join(' | ')})`);
  }
  assert.ok(!outline.some((title) => /Ben|Woodwork|Add learning/.test(title)), 'nothing else is printed as a heading');

  const navPrinted = await page.locator('wf-app nav').isVisible();
  await page.emulateMedia({ media: 'screen' });
  if (navPrinted) t.todo('the shell still prints its navigation: print CSS needed in src/ui/app/wf-app.styles.ts');
  assert.deepEqual(pageErrors, []);
});
