import { css } from 'lit';

export const readAloudStyles = css`
  :host {
    display: block;
    margin: 0.25rem 0 0.75rem;
  }
  button {
    display: inline-flex;
    align-items: center;
    gap: 0.4rem;
  }
  button:disabled {
    opacity: 0.6;
    cursor: not-allowed;
  }
  .note {
    margin: 0.25rem 0 0;
    color: var(--wf-text-muted);
    font-size: 0.875rem;
  }
  button[aria-pressed='true'] {
    background: var(--wf-accent-soft);
  }
  svg {
    width: 1.1rem;
    height: 1.1rem;
    fill: currentColor;
  }
  .transcript {
    margin: 0.5rem 0 0;
    padding: 0.5rem 0.75rem;
    border-radius: var(--wf-radius);
    background: var(--wf-surface-raised);
    line-height: 1.6;
  }
  mark {
    background: var(--wf-accent);
    color: var(--wf-accent-text);
    border-radius: 3px;
    padding: 0 0.1rem;
  }
`;
