import { css } from 'lit';

export const walletStyles = css`
  :host { display: block; }
  .stack { margin: 0 0 1.25rem; }
  h3 { margin: 0 0 0.25rem; font-size: 1.0625rem; }
  .progress { display: flex; flex-wrap: wrap; align-items: center; gap: 0.5rem 0.75rem; margin: 0.25rem 0 0.5rem; }
  progress { width: 12rem; max-width: 100%; height: 0.75rem; accent-color: var(--wf-accent); }
  .meta { color: var(--wf-text-muted); margin: 0.25rem 0; }
  ul.cards { list-style: none; margin: 0; padding: 0; display: grid; gap: 0.75rem; grid-template-columns: repeat(auto-fill, minmax(16rem, 1fr)); }
  .earned { color: var(--wf-success); font-weight: 600; }
`;
