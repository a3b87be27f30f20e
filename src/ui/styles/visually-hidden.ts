import { css } from 'lit';

/**
 * Hidden but still read out: the declarations, for a selector of a component's own (wf-app hides
 * its nav labels this way on phones only, inside a media query).
 */
export const visuallyHiddenDeclarations = css`
  position: absolute;
  width: 1px;
  height: 1px;
  overflow: hidden;
  clip-path: inset(50%);
  white-space: nowrap;
`;

/**
 * `.visually-hidden`: text for screen readers only (a table caption, a label the icon already
 * shows). It stays in the accessibility tree, unlike display: none.
 */
export const visuallyHidden = css`
  .visually-hidden {
    ${visuallyHiddenDeclarations}
  }
`;
