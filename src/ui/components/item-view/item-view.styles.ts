import { css } from 'lit';

export const itemViewStyles = css`
  :host {
    display: block;
  }
  .question {
    font-size: 1.15rem;
    margin-bottom: 0.5rem;
  }
  .question:focus-visible,
  .after:focus-visible {
    outline: 3px solid var(--wf-focus);
    outline-offset: 4px;
  }
  .field {
    display: flex;
    flex-direction: column;
    gap: 0.25rem;
    max-width: 28rem;
  }
  input[type='text'] {
    min-height: var(--wf-target);
    padding: 0 0.75rem;
    border: 1px solid var(--wf-border);
    border-radius: var(--wf-radius);
    background: var(--wf-bg);
    font-size: 1.1rem;
  }
  input.code {
    font-family: ui-monospace, 'Cascadia Mono', 'DejaVu Sans Mono', monospace;
  }
  fieldset {
    border: 1px solid var(--wf-border);
    border-radius: var(--wf-radius);
    padding: 0.5rem 1rem 0.75rem;
    margin: 0;
  }
  legend {
    font-weight: 600;
    padding: 0 0.25rem;
  }
  .choice {
    display: flex;
    align-items: center;
    gap: 0.75rem;
    min-height: var(--wf-target);
    padding: 0.25rem 0;
  }
  .choice .pack-text p {
    margin: 0;
  }
  .ordering ol {
    margin: 0;
    padding-left: 1.5rem;
  }
  .ordering li {
    padding: 0.25rem 0;
  }
  .ordering li > span:first-child {
    margin-right: 0.5rem;
  }
  .moves {
    display: inline-flex;
    gap: 0.25rem;
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: 0.75rem;
    margin-top: 0.75rem;
  }
  .message:empty {
    display: none;
  }
  .message {
    color: var(--wf-danger);
    font-weight: 600;
    margin: 0.5rem 0 0;
  }
  .help,
  .after {
    margin-top: 1rem;
    padding: 0.75rem 1rem;
    border-radius: var(--wf-radius);
    border: 1px solid var(--wf-border);
    background: var(--wf-surface-raised);
  }
  h3 {
    font-size: 1rem;
    margin: 0.5rem 0 0.25rem;
  }
  .verdict {
    font-size: 1.2rem;
    font-weight: 700;
    margin: 0 0 0.5rem;
  }
  .right .verdict {
    color: var(--wf-success);
  }
  .wrong .verdict {
    color: var(--wf-danger);
  }
  .misconception {
    border-left: 4px solid var(--wf-warning);
    padding-left: 0.75rem;
  }
  .level {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.5rem;
  }
  .sheet-wrap {
    overflow-x: auto;
    margin: 0.5rem 0 1rem;
    /* The containing block of the target cell's hidden label (position: absolute): without it
       the label escaped this scroller and a six-column sheet made a phone's page scroll sideways. */
    position: relative;
  }
  .sheet-wrap:focus-visible {
    outline: 3px solid var(--wf-focus);
  }
  .sheet {
    border-collapse: collapse;
    font-variant-numeric: tabular-nums;
  }
  .sheet th,
  .sheet td {
    border: 1px solid var(--wf-border);
    padding: 0.2rem 0.6rem;
    min-width: 3rem;
  }
  .sheet thead th,
  .sheet tbody th {
    background: var(--wf-surface-raised);
    color: var(--wf-text-muted);
    font-weight: 600;
    text-align: center;
  }
  .sheet tr.header td {
    font-weight: 700;
  }
  .sheet td.number {
    text-align: right;
  }
  .sheet td.target {
    outline: 3px solid var(--wf-accent);
    outline-offset: -3px;
    font-family: ui-monospace, 'DejaVu Sans Mono', monospace;
  }
`;
