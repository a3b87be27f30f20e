import { css } from 'lit';

/** Form layout shared by the coach and records components (a column of labelled fields). */
export const formStyles = css`
  :host {
    display: block;
  }
  form {
    display: grid;
    gap: 0.75rem;
    max-width: 28rem;
  }
  label {
    display: grid;
    gap: 0.25rem;
    font-weight: 600;
  }
  input,
  select,
  textarea {
    min-height: var(--wf-target, 44px);
    padding: 0 0.5rem;
    border: 1px solid var(--wf-border);
    border-radius: var(--wf-radius);
    background: var(--wf-surface);
    box-sizing: border-box;
    max-width: 100%;
  }
  textarea {
    padding: 0.5rem;
    min-height: 5rem;
  }
  .row {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem 1rem;
    align-items: center;
  }
  .error {
    color: var(--wf-danger);
    font-weight: 600;
  }
  .hint {
    color: var(--wf-text-muted);
    font-weight: 400;
    font-size: 0.9375rem;
  }
  button.danger {
    border-color: var(--wf-danger);
    color: var(--wf-danger);
    font-weight: 600;
  }
`;

export const coachLockStyles = css`
  .countdown {
    font-variant-numeric: tabular-nums;
    font-weight: 700;
  }
  .locked {
    padding: 0.75rem;
    border: 2px solid var(--wf-warning);
    border-radius: var(--wf-radius);
  }
`;
