import { expect, fixture, html } from '@open-wc/testing';
import type { StorageHealth } from '../../../data/storage-health.ts';
import './storage-panel.ts';
import { formatBytes, type WfStoragePanel } from './storage-panel.ts';

describe('<wf-storage-panel>', () => {
  it('shows persistence and usage against quota with a labelled meter', async () => {
    const health: StorageHealth = { persistence: 'best-effort', usageBytes: 900 * 1024 * 1024, quotaBytes: 1024 * 1024 * 1024 };
    const panel = await fixture<WfStoragePanel>(html`<wf-storage-panel .health=${health}></wf-storage-panel>`);
    const text = panel.shadowRoot!.textContent!;
    expect(text).to.contain('Not persistent');
    expect(text).to.contain('Space is running out');
    const meter = panel.shadowRoot!.querySelector('meter')!;
    expect(meter.value).to.equal(health.usageBytes);
    expect(panel.shadowRoot!.querySelector(`label[for="${meter.id}"]`)!.textContent).to.match(/Used 900 MB of 1 GB \(87\.9%\)/);
    expect([...panel.shadowRoot!.querySelectorAll('button')].map((button) => button.textContent!.trim())).to.include('Ask the browser to keep Wayfind’s data');
  });

  it('reads the real browser figures when none are given', async () => {
    const panel = await fixture<WfStoragePanel>(html`<wf-storage-panel></wf-storage-panel>`);
    await panel.refresh();
    expect(panel.health!.quotaBytes).to.be.greaterThan(0);
    expect(['persistent', 'best-effort']).to.include(panel.health!.persistence);
  });

  it('formats bytes in readable units', () => {
    expect(formatBytes(512)).to.match(/^512 ?byte/);
    expect(formatBytes(1536)).to.match(/^1\.5 ?kB/);
    expect(formatBytes(5 * 1024 ** 3)).to.match(/^5 ?GB/);
  });
});
