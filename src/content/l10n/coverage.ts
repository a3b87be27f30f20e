/**
 * How much of a pack a learner of a locale reads in their language: the share of learner-facing
 * strings (names, descriptions, criteria, lessons, resource titles, stems, hints, solutions,
 * feedback, choices, entries, image alt text, text in tables, and what the generators write)
 * that have a text in that locale. content:check prints it per pack; the app uses it to say when
 * a pack falls back to its main language.
 */
import { generateItem } from '../generators/registry.ts';
import type { Item, Pack } from '../schema.ts';
import type { Table } from '../table-schema.ts';
import { sameLanguage, translationFor } from './localize.ts';

export interface Coverage { covered: number; total: number }

const hasText = (table: Table | undefined) => table?.rows.some((row) => row.some((c) => typeof c === 'string' && !c.startsWith('='))) ?? false;

/** Counts of one item's learner-facing strings: all of them, and those with a text in `locale`. */
export function itemCoverage(item: Item, locale: string): Coverage {
  const t = translationFor(item.l10n, locale);
  let covered = 0;
  let total = 0;
  const count = (present: boolean, translated: unknown) => {
    if (!present) return;
    total += 1;
    if (translated !== undefined) covered += 1;
  };
  count(true, t?.stem);
  count(true, t?.solution);
  item.hints.forEach((_, i) => count(true, t?.hints?.[i]));
  item.misconceptions?.forEach((_, i) => count(true, t?.misconceptions?.[i]?.feedback));
  count(item.readAloud !== undefined, t?.readAloud);
  count(hasText(item.table), t?.table);
  if (item.type === 'multiple-choice') {
    item.choices.forEach((c, i) => {
      count(true, t?.choices?.[i]?.text);
      count(c.feedback !== undefined, t?.choices?.[i]?.feedback);
    });
  }
  if (item.type === 'ordering') item.entries.forEach((_, i) => count(true, t?.entries?.[i]?.text));
  return { covered, total };
}

function packCounts(pack: Pack, locale: string, generatorSeeds: number): Coverage {
  let covered = 0;
  let total = 0;
  const count = (translated: unknown) => {
    total += 1;
    if (translated !== undefined) covered += 1;
  };
  const tp = translationFor(pack.l10n, locale);
  count(tp?.title);
  count(tp?.description);
  for (const skill of pack.skills) {
    const t = translationFor(skill.l10n, locale);
    count(t?.name);
    count(t?.description);
    count(t?.lesson?.explanation);
    count(t?.lesson?.workedExample);
    skill.lesson.resources?.forEach((_, i) => count(t?.lesson?.resources?.[i]?.title));
    if (skill.lesson.readAloud) count(t?.lesson?.readAloud);
  }
  for (const entry of [...(pack.credentials ?? []), ...(pack.stacks ?? [])]) {
    const t = translationFor(entry.l10n, locale);
    count(t?.name);
    count(t?.description);
    count(t?.criteria);
    if (entry.image) count(t?.image?.alt);
  }
  const add = (item: Item) => {
    const c = itemCoverage(item, locale);
    covered += c.covered;
    total += c.total;
  };
  (pack.items ?? []).forEach(add);
  // A generator weighs as much as one item: its text averaged over the seeds (its templates vary by seed).
  for (const spec of pack.generators ?? []) {
    let seen = 0;
    let c = 0;
    let t = 0;
    for (let seed = 0; seed < generatorSeeds; seed++) {
      try {
        const counts = itemCoverage(generateItem(spec, seed), locale);
        c += counts.covered;
        t += counts.total;
        seen += 1;
      } catch {
        // A broken generator is reported by the checks; it adds nothing here.
      }
    }
    if (seen) {
      covered += c / seen;
      total += t / seen;
    }
  }
  return { covered, total };
}

/**
 * Share (0 to 1, three decimals) of the pack's learner-facing strings that a learner of `locale`
 * reads in their language. A pack written in that language is 1. A generator counts as one item,
 * by what it writes over the first `generatorSeeds` seeds.
 */
export function localeCoverage(pack: Pack, locale: string, generatorSeeds = 3): number {
  if (sameLanguage(pack.language, locale)) return 1;
  const { covered, total } = packCounts(pack, locale, generatorSeeds);
  return total === 0 ? 1 : Math.floor((covered / total) * 1000) / 1000;
}

/** Every locale the pack has any translation for (besides its own language). */
export function packLocales(pack: Pack): string[] {
  const tags = new Set<string>();
  const collect = (entry: { l10n?: Record<string, unknown> }) => Object.keys(entry.l10n ?? {}).forEach((tag) => tags.add(tag));
  [pack, ...pack.skills, ...(pack.items ?? []), ...(pack.credentials ?? []), ...(pack.stacks ?? [])].forEach(collect);
  for (const spec of pack.generators ?? []) {
    try {
      collect(generateItem(spec, 0));
    } catch { /* reported elsewhere */ }
  }
  tags.delete(pack.language);
  return [...tags].sort();
}
