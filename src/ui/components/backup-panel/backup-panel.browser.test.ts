import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { exportBackup } from '../../../data/backup/export.ts';
import type { WayfindDb } from '../../../data/db.ts';
import { TEST_ITERATIONS, TEST_PASSPHRASE } from '../../../data/testing/hostile-backups.ts';
import { seedTables, uniqueTestDb } from '../../../data/testing/seed-database.ts';
import './backup-panel.ts';
import type { WfBackupPanel } from './backup-panel.ts';

const databases: WayfindDb[] = [];
afterEach(async () => {
  while (databases.length > 0) await databases.pop()!.delete();
});

function chooseFile(panel: WfBackupPanel, text: string): void {
  const input = panel.shadowRoot!.querySelector<HTMLInputElement>('#restore-file')!;
  const transfer = new DataTransfer();
  transfer.items.add(new File([text], 'backup.json', { type: 'application/json' }));
  input.files = transfer.files;
  input.dispatchEvent(new Event('change'));
}

function clickButton(panel: WfBackupPanel, text: string): void {
  [...panel.shadowRoot!.querySelectorAll('button')].find((button) => button.textContent!.trim() === text)!.click();
}

describe('<wf-backup-panel>', () => {
  it('checks a file, previews the changes, then restores it', async () => {
    const source = uniqueTestDb('panel-source');
    const target = uniqueTestDb('panel-target');
    databases.push(source, target);
    await seedTables(source);
    const text = await exportBackup(source, { passphrase: TEST_PASSPHRASE, iterations: TEST_ITERATIONS });
    const panel = await fixture<WfBackupPanel>(html`<wf-backup-panel .db=${target}></wf-backup-panel>`);

    chooseFile(panel, text);
    clickButton(panel, 'Check the file');
    await waitUntil(() => panel.shadowRoot!.querySelector('[role="alert"]'), 'missing passphrase explained', { timeout: 10_000 });
    expect(panel.shadowRoot!.querySelector('[role="alert"]')!.textContent).to.contain('enter its passphrase');

    panel.shadowRoot!.querySelector<HTMLInputElement>('#restore-passphrase')!.value = 'wrong';
    clickButton(panel, 'Check the file');
    await waitUntil(() => panel.shadowRoot!.querySelector('[role="alert"]')?.textContent?.includes('passphrase is wrong'), 'wrong passphrase explained', { timeout: 10_000 });

    panel.shadowRoot!.querySelector<HTMLInputElement>('#restore-passphrase')!.value = TEST_PASSPHRASE;
    clickButton(panel, 'Check the file');
    await waitUntil(() => panel.preview !== null, 'preview shown', { timeout: 10_000 });
    const previewText = panel.shadowRoot!.textContent!;
    expect(previewText).to.contain('Ada (new on this device)');
    expect(previewText).to.contain('Answers: 6 added');
    expect(await target.attemptBlocks.count()).to.equal(0);

    const restored = oneEvent(panel, 'wf-backup-restored');
    clickButton(panel, 'Restore');
    expect((await restored).detail.mode).to.equal('merge');
    expect((await target.attemptBlocks.toArray()).reduce((sum, block) => sum + block.count, 0)).to.equal(10);
    await panel.updateComplete;
    expect(panel.shadowRoot!.querySelector('section[aria-labelledby="restore-heading"] [role="status"]')!.textContent).to.contain('Restored.');
  });

  it('labels every control', async () => {
    const db = uniqueTestDb('panel-labels');
    databases.push(db);
    await seedTables(db);
    const panel = await fixture<WfBackupPanel>(html`<wf-backup-panel .db=${db}></wf-backup-panel>`);
    await waitUntil(() => panel.shadowRoot!.querySelectorAll('input[name="scope"]').length === 3, 'one choice per learner', { timeout: 10_000 });
    for (const input of panel.shadowRoot!.querySelectorAll('input')) {
      const labelled = input.closest('label') ?? panel.shadowRoot!.querySelector(`label[for="${input.id}"]`);
      expect(labelled, input.outerHTML).not.to.equal(null);
    }
  });
});
