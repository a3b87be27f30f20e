import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import type { CatalogEntry } from '../../../app/content-library.ts';
import type { ModelStatus } from '../../../app/knowledge-model.ts';
import './model-panel.ts';
import type { WfModelPanel } from './model-panel.ts';

const catalog = {
  packs: [
    { id: 'fractions', version: '1.0.0', title: 'Fractions', url: '/content/fractions.json' },
    { id: 'sheets', version: '1.0.0', title: 'Sheets', url: '/content/sheets.json' },
  ],
};
const catalogUrl = `data:application/json,${encodeURIComponent(JSON.stringify(catalog))}`;

async function mount(check: (catalog: CatalogEntry[]) => Promise<ModelStatus[]>): Promise<WfModelPanel> {
  const panel = await fixture<WfModelPanel>(html`<wf-model-panel .catalogUrl=${catalogUrl} .check=${check}></wf-model-panel>`);
  panel.shadowRoot!.querySelector('button')!.click();
  await waitUntil(() => panel.statuses !== null || panel.failure !== '', 'check never finished');
  await panel.updateComplete;
  return panel;
}

describe('<wf-model-panel>', () => {
  it('checks only when asked', async () => {
    let calls = 0;
    const panel = await fixture<WfModelPanel>(html`<wf-model-panel .catalogUrl=${catalogUrl} .check=${async () => { calls += 1; return []; }}></wf-model-panel>`);
    expect(calls).to.equal(0);
    expect(panel.statuses).to.equal(null);
  });

  it('says which packs have the deep model and shows the fallback and its reason for the others', async () => {
    const panel = await mount(async (entries) => {
      expect(entries.map((e) => e.id)).to.deep.equal(['fractions', 'sheets']);
      return [
        { packId: 'fractions', engine: 'dkt', backend: 'wasm', loadMs: 120.4 },
        { packId: 'sheets', engine: 'bkt', reason: 'weights.bin is shorter than model.json says' },
      ];
    });
    const items = [...panel.shadowRoot!.querySelectorAll('li')].map((li) => li.textContent!.replace(/\s+/g, ' ').trim());
    expect(items[0]).to.equal('Fractions: the deep knowledge-tracing model is ready (wasm, loaded in 120 ms).');
    expect(items[1]).to.contain('Sheets: using the simpler model, because the deep model could not load.');
    expect(items[1]).to.contain('weights.bin is shorter than model.json says');
  });

  it('says so when the check itself fails', async () => {
    const panel = await mount(async () => {
      throw new Error('worker crashed');
    });
    expect(panel.shadowRoot!.querySelector('.error')!.textContent).to.contain('could not be checked');
  });

  it('is accessible', async () => {
    const panel = await mount(async () => [{ packId: 'sheets', engine: 'bkt', reason: 'no model' }]);
    await expect(panel).to.be.accessible();
  });
});
