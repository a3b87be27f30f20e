import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { ContextProvider } from '@lit/context';
import { householdContext } from '../app/contexts.ts';
import { HouseholdService } from '../../app/coach/index.ts';
import type { WayfindDb } from '../../data/db.ts';
import { listArtifacts, listProjects } from '../../data/projects.ts';
import { uniqueTestDb } from '../../data/testing/seed-database.ts';
import './projects-page.ts';
import type { WfProjectsPage } from './projects-page.ts';

const databases: WayfindDb[] = [];
const services: HouseholdService[] = [];
afterEach(async () => {
  while (services.length) services.pop()!.stop();
  while (databases.length) await databases.pop()!.delete();
});

async function setUp() {
  const db = uniqueTestDb('projects-page');
  databases.push(db);
  const service = new HouseholdService(db);
  services.push(service);
  service.start();
  await service.ready;
  const learner = await service.create({ displayName: 'Noor', avatar: 'owl', ageBand: '11-13', language: 'en' });
  const host = await fixture<HTMLDivElement>(html`<div></div>`);
  new ContextProvider(host, { context: householdContext, initialValue: service });
  const page = document.createElement('wf-projects-page') as WfProjectsPage;
  page.db = db;
  page.skills = [{ id: 'halves', name: 'Halves', packTitle: 'Fractions' }, { id: 'thirds', name: 'Thirds', packTitle: 'Fractions' }];
  host.append(page);
  await waitUntil(() => page.shadowRoot!.querySelector('wf-project-editor'), 'no editor', { timeout: 10000 });
  const editor = page.shadowRoot!.querySelector('wf-project-editor')!;
  await editor.updateComplete;
  return { db, page, editor: editor.shadowRoot!, learner };
}

function fill(root: ShadowRoot, name: string, value: string) {
  root.querySelector<HTMLInputElement | HTMLTextAreaElement>(`[name="${name}"]`)!.value = value;
}

describe('<wf-projects-page>', () => {
  it('adds a project with dates, a linked skill and a photo stored as a Blob', async () => {
    const { db, page, editor, learner } = await setUp();
    fill(editor, 'title', 'Bridge model');
    fill(editor, 'description', 'Built a bridge from straws.');
    fill(editor, 'startDay', '2026-03-01');
    fill(editor, 'endDay', '2026-03-04');
    editor.querySelector<HTMLInputElement>('input[value="thirds"]')!.checked = true;
    const files = new DataTransfer();
    files.items.add(new File([new Uint8Array([1, 2, 3])], 'bridge.png', { type: 'image/png' }));
    editor.querySelector<HTMLInputElement>('input[type=file]')!.files = files.files;
    editor.querySelector<HTMLButtonElement>('button[type=submit]')!.click();
    await waitUntil(async () => (await listProjects(db, learner.id)).length === 1, 'not saved', { timeout: 10000 });
    const [project] = await listProjects(db, learner.id);
    expect(project).to.include({ title: 'Bridge model', startDay: '2026-03-01', endDay: '2026-03-04' });
    expect(project.skillIds).to.deep.equal(['thirds']);
    await waitUntil(async () => (await listArtifacts(db, project.id)).length === 1, 'file not saved', { timeout: 10000 });
    const [artifact] = await listArtifacts(db, project.id);
    expect(new Uint8Array(await artifact.file.arrayBuffer())).to.deep.equal(new Uint8Array([1, 2, 3]));
    await waitUntil(() => page.shadowRoot!.querySelector('ul.projects img'), 'photo not shown', { timeout: 10000 });
    expect(page.shadowRoot!.querySelector('ul.projects')!.textContent).to.contain('Thirds');
  });

  it('refuses a project without a title or finishing before it started, storing nothing', async () => {
    const { db, editor, learner } = await setUp();
    editor.querySelector<HTMLButtonElement>('button[type=submit]')!.click();
    await waitUntil(() => editor.querySelector('.problem')!.textContent!.includes('title'), 'no title message', { timeout: 10_000 });
    fill(editor, 'title', 'Backwards');
    fill(editor, 'startDay', '2026-03-05');
    fill(editor, 'endDay', '2026-03-01');
    editor.querySelector<HTMLButtonElement>('button[type=submit]')!.click();
    await waitUntil(() => editor.querySelector('.problem')!.textContent!.includes('finish before'), 'no date message', { timeout: 10_000 });
    expect(await listProjects(db, learner.id)).to.have.length(0);
  });

  it('passes axe', async () => {
    const { page } = await setUp();
    await expect(page).to.be.accessible();
  });
});
