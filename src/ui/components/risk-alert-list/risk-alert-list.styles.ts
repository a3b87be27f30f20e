import { css } from 'lit';

export const riskAlertListStyles = css`
  :host {
    display: block;
  }
  ul {
    list-style: none;
    margin: 0;
    padding: 0;
    display: grid;
    gap: 0.75rem;
  }
  li {
    padding: 0.75rem;
    border: 1px solid var(--wf-border);
    border-left: 6px solid var(--wf-warning);
    border-radius: var(--wf-radius);
    background: var(--wf-surface-raised, var(--wf-surface));
  }
  .kind {
    font-weight: 700;
    text-transform: uppercase;
    font-size: 0.8125rem;
    letter-spacing: 0.04em;
  }
  p {
    margin: 0.25rem 0;
  }
  a {
    display: inline-flex;
    align-items: center;
    min-height: var(--wf-target, 44px);
    color: var(--wf-accent);
    font-weight: 600;
  }
  a:focus-visible {
    outline: 3px solid var(--wf-focus);
    outline-offset: 2px;
  }
`;
