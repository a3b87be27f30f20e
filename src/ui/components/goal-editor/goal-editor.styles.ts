import { css } from 'lit';

export const goalEditorStyles = css`
  :host {
    display: block;
  }
  /* minmax(0, 1fr): a long credential name in the select must not widen the form past a phone screen. */
  form {
    display: grid;
    grid-template-columns: minmax(0, 1fr);
    gap: 1rem;
  }
  fieldset {
    margin: 0;
    padding: 0.5rem 0.75rem 0.75rem;
    border: 1px solid var(--wf-border);
    border-radius: var(--wf-radius);
  }
  legend {
    font-weight: 600;
    padding: 0 0.25rem;
  }
  .choices {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25rem 1.5rem;
  }
  .skills {
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(14rem, 1fr));
    gap: 0.25rem 1rem;
    max-height: 18rem;
    overflow: auto;
  }
  label {
    display: inline-flex;
    align-items: center;
    gap: 0.5rem;
    min-height: var(--wf-target);
  }
  .field {
    display: grid;
    grid-template-columns: minmax(0, 1fr);
    gap: 0.25rem;
    justify-items: start;
  }
  .field label {
    min-height: auto;
    font-weight: 600;
  }
  input[type='number'],
  input[type='date'],
  input[type='text'] {
    min-height: var(--wf-target);
    padding: 0 0.5rem;
    border: 1px solid var(--wf-border);
    border-radius: var(--wf-radius);
    background: var(--wf-surface);
  }
  input[type='text'] {
    width: min(100%, 28rem);
  }
  .hint {
    color: var(--wf-text-muted);
    font-size: 0.9rem;
    margin: 0;
  }
  .problem {
    color: var(--wf-danger);
    font-weight: 600;
    margin: 0;
  }
  .problem:empty {
    display: none;
  }
  .actions {
    display: flex;
    gap: 0.75rem;
    flex-wrap: wrap;
  }
`;
