/**
 * Hostile imports on the built app, at phone and Chromebook size, in English and Spanish: with a
 * coach PIN set, Settings offers neither restore nor pack import outside coach mode; a portfolio
 * made by someone else shows, before anything is stored, that its credentials are not this
 * learner's and every warning the verifier gave (the 1EdTech fixture's urn:uuid issuer), and once
 * added the wallet shows it as held for someone else; in coach
 * mode a whole-household restore keeps the device's PIN. Screenshots go to $SCREENSHOT_DIR.
 */
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { generateIssuerKey } from '../src/app/credentials/index.ts';
import { buildPortfolioZip } from '../src/app/portfolio/portfolio-export.ts';
import { writeBackupText } from '../src/data/backup/write.ts';
import { SAMPLE_START, sampleTables } from '../src/data/testing/sample-household.ts';
import { startHarness, type Harness } from './harness.ts';
import { runAxe } from './page-probes.ts';

let harness: Harness;
const shots = process.env.SCREENSHOT_DIR ?? path.join(tmpdir(), 'wayfind-hostile-imports');
const files = path.join(tmpdir(), `wayfind-hostile-imports-${process.pid}`);
const PIN = '2468';
const SIZES = [{ name: 'phone', width: 360, height: 640 }, { name: 'chromebook', width: 1366, height: 768 }] as const;

before(async () => {
  harness = await startHarness();
  await mkdir(shots, { recursive: true });
  await mkdir(files, { recursive: true });
  // Someone else's portfolio holding the 1EdTech fixture: a urn:uuid issuer signed by a did:key.
  const fixture = await readFile(new URL('../../shared/standards/openbadges-3.0/fixtures/valid/simple-did-key-method.json', import.meta.url), 'utf8');
  const zip = await buildPortfolioZip({
    learner: { displayName: 'Andy', subjectId: 'did:example:ebfeb1f712ebc6f1c276e12ec21' },
    credentials: [{ signedJson: fixture, achievementName: 'Fixture', issuedAt: Date.parse('2026-05-01T00:00:00Z') }],
    projects: [], reflections: [],
  }, { key: await generateIssuerKey(), issuerName: 'Andy' }, new Date());
  await writeFile(path.join(files, 'andy-portfolio.zip'), zip);
  await writeFile(path.join(files, 'household-backup.json'), await writeBackupText(sampleTables(), { scope: { kind: 'all' }, createdAt: SAMPLE_START }));
});

after(async () => {
  await harness?.close();
});

async function go(page: Page, target: string): Promise<void> {
  await page.evaluate((to) => {
    history.pushState({}, '', to);
    window.dispatchEvent(new PopStateEvent('popstate'));
  }, target);
}

async function shot(page: Page, name: string, locator?: ReturnType<Page['locator']>): Promise<void> {
  await (locator ?? page.locator('body')).scrollIntoViewIfNeeded();
  await page.screenshot({ path: path.join(shots, `${name}.png`) });
}

/** A new device: the coach sets the PIN, adds Ada and leaves coach mode. */
async function coachHousehold(locale: string, size: (typeof SIZES)[number], errors: string[]): Promise<Page> {
  const context = await harness.newContext({ locale, viewport: { width: size.width, height: size.height } });
  const page = await context.newPage();
  page.on('pageerror', (error) => errors.push(error.message));
  await page.goto(`${harness.baseUrl}/coach`);
  const lock = page.locator('wf-coach-lock');
  await lock.locator('input[name=pin]').fill(PIN);
  await lock.locator('input[name=confirm]').fill(PIN);
  await lock.locator('button[type=submit]').click();
  const manager = page.locator('wf-learner-manager');
  await manager.waitFor();
  const details = manager.locator('details');
  if (!(await details.evaluate((element) => (element as HTMLDetailsElement).open))) await manager.locator('summary').click();
  await details.locator('input[name=displayName]').fill('Ada');
  await details.locator('button[type=submit]').click();
  await manager.locator('li[data-learner]', { hasText: 'Ada' }).waitFor();
  await page.locator('wf-coach-page button.leave, wf-coach-page button', { hasText: locale.startsWith('es') ? 'Salir del modo tutor' : 'Leave coach mode' }).first().click();
  return page;
}

for (const locale of ['en-US', 'es-ES']) {
  for (const size of SIZES) {
    test(`${locale} ${size.name}: restore and pack import wait for the coach; someone else's portfolio is flagged before storing`, async () => {
      const errors: string[] = [];
      const page = await coachHousehold(locale, size, errors);
      const tag = `${locale.slice(0, 2)}-${size.name}`;

      await go(page, '/settings');
      const backupPanel = page.locator('wf-backup-panel');
      await backupPanel.locator('a[href="/coach"]').waitFor();
      assert.equal(await backupPanel.locator('#restore-file').count(), 0, 'no restore file picker outside coach mode');
      assert.equal(await page.locator('wf-content-panel #pack-file').count(), 0, 'no pack file picker outside coach mode');
      if (locale === 'en-US') assert.match(await backupPanel.locator('p.locked').innerText(), /only the coach can do it/);
      await shot(page, `${tag}-restore-locked`, backupPanel.locator('#restore-heading'));

      await go(page, '/portfolio');
      const importer = page.locator('wf-portfolio-import');
      await importer.locator('#portfolio-file').setInputFiles(path.join(files, 'andy-portfolio.zip'));
      const cautions = importer.locator('.caution');
      await cautions.nth(1).waitFor({ timeout: 30_000 });
      if (locale === 'en-US') {
        const text = (await cautions.allInnerTexts()).join('\n');
        assert.match(text, /Not awarded to you: 1 of these credentials name another learner/);
        assert.match(text, /Check these warnings before adding:/);
        assert.match(text, /does not own the signing key/);
      } else {
        assert.match((await cautions.allInnerTexts()).join('\n'), /No son tuyas/);
      }
      // Nothing is stored until the learner confirms.
      assert.equal(await page.locator('wf-wallet wf-credential-card').count(), 0);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      assert.ok(overflow <= 0, `the import preview fits the screen (${overflow}px too wide)`);
      await shot(page, `${tag}-portfolio-import-warning`, cautions.first());
      assert.deepEqual(await runAxe(page), [], 'the import preview has no serious accessibility problems');
      // Added anyway, the credential is shown as held for someone else, never as Ada's own.
      await importer.locator('button.primary').click();
      const card = page.locator('wf-wallet wf-credential-card');
      await card.locator('.someone-else').waitFor();
      if (locale === 'en-US') assert.match(await card.locator('.someone-else').innerText(), /Held for someone else: awarded to another learner \(urn:uuid:6f2e33e5/);
      await shot(page, `${tag}-wallet-someone-else`, card);

      // The coach restores the whole household; the device keeps its PIN.
      await page.goto(`${harness.baseUrl}/coach`);
      await page.locator('wf-coach-lock input[name=pin]').fill(PIN);
      await page.locator('wf-coach-lock button[type=submit]').click();
      await page.locator('wf-learner-manager').waitFor();
      await go(page, '/settings');
      await backupPanel.locator('#restore-file').setInputFiles(path.join(files, 'household-backup.json'));
      await backupPanel.locator('section:has(#restore-heading) .row button').click();
      await backupPanel.locator('input[name=mode][value=replace]').check();
      await backupPanel.locator('#restore-current-pin').waitFor();
      await shot(page, `${tag}-restore-in-coach-mode`, backupPanel.locator('#restore-current-pin'));
      await backupPanel.locator('section:has(#restore-heading) button.primary').click();
      await backupPanel.locator('[role=status]', { hasText: locale === 'en-US' ? 'Restored.' : /./ }).last().waitFor();
      const status = await page.evaluate(async () => {
        const open = indexedDB.open('wayfind');
        const db: IDBDatabase = await new Promise((resolve, reject) => { open.onsuccess = () => resolve(open.result); open.onerror = () => reject(open.error); });
        const read = db.transaction('settings').objectStore('settings').get('coachPin');
        const row = await new Promise<{ value: unknown } | undefined>((resolve) => { read.onsuccess = () => resolve(read.result as { value: unknown } | undefined); });
        db.close();
        return row !== undefined;
      });
      assert.equal(status, true, 'the coach PIN survived a whole-household replace that was not confirmed with it');
      assert.deepEqual(errors, []);
    });
  }
}
