import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { ContextProvider } from '@lit/context';
import { householdContext } from '../app/contexts.ts';
import { HouseholdService } from '../../app/coach/index.ts';
import type { WayfindDb } from '../../data/db.ts';
import { applyPlacement } from '../../data/skill-states.ts';
import { uniqueTestDb } from '../../data/testing/seed-database.ts';
import { testCatalogUrl } from './onboarding-test-pack.ts';
import './skill-map-page.ts';
import type { WfSkillMapPage } from './skill-map-page.ts';

let db: WayfindDb;
let service: HouseholdService;

async function mount(): Promise<WfSkillMapPage> {
  const host = await fixture<HTMLDivElement>(html`<div></div>`);
  new ContextProvider(host, { context: householdContext, initialValue: service });
  const page = document.createElement('wf-skill-map-page');
  page.catalogUrl = testCatalogUrl();
  host.append(page);
  await page.updateComplete;
  return page;
}

const mapOf = (page: WfSkillMapPage) => page.shadowRoot!.querySelector('wf-skill-map');

describe('<wf-skill-map-page>', () => {
  beforeEach(async () => {
    db = uniqueTestDb('skill-map-page');
    service = new HouseholdService(db);
    service.start();
    await service.ready;
  });
  afterEach(async () => {
    service.stop();
    await db.delete();
  });

  it('links to the welcome page when there is no learner', async () => {
    const page = await mount();
    expect(page.shadowRoot!.querySelector('a')!.getAttribute('href')).to.equal('/welcome');
  });

  it("shows the current learner's levels, follows changes live, and switches to the list view", async () => {
    const learner = await service.create({ displayName: 'Ana', avatar: 'cat', ageBand: 'adult', language: 'en' });
    const other = await service.create({ displayName: 'Ben', avatar: 'dog', ageBand: 'adult', language: 'en' });
    await applyPlacement(db, other.id, 'test-pack', [{ skillId: 'count', estimate: 0.9, masteryLevel: 'mastered' }]);
    await service.select(learner.id);
    const page = await mount();
    await waitUntil(() => mapOf(page)?.shadowRoot?.querySelector('g.node[data-skill="count"]'), 'map never drawn', { timeout: 10000 });
    const node = () => mapOf(page)!.shadowRoot!.querySelector('g.node[data-skill="count"]')!;
    expect(node().getAttribute('aria-label')).to.equal('Counting: Not started');

    await applyPlacement(db, learner.id, 'test-pack', [{ skillId: 'count', estimate: 0.96, masteryLevel: 'mastered' }]);
    await waitUntil(() => node().getAttribute('aria-label') === 'Counting: Mastered', 'level never updated', { timeout: 10000 });
    expect(page.shadowRoot!.textContent).to.contain('1 of 3 skills mastered');
    await expect(page).to.be.accessible();

    page.shadowRoot!.querySelector<HTMLInputElement>('input[value="list"]')!.click();
    await page.updateComplete;
    await mapOf(page)!.updateComplete;
    expect(mapOf(page)!.view).to.equal('list');
    expect(mapOf(page)!.shadowRoot!.querySelector('li[data-skill="count"] wf-mastery-badge')!.getAttribute('level')).to.equal('mastered');
    await expect(page).to.be.accessible();
  });
});
