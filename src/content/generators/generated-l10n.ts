/**
 * Generated items in several languages. A kind writes its text for one locale per run; the
 * registry runs it once in English and once per other locale with the same seed (so the same
 * numbers), and this module turns the other run into the item's `l10n.<locale>` block. The two
 * runs must agree on everything but text: a difference is a bug in the kind, and content:check
 * reports it as a generator failure.
 */
import type { ItemTranslationText } from '../l10n/l10n-schema.ts';
import type { GeneratorContext, GeneratorLocale } from './kind.ts';
import type { GeneratedItem } from './kind.ts';
import type { Rng } from './prng.ts';

const formats = new Map<string, Intl.NumberFormat>();
function formatNumber(locale: string, value: number): string {
  let format = formats.get(locale);
  if (!format) {
    format = new Intl.NumberFormat(locale, { useGrouping: false, maximumFractionDigits: 6 });
    formats.set(locale, format);
  }
  return format.format(value);
}

export function generatorContext(id: string, skill: string, rng: Rng, locale: GeneratorLocale): GeneratorContext {
  return {
    id,
    skill,
    rng,
    locale,
    t: (en, es) => (locale === 'es' ? es : en),
    num: (value) => formatNumber(locale, value),
    texNum: (value) => formatNumber(locale, value).replace(',', '{,}'),
  };
}

type Loose = Record<string, unknown>;
const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/** The translation block for `other` (the run in another locale) of the English run `main`. */
export function translationOf(main: GeneratedItem, other: GeneratedItem, locale: string): ItemTranslationText {
  const m = main as unknown as Loose;
  const o = other as unknown as Loose;
  const ids = (list: unknown) => (Array.isArray(list) ? list.map((x: { id?: string }) => x.id) : undefined);
  const structure = ['type', 'answer', 'answers', 'correct', 'correctOrder', 'target', 'unit', 'tolerance', 'requireSimplest', 'form', 'allowDecimal', 'requireUnit', 'fillDown', 'fillRight', 'requireFunctions'];
  for (const key of structure) {
    if (key === 'answers') continue;
    if (!same(m[key], o[key])) throw new Error(`its "${locale}" text changes "${key}" (the runs in each language must differ only in text)`);
  }
  if (!same(ids(m.choices), ids(o.choices)) || !same(ids(m.entries), ids(o.entries))) throw new Error(`its "${locale}" text changes the choices or entries`);
  if (main.hints.length !== other.hints.length || (main.misconceptions?.length ?? 0) !== (other.misconceptions?.length ?? 0)) {
    throw new Error(`its "${locale}" text has a different number of hints or misconceptions`);
  }
  const out: ItemTranslationText = { stem: other.stem, hints: other.hints, solution: other.solution };
  if (other.misconceptions?.length) {
    out.misconceptions = other.misconceptions.map((x, i) => ({ feedback: x.feedback, ...(x.answer !== main.misconceptions![i].answer ? { answer: x.answer } : {}) }));
  }
  if (other.readAloud) out.readAloud = other.readAloud;
  if (other.table && !same(other.table, main.table)) out.table = other.table;
  if (other.type === 'multiple-choice') out.choices = other.choices.map((c) => ({ text: c.text, ...(c.feedback ? { feedback: c.feedback } : {}) }));
  if (other.type === 'ordering') out.entries = other.entries.map((e) => ({ text: e.text }));
  if (other.type === 'short-text' && !same(other.answers, (main as { answers?: string[] }).answers)) out.answers = other.answers;
  return out;
}
