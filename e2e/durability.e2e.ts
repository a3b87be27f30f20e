/**
 * No answer is lost: an answer stored through the app's data layer just before its tab closes is
 * there when the app opens again. The answer is written by e2e/fixtures/record-answer.ts, bundled
 * here and served at the app's origin (so it shares the app's IndexedDB); the check reads it back
 * through the app itself, on the Settings page's "What's stored" table.
 */
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { build } from 'esbuild';
import { startHarness, type Harness } from './harness.ts';

let harness: Harness;
let script: string;

before(async () => {
  harness = await startHarness();
  const bundle = await build({
    entryPoints: ['e2e/fixtures/record-answer.ts'],
    bundle: true,
    format: 'esm',
    platform: 'browser',
    target: 'es2022',
    write: false,
    logLevel: 'silent',
  });
  script = bundle.outputFiles[0].text;
});

after(async () => {
  await harness?.close();
});

test('an answer stored just before the tab closes is there when the app reopens', async () => {
  // One browser context is one profile: the test page and the reopened app share IndexedDB.
  // Service workers are blocked here so the test page is not answered from the app's precache.
  const context = await harness.newContext({ serviceWorkers: 'block' });
  await context.route(`${harness.origin}/__e2e__/record.html`, (route) =>
    route.fulfill({ contentType: 'text/html', body: '<!doctype html><title>record</title><script type="module" src="/__e2e__/record.js"></script>' }),
  );
  await context.route(`${harness.origin}/__e2e__/record.js`, (route) => route.fulfill({ contentType: 'text/javascript', body: script }));

  const tab = await context.newPage();
  await tab.goto(`${harness.origin}/__e2e__/record.html`);
  await tab.waitForFunction(() => window.answerStored !== undefined, undefined, { polling: 'raf' });
  await tab.close({ runBeforeUnload: false });

  const app = await context.newPage();
  await app.goto(`${harness.baseUrl}/settings`);
  const stored = app.locator('wf-settings-page wf-stored-data');
  await stored.getByRole('columnheader', { name: 'Durable Dana' }).waitFor();
  assert.equal((await stored.getByRole('row', { name: /^Answers/ }).innerText()).replace(/\s+/g, ' ').trim(), 'Answers 1');
  assert.equal((await stored.getByRole('row', { name: /^Skill progress/ }).innerText()).replace(/\s+/g, ' ').trim(), 'Skill progress 1');
  await context.close();
});
