import { css } from 'lit';

/** The per-pack list of <wf-model-panel>; the rest comes from the shared panel styles. */
export const modelPanelStyles = css`
  ul.packs {
    list-style: none;
    margin: 0;
    padding: 0;
    display: grid;
    gap: 0.75rem;
  }
  li.pack {
    display: grid;
    gap: 0.5rem;
    padding: 0.75rem;
    border: 1px solid var(--wf-border);
    border-radius: var(--wf-radius);
    background: var(--wf-surface);
  }
  .kind {
    font-weight: 600;
  }
  dl {
    display: grid;
    grid-template-columns: max-content minmax(0, 1fr);
    gap: 0.25rem 1rem;
    margin: 0;
  }
  dt {
    color: var(--wf-text-muted);
  }
  dd {
    margin: 0;
    font-variant-numeric: tabular-nums;
  }
  .training {
    display: grid;
    gap: 0.5rem;
  }
  progress {
    width: min(100%, 24rem);
    height: 24px;
    accent-color: var(--wf-accent);
  }
`;
