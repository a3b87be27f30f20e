import { css } from 'lit';

/**
 * `.visually-hidden`: text for screen readers only (a table caption, a label the icon already
 * shows). It stays in the accessibility tree, unlike display: none.
 */
export const visuallyHidden = css`
  .visually-hidden {
    position: absolute;
    width: 1px;
    height: 1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }
`;
