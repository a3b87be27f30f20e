import { css } from 'lit';

export const projectEditorStyles = css`
  :host { display: block; }
  form { display: grid; gap: 0.75rem; }
  .field { display: grid; gap: 0.25rem; }
  .field label, legend { font-weight: 600; }
  input[type='text'], input[type='date'], textarea {
    min-height: var(--wf-target);
    padding: 0.25rem 0.5rem;
    border: 1px solid var(--wf-border);
    border-radius: var(--wf-radius);
    background: var(--wf-surface);
    max-width: 100%;
    box-sizing: border-box;
  }
  textarea { min-height: 5rem; }
  .dates { display: flex; flex-wrap: wrap; gap: 0.75rem; }
  fieldset { margin: 0; padding: 0.25rem 0.75rem 0.5rem; border: 1px solid var(--wf-border); border-radius: var(--wf-radius); min-width: 0; }
  details { margin: 0.25rem 0; }
  summary { min-height: var(--wf-target); display: flex; align-items: center; cursor: pointer; }
  summary:focus-visible { outline: 3px solid var(--wf-focus); outline-offset: 2px; }
  ul.skills { list-style: none; margin: 0; padding: 0; display: grid; gap: 0.125rem; }
  label.choice { display: inline-flex; align-items: center; gap: 0.4rem; min-height: var(--wf-target); }
  .actions { display: flex; flex-wrap: wrap; gap: 0.5rem; }
  .problem { color: var(--wf-danger); font-weight: 600; margin: 0; }
  .problem:empty { display: none; }
  .hint { color: var(--wf-text-muted); margin: 0; font-size: 0.9rem; }
`;
