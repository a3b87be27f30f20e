/**
 * TeX math for Markdown: $...$ inline and $$...$$ display, rendered by KaTeX to HTML + MathML at
 * render time. Math is tokenised before Markdown can touch it (so "\;" or "_" inside TeX are not
 * treated as Markdown). KaTeX runs untrusted: \href, \url, \includegraphics and friends are off.
 */
import katex from 'katex';
import type { MarkedExtension, Tokens } from 'marked';

export function renderTex(tex: string, displayMode: boolean): string {
  return katex.renderToString(tex, {
    displayMode,
    output: 'htmlAndMathml',
    throwOnError: false,
    trust: false,
    strict: 'ignore',
    maxSize: 20,
    maxExpand: 200,
  });
}

interface MathToken extends Tokens.Generic {
  type: 'math-inline' | 'math-block';
  tex: string;
}

const BLOCK = /^\$\$([\s\S]+?)\$\$(?:\n|$)/;
// Inline math: $...$ on one line, not starting or ending with a space (so "$5 and $6" stays text).
const INLINE = /^\$(?!\s)((?:\\\$|[^$\n])+?)(?<!\s)\$(?!\d)/;

export const mathExtension: MarkedExtension = {
  extensions: [
    {
      name: 'math-block',
      level: 'block',
      start: (src: string) => src.indexOf('$$'),
      tokenizer(src: string) {
        const m = BLOCK.exec(src);
        return m ? ({ type: 'math-block', raw: m[0], tex: m[1].trim() } as MathToken) : undefined;
      },
      renderer: (token) => `<div class="math-display">${renderTex((token as MathToken).tex, true)}</div>\n`,
    },
    {
      name: 'math-inline',
      level: 'inline',
      // Skip escaped dollars (\$), which Markdown turns into a literal "$".
      start: (src: string) => src.search(/(?<!\\)\$/),
      tokenizer(src: string) {
        const display = /^\$\$([\s\S]+?)\$\$/.exec(src);
        if (display) return { type: 'math-inline', raw: display[0], tex: display[1].trim(), display: true } as MathToken;
        const m = INLINE.exec(src);
        return m ? ({ type: 'math-inline', raw: m[0], tex: m[1] } as MathToken) : undefined;
      },
      renderer: (token) => renderTex((token as MathToken).tex, Boolean(token.display)),
    },
  ],
};
