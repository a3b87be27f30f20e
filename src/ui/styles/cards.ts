import { css } from 'lit';

/**
 * A page's sections as cards, the same frame on every page. `.card` frames a panel element that
 * renders its own section inside its shadow root.
 */
export const cardStyles = css`
  section,
  .card {
    display: block;
    margin-bottom: 1.5rem;
    padding: 1rem 1.25rem;
    border: 1px solid var(--wf-border);
    border-radius: var(--wf-radius);
    background: var(--wf-surface);
  }
  h2 {
    margin: 0 0 0.75rem;
    font-size: 1.25rem;
  }
  @media (max-width: 47.99rem) {
    section,
    .card {
      padding: 0.75rem;
    }
  }
`;
