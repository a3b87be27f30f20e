import { LitElement, html, type PropertyValues } from 'lit';
import { msg, updateWhenLocaleChanges } from '@lit/localize';
import uPlot from 'uplot';
import { chartStyles } from './chart.styles.ts';

/** One line or set of bars: a value per category (null where there is nothing to show). */
export interface ChartSeries {
  label: string;
  values: readonly (number | null)[];
  /** How a value reads in the data table (defaults to the number as is). */
  format?: (value: number) => string;
}

export type ChartKind = 'line' | 'bars';

const HEIGHT = 220;
/** Value-axis steps: whole numbers only, so minutes never read as 0.2, 0.4, … */
const WHOLE_STEPS = [1, 2, 5, 10, 15, 20, 25, 30, 50, 60, 100, 120, 200, 250, 500, 1000];

/**
 * `<wf-chart>`: a small uPlot chart that every reader can use. The canvas is hidden from
 * assistive technology; the same figures are a one-sentence summary (the figure's caption) and
 * a data table behind "Show the numbers". Colours come from the theme's CSS variables and are
 * re-read when the theme changes; nothing animates, so reduced motion needs no special case.
 *
 * @property label - what the chart shows; names the figure and captions the table.
 * @property summary - one sentence stating what the figures say (e.g. the trend).
 * @property kind - 'line' (default) or 'bars'.
 * @property categories - the x-axis labels, one per value (e.g. formatted days).
 * @property categoryLabel - the table's heading for the categories (e.g. "Day").
 * @property series - the values to draw (ChartSeries[]).
 * @property yMax - a fixed top of the value axis (e.g. 100 for percentages); otherwise it fits the data.
 */
export class WfChart extends LitElement {
  static override styles = chartStyles;
  static override properties = {
    label: { type: String },
    summary: { type: String },
    kind: { type: String },
    categories: { attribute: false },
    categoryLabel: { type: String, attribute: 'category-label' },
    series: { attribute: false },
    yMax: { type: Number, attribute: 'y-max' },
  };

  declare label: string;
  declare summary: string;
  declare kind: ChartKind;
  declare categories: readonly string[];
  declare categoryLabel: string;
  declare series: readonly ChartSeries[];
  declare yMax: number | undefined;

  #plot: uPlot | undefined;
  #resize: ResizeObserver | undefined;
  #theme: MutationObserver | undefined;

  constructor() {
    super();
    updateWhenLocaleChanges(this);
    this.label = '';
    this.summary = '';
    this.kind = 'line';
    this.categories = [];
    this.categoryLabel = '';
    this.series = [];
    this.yMax = undefined;
  }

  /** The live uPlot instance (for tests), or undefined while disconnected. */
  get plot(): uPlot | undefined {
    return this.#plot;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    // The theme is resolved onto <html data-theme>: redraw with the new colours when it changes.
    this.#theme = new MutationObserver(() => this.#rebuild());
    this.#theme.observe(document.documentElement, { attributes: true, attributeFilter: ['data-theme'] });
    if (this.hasUpdated) this.#rebuild();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#theme?.disconnect();
    this.#theme = undefined;
    this.#resize?.disconnect();
    this.#resize = undefined;
    this.#plot?.destroy();
    this.#plot = undefined;
  }

  protected override updated(changed: PropertyValues<this>): void {
    if (changed.has('series') || changed.has('categories') || changed.has('kind') || changed.has('yMax') || !this.#plot) this.#rebuild();
  }

  protected override render() {
    const header = this.categoryLabel || msg('Day');
    return html`
      <figure aria-label=${this.label}>
        <div class="plot" aria-hidden="true"></div>
        <figcaption class="summary">${this.summary}</figcaption>
      </figure>
      <details>
        <summary>${msg('Show the numbers')}</summary>
        <table>
          <caption>${this.label}</caption>
          <thead>
            <tr>
              <th scope="col">${header}</th>
              ${this.series.map((series) => html`<th scope="col">${series.label}</th>`)}
            </tr>
          </thead>
          <tbody>
            ${this.categories.map(
              (category, index) => html`<tr>
                <th scope="row">${category}</th>
                ${this.series.map((series) => html`<td>${this.#cell(series, index)}</td>`)}
              </tr>`,
            )}
          </tbody>
        </table>
      </details>
    `;
  }

  #cell(series: ChartSeries, index: number) {
    const value = series.values[index];
    if (value === null || value === undefined) return html`<span aria-label=${msg('no data')}>–</span>`;
    return series.format ? series.format(value) : String(value);
  }

  /** Builds the uPlot instance from scratch: cheap at dashboard sizes, and simpler than patching options. */
  #rebuild(): void {
    const target = this.renderRoot.querySelector<HTMLElement>('.plot');
    if (!target || !this.isConnected) return;
    this.#plot?.destroy();
    this.#plot = undefined;
    if (this.categories.length === 0 || this.series.length === 0) return;
    const style = getComputedStyle(this);
    const color = (name: string, fallback: string) => style.getPropertyValue(name).trim() || fallback;
    const accent = color('--wf-accent', '#1f5f8b');
    const text = color('--wf-text-muted', '#4a4f55');
    const border = color('--wf-border', '#7d848b');
    const categories = this.categories;
    const xs = categories.map((_, index) => index);
    const yMax = this.yMax;
    const bars = this.kind === 'bars';
    const options: uPlot.Options = {
      width: Math.max(200, target.clientWidth || 600),
      height: HEIGHT,
      cursor: { show: false },
      legend: { show: false },
      select: { show: false, left: 0, top: 0, width: 0, height: 0 },
      scales: {
        x: { time: false, range: (_u, min, max) => [min - 0.5, max + 0.5] },
        y: { range: (_u, _min, max) => [0, yMax ?? Math.max(1, Math.ceil(max * 1.1))] },
      },
      axes: [
        {
          stroke: text,
          grid: { show: false },
          ticks: { stroke: border },
          incrs: [1, 2, 5, 7, 14, 28],
          space: 56,
          values: (_u, splits) => splits.map((split) => (Number.isInteger(split) ? (categories[split] ?? '') : '')),
        },
        // Every chart counts whole things (skills, minutes, percent): ticks fall on whole numbers only.
        { stroke: text, grid: { stroke: border, width: 0.5 }, ticks: { stroke: border }, incrs: WHOLE_STEPS, values: (_u, splits) => splits.map((split) => (Number.isInteger(split) ? String(split) : '')) },
      ],
      series: [
        {},
        ...this.series.map((series, index): uPlot.Series => ({
          label: series.label,
          stroke: accent,
          width: 2,
          // A second series is dashed, so series differ by more than colour.
          dash: index === 0 ? [] : [6, 4],
          fill: bars ? accent : undefined,
          points: { show: !bars && categories.length <= 31, size: 6, fill: accent },
          spanGaps: false,
          paths: bars ? uPlot.paths.bars!({ size: [0.7, 32] }) : undefined,
        })),
      ],
    };
    const data: uPlot.AlignedData = [xs, ...this.series.map((series) => series.values.map((value) => value ?? null))];
    this.#plot = new uPlot(options, data, target);
    this.#resize?.disconnect();
    this.#resize = new ResizeObserver(() => {
      const width = target.clientWidth;
      if (this.#plot && width > 0 && Math.abs(width - this.#plot.width) > 1) this.#plot.setSize({ width, height: HEIGHT });
    });
    this.#resize.observe(target);
  }
}

customElements.define('wf-chart', WfChart);

declare global {
  interface HTMLElementTagNameMap {
    'wf-chart': WfChart;
  }
}
