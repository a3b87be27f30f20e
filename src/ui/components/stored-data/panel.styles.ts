import { css } from 'lit';
import { visuallyHidden } from '../../styles/visually-hidden.ts';

/** Layout shared by the Settings data panels (backup, storage, what's stored). */
export const panelStyles = [
  visuallyHidden,
  css`
  :host {
    display: block;
  }
  /* Targets stay large even where the theme's --wf-target is not defined (at least 24 px). */
  button {
    min-height: var(--wf-target, 44px);
    min-width: var(--wf-target, 44px);
  }
  section {
    display: grid;
    /* minmax(0, 1fr): a file input or a long word must not widen the panel past a phone screen. */
    grid-template-columns: minmax(0, 1fr);
    gap: 0.75rem;
  }
  input,
  meter {
    max-width: 100%;
    box-sizing: border-box;
  }
  h2,
  h3 {
    margin: 0;
  }
  h2 {
    font-size: 1.25rem;
  }
  h3 {
    font-size: 1.0625rem;
  }
  p {
    margin: 0;
  }
  .row {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem 1rem;
    align-items: center;
  }
  label {
    display: inline-flex;
    gap: 0.5rem;
    align-items: center;
    min-height: 24px;
  }
  input[type='password'],
  input[type='file'],
  input[type='text'] {
    min-height: var(--wf-target, 44px);
    padding: 0 0.5rem;
    border: 1px solid var(--wf-border);
    border-radius: var(--wf-radius);
    background: var(--wf-surface);
  }
  table {
    border-collapse: collapse;
    width: 100%;
  }
  th,
  td {
    text-align: start;
    padding: 0.25rem 0.5rem;
    border-bottom: 1px solid var(--wf-border);
  }
  td.count {
    text-align: end;
    font-variant-numeric: tabular-nums;
  }
  .error {
    color: var(--wf-danger, #b00020);
  }
  .confirm {
    display: grid;
    gap: 0.5rem;
    padding: 0.75rem;
    border: 2px solid var(--wf-danger, #b00020);
    border-radius: var(--wf-radius);
  }
  button.danger {
    border-color: var(--wf-danger, #b00020);
    color: var(--wf-danger, #b00020);
    font-weight: 600;
  }
  fieldset {
    border: 1px solid var(--wf-border);
    border-radius: var(--wf-radius);
    display: grid;
    gap: 0.5rem;
  }
  meter {
    width: min(100%, 24rem);
    height: 24px;
  }
  @media (prefers-reduced-motion: reduce) {
    * {
      transition: none !important;
      animation: none !important;
    }
  }
`,
];
