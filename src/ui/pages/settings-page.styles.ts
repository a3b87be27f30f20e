import { css } from 'lit';

export const settingsStyles = css`
  :host {
    display: block;
  }
  fieldset {
    border: none;
    margin: 0 0 1rem;
    padding: 0;
  }
  legend {
    font-weight: 600;
    margin-bottom: 0.5rem;
    padding: 0;
  }
  .choices {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem 1.5rem;
  }
  .choices label {
    display: inline-flex;
    align-items: center;
    gap: 0.5rem;
    min-height: var(--wf-target);
    cursor: pointer;
  }
  .field {
    display: grid;
    gap: 0.5rem;
    justify-items: start;
  }
  .field label {
    font-weight: 600;
  }
  p {
    margin: 0 0 0.75rem;
  }
`;
