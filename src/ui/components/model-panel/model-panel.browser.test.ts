import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import type { CatalogEntry } from '../../../app/library/index.ts';
import type { ModelStatus } from '../../../app/practice/knowledge-model.ts';
import type { WayfindDb } from '../../../data/db.ts';
import { deletePackModel, getPackModel, savePackModel } from '../../../data/pack-models.ts';
import { recordPackInstall } from '../../../data/packs.ts';
import { uniqueTestDb } from '../../../data/testing/seed-database.ts';
import type { TrainProgress } from '../../../ml/bridge.ts';
import './model-panel.ts';
import type { TrainPack, WfModelPanel } from './model-panel.ts';

const catalog = {
  packs: [
    { id: 'fractions', version: '1.0.0', title: 'Fractions', url: '/content/fractions.json' },
    { id: 'sheets', version: '1.0.0', title: 'Sheets', url: '/content/sheets.json' },
  ],
};
const catalogUrl = `data:application/json,${encodeURIComponent(JSON.stringify(catalog))}`;

const databases: WayfindDb[] = [];
function freshDb(): WayfindDb {
  const db = uniqueTestDb('model-panel');
  databases.push(db);
  return db;
}
afterEach(async () => {
  while (databases.length > 0) await databases.pop()!.delete();
});

const text = (element: Element): string => element.textContent!.replace(/\s+/g, ' ').trim();
const packItem = (panel: WfModelPanel, title: string): HTMLLIElement | undefined =>
  [...panel.shadowRoot!.querySelectorAll<HTMLLIElement>('li.pack')].find((li) => li.querySelector('h3')?.textContent === title);
const button = (root: Element, label: string): HTMLButtonElement | undefined =>
  [...root.querySelectorAll<HTMLButtonElement>('button')].find((b) => text(b) === label);

interface MountOptions {
  db?: WayfindDb;
  check?: (catalog: CatalogEntry[]) => Promise<ModelStatus[]>;
  reset?: (packId: string) => Promise<void>;
  train?: TrainPack;
}

async function mount(options: MountOptions = {}): Promise<WfModelPanel> {
  const panel = await fixture<WfModelPanel>(html`<wf-model-panel
    .catalogUrl=${catalogUrl}
    .db=${options.db ?? freshDb()}
    .check=${options.check ?? (async () => [])}
    .reset=${options.reset ?? (async () => undefined)}
    .train=${options.train ?? (async () => ({ cancelled: true }) as const)}
  ></wf-model-panel>`);
  await waitUntil(() => panel.shadowRoot!.querySelectorAll('li.pack').length >= 2, 'packs never listed');
  return panel;
}

async function runCheck(panel: WfModelPanel): Promise<void> {
  button(panel.shadowRoot!.querySelector('section')!, 'Check the learning model')!.click();
  await waitUntil(() => panel.statuses !== null || panel.failure !== '', 'check never finished');
  await panel.updateComplete;
}

const TUNED = { baseModelVersion: 'fractions@1.0.0', weights: Float32Array.from([1, 2]).buffer, attemptsUsed: 180, heldOutAucShipped: 0.6312, heldOutAucTuned: 0.6826 };

describe('<wf-model-panel>', () => {
  it('checks only when asked', async () => {
    let calls = 0;
    const panel = await mount({ check: async () => ((calls += 1), []) });
    expect(calls).to.equal(0);
    expect(panel.statuses).to.equal(null);
  });

  it('says which packs have the deep model and shows the fallback and its reason for the others', async () => {
    const panel = await mount({
      check: async (entries) => {
        expect(entries.map((e) => e.id)).to.deep.equal(['fractions', 'sheets']);
        return [
          { packId: 'fractions', engine: 'dkt', backend: 'cpu', loadMs: 120.4, personalized: true },
          { packId: 'sheets', engine: 'bkt', reason: 'weights.bin is shorter than model.json says' },
        ];
      },
    });
    await runCheck(panel);
    const items = [...panel.shadowRoot!.querySelectorAll('ul.statuses li')].map(text);
    expect(items[0]).to.equal('Fractions: the deep knowledge-tracing model is ready (personalized, cpu, loaded in 120 ms).');
    expect(items[1]).to.contain('Sheets: using the simpler model, because the deep model could not load.');
    expect(items[1]).to.contain('weights.bin is shorter than model.json says');
  });

  it('says so when the check itself fails', async () => {
    const panel = await mount({
      check: async () => {
        throw new Error('worker crashed');
      },
    });
    await runCheck(panel);
    expect(panel.shadowRoot!.querySelector('.error')!.textContent).to.contain('could not be checked');
  });

  it('shows a personalized pack with when it learned, from how many answers and its held-out AUC before and after', async () => {
    const db = freshDb();
    await savePackModel(db, 'fractions', TUNED, Date.UTC(2026, 10, 20, 15, 30));
    const panel = await mount({ db });
    await waitUntil(() => packItem(panel, 'Fractions')?.querySelector('dl'), 'tuned figures never shown');
    const fractions = packItem(panel, 'Fractions')!;
    expect(text(fractions.querySelector('.kind')!)).to.equal('Personalized for this household');
    const figures = text(fractions.querySelector('dl')!);
    expect(figures).to.contain('Answers used 180');
    expect(figures).to.contain('shipped 0.631, personalized 0.683');
    expect(figures).to.match(/Last learned .*2026/);
    expect(text(packItem(panel, 'Sheets')!.querySelector('.kind')!)).to.equal('Shipped model');
  });

  it('resets to the shipped model only after confirmation', async () => {
    const db = freshDb();
    await savePackModel(db, 'fractions', TUNED);
    const reset: string[] = [];
    const panel = await mount({ db, reset: async (packId) => void (reset.push(packId), await deletePackModel(db, packId)) });
    await waitUntil(() => packItem(panel, 'Fractions')?.querySelector('dl'), 'tuned figures never shown');
    button(packItem(panel, 'Fractions')!, 'Reset to the shipped model')!.click();
    await panel.updateComplete;
    expect(reset).to.deep.equal([]);
    const confirm = packItem(panel, 'Fractions')!.querySelector('.confirm')!;
    expect(text(confirm)).to.contain('Reset Fractions to the shipped model?');
    button(confirm, 'Keep the personalized model')!.click();
    await panel.updateComplete;
    expect(packItem(panel, 'Fractions')!.querySelector('.confirm')).to.equal(null);
    expect(reset).to.deep.equal([]);

    button(packItem(panel, 'Fractions')!, 'Reset to the shipped model')!.click();
    await panel.updateComplete;
    button(packItem(panel, 'Fractions')!.querySelector('.confirm')!, 'Reset')!.click();
    await waitUntil(() => text(packItem(panel, 'Fractions')!.querySelector('.kind')!) === 'Shipped model', 'never shown as shipped');
    expect(reset).to.deep.equal(['fractions']);
    expect(await getPackModel(db, 'fractions')).to.equal(undefined);
    expect(text(panel.shadowRoot!.querySelector('[role=status]')!)).to.contain('Fractions uses the shipped model again.');
    expect(packItem(panel, 'Fractions')!.querySelector('dl')).to.equal(null);
  });

  it('trains a model for an imported pack with progress, and cancels it', async () => {
    const db = freshDb();
    await recordPackInstall(db, { id: 'mine', version: '1.0.0', contentHash: 'sha256:x', installedAt: 1, source: JSON.stringify({ id: 'mine', title: 'My pack', skills: [{ id: 'a', prerequisites: [] }] }) });
    let report: ((progress: TrainProgress) => void) | undefined;
    let signal: AbortSignal | undefined;
    const train: TrainPack = (packId, options) => {
      expect(packId).to.equal('mine');
      report = options.onProgress;
      signal = options.signal;
      return new Promise((resolve) => options.signal.addEventListener('abort', () => resolve({ cancelled: true })));
    };
    const panel = await mount({ db, train });
    await waitUntil(() => packItem(panel, 'My pack'), 'imported pack never listed');
    expect(text(packItem(panel, 'My pack')!.querySelector('.kind')!)).to.contain('No model of its own yet');
    button(packItem(panel, 'My pack')!, 'Train a model for this pack')!.click();
    await waitUntil(() => report, 'training never started');
    report!({ epoch: 2, epochs: 8, batch: 1, batches: 2, loss: 0.6 });
    await panel.updateComplete;
    const progress = packItem(panel, 'My pack')!.querySelector('progress')!;
    expect(progress.value).to.be.closeTo(1.5 / 8, 1e-9);
    expect(text(packItem(panel, 'My pack')!.querySelector('label')!)).to.equal('Training: pass 2 of 8');
    await expect(panel).to.be.accessible();
    button(packItem(panel, 'My pack')!, 'Cancel training')!.click();
    await waitUntil(() => panel.training === null, 'never cancelled');
    expect(signal!.aborted).to.equal(true);
    await panel.updateComplete;
    expect(text(panel.shadowRoot!.querySelector('[role=status]')!)).to.contain('Training cancelled; nothing was changed.');
    expect(button(packItem(panel, 'My pack')!, 'Train a model for this pack')).to.not.equal(undefined);
  });

  it('is accessible', async () => {
    const db = freshDb();
    await savePackModel(db, 'fractions', TUNED);
    const panel = await mount({ db, check: async () => [{ packId: 'sheets', engine: 'bkt', reason: 'no model' }] });
    await runCheck(panel);
    await waitUntil(() => packItem(panel, 'Fractions')?.querySelector('dl'), 'tuned figures never shown');
    await expect(panel).to.be.accessible();
  });
});
