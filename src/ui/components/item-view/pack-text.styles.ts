import { css } from 'lit';

/**
 * Pack text (sanitized Markdown with KaTeX math) inside a shadow root. KaTeX renders both HTML
 * (for its own stylesheet) and MathML; Chromium draws MathML natively, so we show the MathML and
 * hide KaTeX's HTML copy. That keeps math crisp in every theme, readable by screen readers, and
 * spares the app KaTeX's stylesheet and fonts.
 */
export const packTextStyles = css`
  .pack-text .katex-html {
    display: none;
  }
  .pack-text math {
    font-size: 1.15em;
  }
  .pack-text .math-display {
    margin: 0.75rem 0;
    text-align: center;
  }
  .pack-text img {
    max-width: 100%;
    height: auto;
    background: #ffffff;
    border-radius: 4px;
  }
  .pack-text p {
    margin: 0 0 0.75rem;
  }
  .pack-text code {
    font-family: ui-monospace, 'Cascadia Mono', 'DejaVu Sans Mono', monospace;
    background: var(--wf-surface-raised);
    padding: 0 0.25rem;
    border-radius: 3px;
  }
  .pack-text table {
    border-collapse: collapse;
  }
  .pack-text th,
  .pack-text td {
    border: 1px solid var(--wf-border);
    padding: 0.25rem 0.5rem;
  }
`;
