/**
 * Catches TeX that KaTeX cannot render (a typo such as \frac{1}{2 or an unknown command), so an
 * author sees it in content:check instead of a learner seeing red error text.
 */
import katex from 'katex';
import { error, warning, type PathPart, type Problem } from './problems.ts';

const MATH = /\$\$([\s\S]+?)\$\$|\$(?!\s)((?:\\\$|[^$\n])+?)(?<!\s)\$(?!\d)/g;

export function lintTex(markdown: string, path: readonly PathPart[]): Problem[] {
  const problems: Problem[] = [];
  // Code spans and escaped dollars are never math: blank them out (keeping positions).
  const text = markdown.replace(/```[\s\S]*?```|`[^`\n]*`|\\\$/g, (code) => ' '.repeat(code.length));
  for (const m of text.matchAll(MATH)) {
    const tex = m[1] ?? m[2];
    if (/\\\\[a-zA-Z]/.test(tex)) {
      problems.push(warning(path, `The math "${tex.length > 50 ? `${tex.slice(0, 47)}...` : tex}" contains "\\\\" before a command name.`,
        'The backslash may be escaped twice: in JSON write "\\\\tfrac" (which is the TeX \\tfrac), not "\\\\\\\\tfrac".'));
    }
    const after = text[(m.index ?? 0) + m[0].length] ?? '';
    if (/[A-Za-z0-9]/.test(after)) {
      // "$B$7" or "=B2/$B$7" was probably meant as a spreadsheet reference or a price, not math.
      problems.push(warning(path, `"${m[0]}" is read as math but runs straight into "${after}".`,
        'If this is a spreadsheet reference like $B$7 or a price, put it in a code span (`=B2/$B$7`) or escape the dollar as \\$.'));
    }
    try {
      katex.renderToString(tex, { throwOnError: true, strict: 'ignore', trust: false, displayMode: m[1] !== undefined });
    } catch (e) {
      const detail = (e as Error).message.replace(/^KaTeX parse error: /, '');
      problems.push(error(path, `The math "${tex.length > 50 ? `${tex.slice(0, 47)}...` : tex}" cannot be rendered: ${detail}`,
        'Fix the TeX (braces, command names); in JSON every backslash is written twice, as in "$\\\\tfrac{1}{2}$".'));
    }
  }
  return problems;
}

/** Every Markdown field of an item, with its path, for the TeX and safety lints. */
export function itemTexts(item: {
  stem: string; hints: string[]; solution: string; misconceptions?: { feedback: string }[];
  choices?: { text: string; feedback?: string }[]; entries?: { text: string }[];
}, at: PathPart[]): [string, PathPart[]][] {
  const out: [string, PathPart[]][] = [[item.stem, [...at, 'stem']], [item.solution, [...at, 'solution']]];
  item.hints.forEach((h, j) => out.push([h, [...at, 'hints', j]]));
  item.misconceptions?.forEach((m, j) => out.push([m.feedback, [...at, 'misconceptions', j, 'feedback']]));
  item.choices?.forEach((c, j) => {
    out.push([c.text, [...at, 'choices', j, 'text']]);
    if (c.feedback) out.push([c.feedback, [...at, 'choices', j, 'feedback']]);
  });
  item.entries?.forEach((e, j) => out.push([e.text, [...at, 'entries', j, 'text']]));
  return out;
}
