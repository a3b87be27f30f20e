/**
 * Read-aloud text for the tutor's text-to-speech: the author's own readAloud when given,
 * otherwise derived from the stem: Markdown reduced to its words, images to their alt text, and
 * TeX spoken ("\tfrac{3}{4}" as "3 over 4"). Works without a DOM, so it can be tested in Node.
 */
import { lexer, type Token } from 'marked';
import type { Item } from '../schema.ts';
import type { Table } from '../table-schema.ts';

const TEX_WORDS: [RegExp, string][] = [
  [/\\[dt]?frac\{([^{}]*)\}\{([^{}]*)\}/g, ' $1 over $2 '],
  [/(\d+)\s*\\tfrac/g, '$1 and \\tfrac'],
  [/\\times/g, ' times '],
  [/\\div/g, ' divided by '],
  [/\\cdot/g, ' times '],
  [/\\le(q)?\b/g, ' is less than or equal to '],
  [/\\ge(q)?\b/g, ' is greater than or equal to '],
  [/\\ne(q)?\b/g, ' is not equal to '],
  [/\\square/g, ' blank '],
  [/\\(quad|qquad|;|,|!|:)/g, ' '],
  [/\\text\{([^{}]*)\}/g, ' $1 '],
  [/\\sqrt\{([^{}]*)\}/g, ' the square root of $1 '],
  [/\^\{?2\}?/g, ' squared '],
  [/\^\{?([^{}\s]+)\}?/g, ' to the power $1 '],
  [/</g, ' is less than '],
  [/>/g, ' is greater than '],
  [/=/g, ' equals '],
  [/(?<=\s|\d)-(?=\s|\d)/g, ' minus '],
  [/\+/g, ' plus '],
  [/\\[a-zA-Z]+/g, ' '],
  [/[{}]/g, ' '],
];

/** TeX as words a speech synthesiser can say. */
export function speakTex(tex: string): string {
  let text = tex;
  // Mixed numbers first ("2\tfrac{1}{3}" is "2 and 1 over 3"), before fractions become words.
  for (let i = 0; i < 3; i++) text = text.replace(TEX_WORDS[1][0], TEX_WORDS[1][1]);
  for (const [pattern, words] of TEX_WORDS) text = text.replace(pattern, words);
  return text.replace(/\s+/g, ' ').trim();
}

function tokenText(tokens: readonly Token[]): string {
  return tokens.map((t) => {
    if (t.type === 'image') return ` ${t.text} `;
    if (t.type === 'codespan') return ` ${t.text} `;
    if (t.type === 'html') return ' ';
    if ('tokens' in t && Array.isArray(t.tokens)) return tokenText(t.tokens as Token[]) + (t.type === 'paragraph' || t.type === 'heading' ? '. ' : '');
    if (t.type === 'list') return (t.items as { tokens: Token[] }[]).map((item) => tokenText(item.tokens)).join('. ');
    if ('text' in t && typeof t.text === 'string') return t.text;
    return ' ';
  }).join('');
}

/** Markdown with math, as plain speakable text. */
export function speakMarkdown(markdown: string): string {
  const withMath = markdown
    .replace(/\$\$([\s\S]+?)\$\$/g, (_m, tex: string) => ` ${speakTex(tex)}. `)
    .replace(/\$([^$\n]+?)\$/g, (_m, tex: string) => ` ${speakTex(tex)} `);
  return tokenText(lexer(withMath))
    .replace(/[*_`#>]/g, ' ')
    .replace(/\s+([.,?!])/g, '$1')
    .replace(/([.?!:])(\s*\.)+/g, '$1')
    .replace(/\s+/g, ' ')
    .trim();
}

function describeTable(table: Table): string {
  const rows = table.rows.length - (table.header ? 1 : 0);
  const headings = table.header ? table.rows[0].filter((c) => typeof c === 'string' && c.trim()).join(', ') : '';
  return `The table has ${rows} ${rows === 1 ? 'row' : 'rows'}${headings ? `, with the columns ${headings}` : ''}.`;
}

/** The text the tutor reads aloud for an item. */
export function readAloudText(item: Item): string {
  if (item.readAloud) return item.readAloud;
  const parts = [speakMarkdown(item.stem)];
  if (item.table) parts.push(describeTable(item.table));
  const phrase = (markdown: string) => speakMarkdown(markdown).replace(/\.$/, '');
  if (item.type === 'multiple-choice') parts.push(`The choices are: ${item.choices.map((c) => phrase(c.text)).join('; ')}.`);
  if (item.type === 'ordering') parts.push(`Put these in order: ${item.entries.map((e) => phrase(e.text)).join('; ')}.`);
  return parts.join(' ');
}
