import { css } from 'lit';

/** Shared look for buttons, form controls and focus rings; every target is at least 24 px (44 px here). */
export const controlStyles = css`
  button,
  select,
  input,
  textarea {
    font: inherit;
    color: var(--wf-text);
  }
  button {
    min-height: var(--wf-target);
    min-width: var(--wf-target);
    padding: 0 1rem;
    border-radius: var(--wf-radius);
    border: 1px solid var(--wf-border);
    background: var(--wf-surface);
    cursor: pointer;
  }
  button.primary {
    background: var(--wf-accent);
    border-color: var(--wf-accent);
    color: var(--wf-accent-text);
    font-weight: 600;
  }
  /* A long option or value must not widen a form past a phone screen. */
  select,
  input,
  textarea {
    max-width: 100%;
    box-sizing: border-box;
  }
  fieldset {
    min-width: 0;
  }
  select {
    min-height: var(--wf-target);
    padding: 0 0.75rem;
    border-radius: var(--wf-radius);
    border: 1px solid var(--wf-border);
    background: var(--wf-surface);
  }
  input[type='radio'],
  input[type='checkbox'] {
    width: 24px;
    height: 24px;
    margin: 0;
    /* Beside a label that wraps (a long goal name on a phone), a flex row would squeeze the box
       below 24px, under WCAG 2.2's target size, and out of line with its neighbours. */
    flex: none;
    accent-color: var(--wf-accent);
  }
  a {
    color: var(--wf-accent);
  }
  a:focus-visible,
  button:focus-visible,
  select:focus-visible,
  input:focus-visible,
  textarea:focus-visible {
    outline: 3px solid var(--wf-focus);
    outline-offset: 2px;
  }
`;
