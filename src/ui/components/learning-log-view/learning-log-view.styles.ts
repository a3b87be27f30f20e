import { css } from 'lit';

/** Tables and print rules shared by the learning log and the term report. */
export const recordStyles = css`
  :host {
    display: block;
  }
  table {
    border-collapse: collapse;
    width: 100%;
    margin-bottom: 1rem;
  }
  caption {
    text-align: left;
    font-weight: 700;
    padding-bottom: 0.25rem;
  }
  th,
  td {
    padding: 0.4rem 0.5rem;
    border-bottom: 1px solid var(--wf-border);
    text-align: left;
    vertical-align: top;
  }
  td.number,
  th.number {
    text-align: right;
    font-variant-numeric: tabular-nums;
  }
  .wrap {
    overflow-x: auto;
  }
  .note {
    white-space: pre-wrap;
    overflow-wrap: anywhere;
  }
  fieldset {
    border: 1px solid var(--wf-border);
    border-radius: var(--wf-radius);
    margin: 0 0 1rem;
  }
  .actions {
    display: flex;
    gap: 0.5rem;
    flex-wrap: wrap;
  }
  @media print {
    .no-print,
    form,
    button {
      display: none !important;
    }
    .wrap {
      overflow: visible;
    }
    table {
      font-size: 10pt;
    }
    tr,
    li {
      break-inside: avoid;
    }
    thead {
      display: table-header-group;
    }
    h2,
    h3,
    caption {
      break-after: avoid;
    }
    th,
    td {
      border-bottom: 1px solid #999;
      color: #000;
    }
    a {
      color: #000;
      text-decoration: none;
    }
  }
`;
