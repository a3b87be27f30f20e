import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { listCredentials } from '../../../data/credentials.ts';
import type { WayfindDb } from '../../../data/db.ts';
import { createLearner } from '../../../data/learners.ts';
import { listProjects } from '../../../data/projects.ts';
import { uniqueTestDb } from '../../../data/testing/seed-database.ts';
import { samplePortfolioZip } from '../../../app/portfolio/portfolio-fixtures.testing.ts';
import './portfolio-import.ts';
import type { WfPortfolioImport } from './portfolio-import.ts';

const databases: WayfindDb[] = [];
afterEach(async () => {
  while (databases.length) await databases.pop()!.delete();
});

async function mount() {
  const db = uniqueTestDb('portfolio-import');
  databases.push(db);
  const learner = await createLearner(db, { displayName: 'Ada', avatar: 'owl', ageBand: 'adult', language: 'en' });
  const element = await fixture<WfPortfolioImport>(html`<wf-portfolio-import .db=${db} .learner=${learner}></wf-portfolio-import>`);
  return { db, learner, element, root: element.shadowRoot! };
}

function choose(root: ShadowRoot, bytes: Uint8Array, name = 'portfolio.zip') {
  const input = root.querySelector<HTMLInputElement>('#portfolio-file')!;
  const transfer = new DataTransfer();
  transfer.items.add(new File([bytes as Uint8Array<ArrayBuffer>], name, { type: 'application/zip' }));
  input.files = transfer.files;
  input.dispatchEvent(new Event('change'));
}

describe('<wf-portfolio-import>', () => {
  it('checks a portfolio, shows what will be added, and stores it only when confirmed', async () => {
    const { db, learner, root } = await mount();
    choose(root, await samplePortfolioZip());
    await waitUntil(() => root.textContent!.includes('What will be added'), 'no preview', { timeout: 15000 });
    expect(root.textContent).to.contain('Credential: Fractions: equivalence and comparison');
    expect(root.textContent).to.contain('Project: Recipe scaling (files: 1)');
    expect(await listCredentials(db, learner.id)).to.have.length(0);
    [...root.querySelectorAll('button')].find((b) => b.textContent!.trim() === 'Add to my portfolio')!.click();
    await waitUntil(() => root.querySelector('.done'), 'not stored', { timeout: 10000 });
    expect(root.querySelector('.done')!.textContent).to.contain('Added. Credentials: 2. Projects: 1.');
    expect(await listCredentials(db, learner.id)).to.have.length(2);
    expect(await listProjects(db, learner.id)).to.have.length(1);
  });

  it('says why a bad file cannot be imported and stores nothing', async () => {
    const { db, learner, root, element } = await mount();
    choose(root, new TextEncoder().encode('not a zip'));
    await waitUntil(() => root.querySelector('.problem'), 'no problem shown', { timeout: 10000 });
    expect(root.querySelector('.problem')!.textContent).to.contain('not a readable zip archive');
    expect(await listCredentials(db, learner.id)).to.have.length(0);
    await expect(element).to.be.accessible();
  });
});
