import { css } from 'lit';

/** The page's own look; the chooser, the ready card and the item step style themselves. */
export const practicePageStyles = css`
  :host {
    display: block;
  }
  a.button {
    display: inline-flex;
    align-items: center;
    min-height: var(--wf-target);
    font-weight: 600;
  }
`;
