import { css } from 'lit';

export const masteryBadgeStyles = css`
  :host {
    display: inline-flex;
    vertical-align: middle;
  }
  .badge {
    display: inline-flex;
    align-items: center;
    gap: 0.35em;
    padding: 0.1em 0.55em 0.1em 0.3em;
    border: 1px solid currentColor;
    border-radius: 999px;
    font-size: 0.875em;
    line-height: 1.5;
    white-space: nowrap;
    color: var(--wf-mastery-color, var(--wf-text-muted));
    background: var(--wf-surface);
  }
  svg {
    width: 1.1em;
    height: 1.1em;
    flex: none;
  }
  .label {
    color: var(--wf-text);
  }
  :host([compact]) .label {
    /* Compact: the text stays for screen readers, the icon carries it on screen (with a title). */
    position: absolute;
    width: 1px;
    height: 1px;
    overflow: hidden;
    clip: rect(0 0 0 0);
    white-space: nowrap;
  }
  :host([compact]) .badge {
    padding: 0.1em;
  }
`;
