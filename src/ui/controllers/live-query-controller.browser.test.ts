import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { LitElement } from 'lit';
import type { WayfindDb } from '../../data/db.ts';
import { setSetting } from '../../data/settings.ts';
import { uniqueTestDb } from '../../data/testing/seed-database.ts';
import { LiveQueryController } from './live-query-controller.ts';

let database: WayfindDb | undefined;

class SettingCount extends LitElement {
  static override properties = { db: { attribute: false } };
  declare db: WayfindDb;
  renders = 0;
  readonly count = new LiveQueryController(this, () => this.db.settings.count(), () => [this.db]);
  protected override render() {
    this.renders += 1;
    return html`${this.count.loading ? 'loading' : String(this.count.value)}`;
  }
}
customElements.define('test-setting-count', SettingCount);

afterEach(async () => {
  await database?.delete();
  database = undefined;
});

describe('LiveQueryController', () => {
  it('shows the first result, follows changes, and stops listening when disconnected', async () => {
    database = uniqueTestDb('live-controller');
    const db = database;
    const element = await fixture<SettingCount>(html`<test-setting-count .db=${db}></test-setting-count>`);
    await waitUntil(() => !element.count.loading, 'first result', { timeout: 10_000 });
    expect(element.shadowRoot!.textContent).to.contain('0');

    await setSetting(db, 'a', 1);
    await waitUntil(() => element.count.value === 1, 'update after a write', { timeout: 10_000 });
    await element.updateComplete;
    expect(element.shadowRoot!.textContent).to.contain('1');

    element.remove();
    const rendersWhenDetached = element.renders;
    await setSetting(db, 'b', 2);
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(element.count.value).to.equal(1);
    expect(element.renders).to.equal(rendersWhenDetached);
  });

  it('reports a failing query as an error instead of a value', async () => {
    database = uniqueTestDb('live-controller-error');
    const db = database;
    class Failing extends LitElement {
      readonly result = new LiveQueryController(this, () => db.settings.where('nope').equals(1).count());
    }
    customElements.define('test-failing-query', Failing);
    const element = await fixture<Failing>(html`<test-failing-query></test-failing-query>`);
    await waitUntil(() => !element.result.loading, 'settled', { timeout: 10_000 });
    expect(element.result.error).to.be.instanceOf(Error);
    expect(element.result.value).to.equal(undefined);
  });
});
