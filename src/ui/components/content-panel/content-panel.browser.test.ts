import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import type { WayfindDb } from '../../../data/db.ts';
import { exportBackup } from '../../../data/backup/export.ts';
import { uniqueTestDb } from '../../../data/testing/seed-database.ts';
import { minimalPack } from '../../../content/testing/minimal-pack.ts';
import './content-panel.ts';
import type { WfContentPanel } from './content-panel.ts';

// The build's catalog of built-in packs, served here from a data: URL (tests have no build).
const catalogUrl = `data:application/json,${encodeURIComponent(JSON.stringify({ packs: [] }))}`;
let db: WayfindDb;

async function mount(): Promise<WfContentPanel> {
  const panel = await fixture<WfContentPanel>(html`<wf-content-panel .db=${db} .catalogUrl=${catalogUrl}></wf-content-panel>`);
  await waitUntil(() => panel.library !== null, 'library never listed', { timeout: 10000 });
  return panel;
}

/** Chooses a file in the panel's file input, as a learner would. */
async function choose(panel: WfContentPanel, content: unknown): Promise<void> {
  const input = panel.shadowRoot!.querySelector<HTMLInputElement>('#pack-file')!;
  const transfer = new DataTransfer();
  const text = typeof content === 'string' ? content : JSON.stringify(content);
  transfer.items.add(new File([text], 'pack.json', { type: 'application/json' }));
  input.files = transfer.files;
  input.dispatchEvent(new Event('change'));
  await waitUntil(() => panel.check !== null, 'the file was never checked', { timeout: 10000 });
  await panel.updateComplete;
}

async function snapshot(): Promise<string> {
  return JSON.stringify(JSON.parse(await exportBackup(db, { now: 0 })).payload.tables);
}

function buttonNamed(panel: WfContentPanel, name: string): HTMLButtonElement {
  const button = [...panel.shadowRoot!.querySelectorAll('button')].find((b) => b.textContent!.trim() === name);
  if (!button) throw new Error(`no button "${name}"`);
  return button;
}

describe('<wf-content-panel>', () => {
  beforeEach(() => {
    db = uniqueTestDb('content-panel');
  });
  afterEach(async () => {
    db.close();
    await db.delete();
  });

  it('installs a valid pack only after the learner confirms', async () => {
    const panel = await mount();
    await choose(panel, minimalPack());
    expect(await db.packs.count()).to.equal(0);
    expect(panel.shadowRoot!.textContent).to.contain('Tiny pack, version 1.0.0: 2 skills, ready to install.');
    buttonNamed(panel, 'Install').click();
    await waitUntil(async () => (await db.packs.count()) === 1, 'pack not stored', { timeout: 10_000 });
    const stored = await db.packs.get('tiny');
    expect(stored!.version).to.equal('1.0.0');
    expect(stored!.contentHash).to.match(/^sha256:[0-9a-f]{64}$/);
    await waitUntil(() => panel.library!.some((entry) => entry.id === 'tiny' && entry.origin === 'imported'));
  });

  it('upgrades to a newer version and says how much progress is kept', async () => {
    const panel = await mount();
    await choose(panel, minimalPack());
    buttonNamed(panel, 'Install').click();
    await waitUntil(async () => (await db.packs.count()) === 1);
    const next = minimalPack();
    next.version = '1.1.0';
    next.skills.push({ id: 'thirds', name: 'Thirds', description: 'Thirds.', prerequisites: ['halves'], lesson: { explanation: 'Three equal parts.', workedExample: 'One of three.' } });
    next.items.push({ id: 't1', skill: 'thirds', type: 'fraction', stem: 'One of three equal parts?', answer: '1/3', hints: ['Three parts.', 'Take one.'], solution: 'One third.' });
    await choose(panel, next);
    expect(panel.shadowRoot!.textContent).to.contain('Progress is kept on 2 skills; 1 are new and 0 are no longer in the pack.');
    buttonNamed(panel, 'Upgrade').click();
    await waitUntil(async () => (await db.packs.get('tiny'))?.version === '1.1.0', 'not upgraded', { timeout: 10_000 });
  });

  it('refuses an older or equal version and changes nothing', async () => {
    const panel = await mount();
    await choose(panel, minimalPack());
    buttonNamed(panel, 'Install').click();
    await waitUntil(async () => (await db.packs.count()) === 1);
    const before = await snapshot();
    const older = minimalPack();
    older.version = '0.9.0';
    await choose(panel, older);
    expect(panel.shadowRoot!.querySelector('[role="alert"]')!.textContent).to.contain('is not newer than the one installed');
    expect(panel.shadowRoot!.textContent).not.to.contain('Upgrade');
    expect(await snapshot()).to.equal(before);
  });

  const badPacks: Array<[string, unknown, string]> = [
    ['not JSON', '{"id": "broken"', 'The file is not valid JSON'],
    ['a prerequisite that does not exist', (() => { const p = minimalPack(); p.skills[1].prerequisites = ['nowhere']; return p; })(), '$.skills[1].prerequisites[0]'],
    ['a script in a lesson', (() => { const p = minimalPack(); p.skills[0].lesson = { explanation: '<script>alert(1)</script>', workedExample: 'x' }; return p; })(), '$.skills[0].lesson.explanation'],
  ];
  for (const [label, content, expected] of badPacks) {
    it(`lists the problems of a pack with ${label}, and installs nothing`, async () => {
      const panel = await mount();
      const before = await snapshot();
      await choose(panel, content);
      const alert = panel.shadowRoot!.querySelector('[role="alert"]')!;
      expect(alert.textContent).to.contain('This pack cannot be installed, and nothing was changed.');
      expect(alert.textContent).to.contain(expected);
      expect(await snapshot()).to.equal(before);
    });
  }

  it('removes an imported pack', async () => {
    const panel = await mount();
    await choose(panel, minimalPack());
    buttonNamed(panel, 'Install').click();
    await waitUntil(async () => (await db.packs.count()) === 1);
    await waitUntil(() => panel.shadowRoot!.textContent!.includes('Remove Tiny pack'));
    buttonNamed(panel, 'Remove Tiny pack').click();
    await waitUntil(async () => (await db.packs.count()) === 0, 'not removed', { timeout: 10_000 });
  });

  it('is accessible', async () => {
    const panel = await mount();
    await expect(panel).to.be.accessible();
  });
});
