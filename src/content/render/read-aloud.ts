/**
 * Read-aloud text for the tutor's text-to-speech: the author's own readAloud when given,
 * otherwise derived from the stem: Markdown reduced to its words, images to their alt text, and
 * TeX spoken ("\tfrac{3}{4}" as "3 over 4"). Works without a DOM, so it can be tested in Node.
 */
import { lexer, type Token } from 'marked';
import type { Item } from '../schema.ts';
import type { Table } from '../table-schema.ts';

type Words = [RegExp, string][];

/** TeX spoken in English. */
const TEX_WORDS: Words = [
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

/** TeX spoken in Spanish ("3 sobre 4", "2 y 1 sobre 3"); a decimal comma "0{,}5" is "0,5". */
const TEX_WORDS_ES: Words = [
  [/\\[dt]?frac\{([^{}]*)\}\{([^{}]*)\}/g, ' $1 sobre $2 '],
  [/(\d+)\s*\\tfrac/g, '$1 y \\tfrac'],
  [/\{,\}/g, ','],
  [/\\times/g, ' por '],
  [/\\div/g, ' entre '],
  [/\\cdot/g, ' por '],
  [/\\le(q)?\b/g, ' es menor o igual que '],
  [/\\ge(q)?\b/g, ' es mayor o igual que '],
  [/\\ne(q)?\b/g, ' no es igual a '],
  [/\\square/g, ' casilla '],
  [/\\(quad|qquad|;|,|!|:)/g, ' '],
  [/\\text\{([^{}]*)\}/g, ' $1 '],
  [/\\sqrt\{([^{}]*)\}/g, ' la raíz cuadrada de $1 '],
  [/\^\{?2\}?/g, ' al cuadrado '],
  [/\^\{?([^{}\s]+)\}?/g, ' elevado a $1 '],
  [/</g, ' es menor que '],
  [/>/g, ' es mayor que '],
  [/=/g, ' es igual a '],
  [/(?<=\s|\d)-(?=\s|\d)/g, ' menos '],
  [/\+/g, ' más '],
  [/\\[a-zA-Z]+/g, ' '],
  [/[{}]/g, ' '],
];

const isSpanish = (language: string) => language.toLowerCase().split('-')[0] === 'es';

/** TeX as words a speech synthesiser can say, in English or (language "es") Spanish. */
export function speakTex(tex: string, language = 'en'): string {
  const words = isSpanish(language) ? TEX_WORDS_ES : TEX_WORDS;
  let text = tex;
  // Mixed numbers first ("2\tfrac{1}{3}" is "2 and 1 over 3"), before fractions become words.
  for (let i = 0; i < 3; i++) text = text.replace(words[1][0], words[1][1]);
  for (const [pattern, replacement] of words) text = text.replace(pattern, replacement);
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

/** Markdown with math, as plain speakable text (math in words of `language`, English or Spanish). */
export function speakMarkdown(markdown: string, language = 'en'): string {
  const withMath = markdown
    .replace(/\$\$([\s\S]+?)\$\$/g, (_m, tex: string) => ` ${speakTex(tex, language)}. `)
    .replace(/\$([^$\n]+?)\$/g, (_m, tex: string) => ` ${speakTex(tex, language)} `);
  return tokenText(lexer(withMath))
    .replace(/[*_`#>]/g, ' ')
    .replace(/\s+([.,?!])/g, '$1')
    .replace(/([.?!:])(\s*\.)+/g, '$1')
    .replace(/\s+/g, ' ')
    .trim();
}

function describeTable(table: Table, es: boolean): string {
  const rows = table.rows.length - (table.header ? 1 : 0);
  const headings = table.header ? table.rows[0].filter((c) => typeof c === 'string' && c.trim()).join(', ') : '';
  if (es) return `La tabla tiene ${rows} ${rows === 1 ? 'fila' : 'filas'}${headings ? `, con las columnas ${headings}` : ''}.`;
  return `The table has ${rows} ${rows === 1 ? 'row' : 'rows'}${headings ? `, with the columns ${headings}` : ''}.`;
}

/**
 * The text the tutor reads aloud for an item, in the item's language (`language`: the pack as
 * shown, so a Spanish item is read in Spanish words).
 */
export function readAloudText(item: Item, language = 'en'): string {
  if (item.readAloud) return item.readAloud;
  const es = isSpanish(language);
  const parts = [speakMarkdown(item.stem, language)];
  if (item.table) parts.push(describeTable(item.table, es));
  const phrase = (markdown: string) => speakMarkdown(markdown, language).replace(/\.$/, '');
  if (item.type === 'multiple-choice') parts.push(`${es ? 'Las opciones son' : 'The choices are'}: ${item.choices.map((c) => phrase(c.text)).join('; ')}.`);
  if (item.type === 'ordering') parts.push(`${es ? 'Ordena' : 'Put these in order'}: ${item.entries.map((e) => phrase(e.text)).join('; ')}.`);
  return parts.join(' ');
}
