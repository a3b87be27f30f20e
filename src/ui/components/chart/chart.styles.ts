import { css } from 'lit';

/**
 * The chart frame, and the few layout rules uPlot's markup needs inside a shadow root. Written
 * here (rather than adopting uplot/dist/uPlot.min.css) so that colours come from the theme and
 * the styles load the same way as every other component's under the app's CSP.
 */
export const chartStyles = css`
  :host {
    display: block;
  }
  figure {
    margin: 0;
  }
  .plot {
    position: relative;
    width: 100%;
    min-height: 12rem;
    color: var(--wf-text-muted);
  }
  .summary {
    margin: 0.5rem 0;
  }
  details {
    margin-top: 0.5rem;
  }
  summary {
    display: inline-flex;
    align-items: center;
    min-height: var(--wf-target);
    cursor: pointer;
    color: var(--wf-accent);
    font-weight: 600;
  }
  summary:focus-visible {
    outline: 3px solid var(--wf-focus);
    outline-offset: 2px;
  }
  table {
    border-collapse: collapse;
    font-variant-numeric: tabular-nums;
  }
  caption {
    text-align: start;
    font-weight: 600;
    padding-bottom: 0.25rem;
  }
  th,
  td {
    padding: 0.25rem 0.75rem 0.25rem 0;
    border-bottom: 1px solid var(--wf-border);
    text-align: start;
  }
  td {
    text-align: end;
  }
  .scroll {
    max-height: 16rem;
    overflow: auto;
  }

  /* uPlot's own elements (class names are uPlot's). */
  .uplot,
  .uplot * {
    box-sizing: border-box;
  }
  .uplot {
    font-family: var(--wf-font);
    line-height: 1.5;
  }
  .u-wrap {
    position: relative;
    user-select: none;
  }
  .u-over,
  .u-under,
  .u-axis {
    position: absolute;
  }
  .u-under {
    overflow: hidden;
  }
  .uplot canvas {
    display: block;
    position: relative;
    width: 100%;
    height: 100%;
  }
  .u-select,
  .u-cursor-x,
  .u-cursor-y,
  .u-cursor-pt,
  .u-legend {
    display: none;
  }
`;
