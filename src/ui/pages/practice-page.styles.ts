import { css } from 'lit';

export const practicePageStyles = css`
  :host {
    display: block;
  }
  .skill-head {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.75rem;
  }
  .skill-head h2 {
    margin: 0;
  }
  .tag {
    font-size: 0.9rem;
    color: var(--wf-text-muted);
  }
  .model-note {
    margin: 0.5rem 0 1rem;
    padding: 0.5rem 0.75rem;
    border-left: 4px solid var(--wf-warning);
    background: var(--wf-surface-raised);
  }
  .bar {
    display: flex;
    flex-wrap: wrap;
    gap: 0.75rem;
    align-items: center;
    margin-top: 1rem;
  }
  fieldset {
    border: none;
    padding: 0;
    margin: 0 0 1rem;
  }
  legend {
    font-weight: 600;
    margin-bottom: 0.5rem;
  }
  .pack {
    display: flex;
    align-items: center;
    gap: 0.75rem;
    min-height: var(--wf-target);
  }
  .error {
    color: var(--wf-danger);
    font-weight: 600;
  }
  a.button {
    display: inline-flex;
    align-items: center;
    min-height: var(--wf-target);
    font-weight: 600;
  }
`;
