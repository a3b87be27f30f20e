import { expect, fixture, html } from '@open-wc/testing';
import './chart.ts';
import type { WfChart } from './chart.ts';

const SERIES = [{ label: 'Minutes', values: [5, null, 12], format: (value: number) => `${value} min` }];

describe('<wf-chart>', () => {
  it('draws the chart and gives the same figures as a summary and a data table', async () => {
    const chart = await fixture<WfChart>(html`<wf-chart label="Minutes practised per day" summary="You practised 17 minutes over 3 days."
      .categories=${['Mon', 'Tue', 'Wed']} .series=${SERIES}></wf-chart>`);
    const root = chart.shadowRoot!;
    expect(root.querySelector('figure')!.getAttribute('aria-label')).to.equal('Minutes practised per day');
    expect(root.querySelector('figcaption')!.textContent).to.equal('You practised 17 minutes over 3 days.');
    expect(root.querySelector('.plot')!.getAttribute('aria-hidden')).to.equal('true');
    expect(root.querySelector('.plot canvas')).to.exist;
    expect(chart.plot).to.exist;
    expect(root.querySelector('caption')!.textContent).to.equal('Minutes practised per day');
    const rows = [...root.querySelectorAll('tbody tr')].map((row) => [...row.children].map((cell) => cell.textContent!.trim()));
    expect(rows).to.deep.equal([['Mon', '5 min'], ['Tue', '–'], ['Wed', '12 min']]);
    await expect(chart).to.be.accessible();
  });

  it('redraws with new data and destroys the plot when removed', async () => {
    const chart = await fixture<WfChart>(html`<wf-chart kind="bars" label="L" summary="S" .categories=${['a']} .series=${SERIES}></wf-chart>`);
    const first = chart.plot;
    chart.series = [{ label: 'Minutes', values: [3] }];
    await chart.updateComplete;
    expect(chart.plot).to.exist.and.not.equal(first);
    expect(chart.shadowRoot!.querySelectorAll('.plot .uplot').length).to.equal(1);
    chart.remove();
    expect(chart.plot).to.equal(undefined);
    expect(chart.shadowRoot!.querySelector('.plot .uplot')).to.equal(null);
  });

  it('redraws in the new colours when the theme changes', async () => {
    const chart = await fixture<WfChart>(html`<wf-chart label="L" summary="S" .categories=${['a', 'b']} .series=${SERIES}></wf-chart>`);
    const first = chart.plot;
    const previous = document.documentElement.dataset.theme;
    document.documentElement.dataset.theme = 'dark';
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(chart.plot).to.exist.and.not.equal(first);
    if (previous === undefined) delete document.documentElement.dataset.theme;
    else document.documentElement.dataset.theme = previous;
  });
});
