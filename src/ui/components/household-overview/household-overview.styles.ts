import { css } from 'lit';

export const householdOverviewStyles = css`
  :host {
    display: block;
  }
  table {
    border-collapse: collapse;
    width: 100%;
  }
  th,
  td {
    padding: 0.5rem;
    border-bottom: 1px solid var(--wf-border);
    text-align: left;
    vertical-align: top;
  }
  td.number {
    font-variant-numeric: tabular-nums;
  }
  .avatar {
    font-size: 1.25rem;
    margin-right: 0.25rem;
  }
  ul {
    margin: 0;
    padding-left: 1.1rem;
  }
  .behind {
    color: var(--wf-danger);
    font-weight: 600;
  }
  .wrap {
    overflow-x: auto;
  }
`;
