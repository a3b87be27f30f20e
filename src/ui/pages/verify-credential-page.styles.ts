import { css } from 'lit';

export const verifyCredentialStyles = css`
  :host {
    display: block;
  }
  .field {
    display: flex;
    flex-direction: column;
    gap: 0.5rem;
    margin-bottom: 1rem;
  }
  label {
    font-weight: 600;
  }
  input[type='file'] {
    min-height: var(--wf-target);
  }
  textarea {
    min-height: 8rem;
    padding: 0.5rem;
    border-radius: var(--wf-radius);
    border: 1px solid var(--wf-border);
    background: var(--wf-surface);
    font-family: ui-monospace, monospace;
    font-size: 0.875rem;
  }
  .verdict {
    font-size: 1.125rem;
    font-weight: 600;
    margin: 0 0 0.75rem;
  }
  .verdict.trusted {
    color: var(--wf-success, inherit);
  }
  .verdict.untrusted {
    color: var(--wf-danger, inherit);
  }
  dl {
    display: grid;
    grid-template-columns: max-content 1fr;
    gap: 0.5rem 1rem;
    margin: 0 0 1rem;
  }
  dt {
    font-weight: 600;
  }
  dd {
    margin: 0;
    overflow-wrap: anywhere;
  }
  ul {
    margin: 0;
    padding-left: 1.25rem;
  }
  li {
    margin-bottom: 0.25rem;
    overflow-wrap: anywhere;
  }
`;
