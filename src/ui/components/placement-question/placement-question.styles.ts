import { css } from 'lit';
import { controlStyles } from '../../styles/controls.ts';
// The item view's rules for pack text (MathML shown, KaTeX's HTML copy hidden), so math looks the same here.
import { packTextStyles } from '../item-view/pack-text.styles.ts';

export const placementQuestionStyles = [
  controlStyles,
  packTextStyles,
  css`
    :host {
      display: block;
    }
    h3 {
      margin: 0 0 0.5rem;
      font-size: 1.125rem;
    }
    h3:focus {
      outline: none;
    }
    h3:focus-visible {
      outline: 3px solid var(--wf-focus);
    }
    .stem {
      font-size: 1.125rem;
      margin-bottom: 1rem;
    }
    .stem img {
      max-width: 100%;
      height: auto;
    }
    fieldset {
      border: 1px solid var(--wf-border);
      border-radius: var(--wf-radius);
      margin: 0 0 1rem;
      padding: 0.5rem 1rem;
    }
    legend {
      font-weight: 600;
    }
    .choice {
      display: flex;
      align-items: center;
      gap: 0.5rem;
      min-height: var(--wf-target);
    }
    .field {
      display: grid;
      gap: 0.25rem;
      margin-bottom: 1rem;
      max-width: 24rem;
    }
    input#answer {
      min-height: var(--wf-target);
      padding: 0 0.75rem;
      border: 1px solid var(--wf-border);
      border-radius: var(--wf-radius);
      background: var(--wf-surface);
    }
    .ordering {
      margin: 0;
      padding-inline-start: 1.5rem;
    }
    .ordering li {
      display: flex;
      align-items: center;
      gap: 0.5rem;
      margin: 0.25rem 0;
    }
    .ordering li span {
      flex: 1;
    }
    .table-wrap {
      overflow-x: auto;
      margin-bottom: 1rem;
    }
    table {
      border-collapse: collapse;
    }
    th,
    td {
      border: 1px solid var(--wf-border);
      padding: 0.2rem 0.5rem;
      text-align: start;
    }
    th {
      background: var(--wf-surface-raised);
      font-weight: 600;
    }
    tr.header td {
      font-weight: 700;
    }
    .message {
      min-height: 1.5em;
      color: var(--wf-danger);
      font-weight: 600;
    }
    .actions {
      display: flex;
      flex-wrap: wrap;
      gap: 0.75rem;
    }
  `,
];
