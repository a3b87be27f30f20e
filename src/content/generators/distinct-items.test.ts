/**
 * Practice must not run dry or repeat (issue 14): every skill of both built-in packs draws at
 * least 30 distinct items from its generators. An item is distinct by what the learner sees and
 * must answer: its stem, its table and its expected answer, in English and in Spanish.
 */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { expectedResponse } from '../items/check.ts';
import { localizeItem } from '../l10n/localize.ts';
import type { Pack } from '../schema.ts';
import { generateItem } from './registry.ts';

const SEEDS = 200;
const MIN_DISTINCT = 30;
const packsDir = join(dirname(fileURLToPath(import.meta.url)), '../../../content/packs');
const PACKS = ['fractions-3-6.json', 'spreadsheet-formulas.json'].map((file) => JSON.parse(readFileSync(join(packsDir, file), 'utf8')) as Pack);

/** Distinct generated items per skill over the seeds, counted in one locale. */
function distinctPerSkill(pack: Pack, locale: 'en' | 'es'): Map<string, number> {
  const counts = new Map<string, number>();
  for (const skill of pack.skills) {
    const seen = new Set<string>();
    for (const spec of (pack.generators ?? []).filter((g) => g.skill === skill.id)) {
      for (let seed = 0; seed < SEEDS; seed++) {
        const item = localizeItem(generateItem(spec, seed), locale);
        seen.add(JSON.stringify([item.stem, item.table ?? null, expectedResponse(item)]));
      }
    }
    counts.set(skill.id, seen.size);
  }
  return counts;
}

describe.each(PACKS.map((pack) => ({ pack, id: pack.id })))('$id: practice never runs dry', ({ pack }) => {
  it.each(['en', 'es'] as const)(`every skill has at least ${MIN_DISTINCT} distinct generated items over ${SEEDS} seeds (%s)`, (locale) => {
    const counts = distinctPerSkill(pack, locale);
    const short = [...counts].filter(([, n]) => n < MIN_DISTINCT).map(([skill, n]) => `${skill}: ${n}`);
    expect(short, `skills below ${MIN_DISTINCT} distinct items`).toEqual([]);
    expect(counts.size).toBe(pack.skills.length);
  });
});
