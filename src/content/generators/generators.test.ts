/** Generators: a seed always gives the same item; seeds give varied items; every kind is answerable. */
import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { checkAnswer, expectedResponse } from '../items/check.ts';
import { ItemSchema } from '../schema.ts';
import { mulberry32, seedFor } from './prng.ts';
import { GENERATOR_KINDS, generateItem } from './registry.ts';
import { localizeItem } from '../l10n/localize.ts';
import { itemCoverage } from '../l10n/coverage.ts';

/** One spec per kind (with its required parameters), as a pack would write it. */
const SPECS = [...GENERATOR_KINDS.keys()].map((kind) => ({
  id: `test-${kind}`,
  skill: 'skill',
  kind,
  params: ({
    'mixed-number-convert': { direction: 'to-mixed' },
    'compare-fractions': { mode: 'unlike' },
    'fraction-add-sub': { op: 'subtract', operands: 'mixed-unlike' },
    'fraction-multiply': { operands: 'fraction-times-fraction' },
    'fraction-divide': { operands: 'fraction-by-fraction' },
    'tenths-hundredths': { mode: 'add' },
  } as Record<string, Record<string, unknown>>)[kind] ?? {},
}));

describe('mulberry32', () => {
  it('is deterministic for a seed and stays in [0, 1)', () => {
    const a = mulberry32(42);
    const b = mulberry32(42);
    const first = Array.from({ length: 1000 }, () => a.next());
    expect(Array.from({ length: 1000 }, () => b.next())).toEqual(first);
    expect(first.every((x) => x >= 0 && x < 1)).toBe(true);
    expect(new Set(first).size).toBeGreaterThan(990);
  });

  it('gives different streams for different seeds and generator ids', () => {
    expect(mulberry32(1).next()).not.toBe(mulberry32(2).next());
    expect(seedFor('a', 1)).not.toBe(seedFor('b', 1));
  });

  it('int() covers its whole range, both ends included', () => {
    const rng = mulberry32(7);
    const seen = new Set(Array.from({ length: 500 }, () => rng.int(2, 6)));
    expect([...seen].sort()).toEqual([2, 3, 4, 5, 6]);
  });
});

describe('generators', () => {
  it('the registry has fraction and spreadsheet kinds', () => {
    expect(GENERATOR_KINDS.size).toBeGreaterThanOrEqual(15);
    expect(GENERATOR_KINDS.has('fraction-add-sub')).toBe(true);
    expect(GENERATOR_KINDS.has('sheet-aggregate')).toBe(true);
  });

  it.each(SPECS)('$kind: the same seed gives the same item', (spec) => {
    for (const seed of [0, 1, 99, 123456]) {
      expect(generateItem(spec, seed)).toEqual(generateItem(spec, seed));
    }
  });

  it.each(SPECS)('$kind: different seeds give varied items', (spec) => {
    const stems = new Set(Array.from({ length: 40 }, (_, seed) => JSON.stringify(generateItem(spec, seed))));
    expect(stems.size).toBeGreaterThanOrEqual(5);
  });

  it.each(SPECS)('$kind: items are well formed and accept their own answer', (spec) => {
    for (let seed = 0; seed < 100; seed++) {
      const item = v.parse(ItemSchema, generateItem(spec, seed));
      expect(checkAnswer(item, expectedResponse(item)).correct, `seed ${seed}`).toBe(true);
      expect(item.hints.length).toBeGreaterThanOrEqual(2);
      for (const m of item.misconceptions ?? []) expect(checkAnswer(item, m.answer).correct, `seed ${seed} ${m.answer}`).toBe(false);
    }
  });

  it('keeps generated maths right (spot checks)', () => {
    const add = generateItem({ id: 'g', skill: 's', kind: 'fraction-add-sub', params: { op: 'add', operands: 'unlike' } }, 5);
    const m = /\\tfrac\{(\d+)\}\{(\d+)\} \+ \\tfrac\{(\d+)\}\{(\d+)\}/.exec(add.stem)!;
    const [a, b, c, d] = m.slice(1).map(Number);
    expect(checkAnswer(add, `${a * d + b * c}/${b * d}`).correct).toBe(true);
    expect(checkAnswer(add, `${a + c}/${b + d}`).correct).toBe(false);
  });
});

describe('generated items in Spanish', () => {
  it.each(SPECS)('$kind writes Spanish for every learner-facing string, with the same answer', (spec) => {
    for (let seed = 0; seed < 30; seed++) {
      const item = generateItem(spec, seed);
      const es = localizeItem(item, 'es');
      expect(itemCoverage(item, 'es')).toEqual({ covered: itemCoverage(item, 'es').total, total: itemCoverage(item, 'es').total });
      expect(es.stem).not.toBe(item.stem);
      expect(checkAnswer(es, expectedResponse(es), { locale: 'es' }).correct).toBe(true);
      expect(JSON.stringify(expectedResponse(es))).toBe(JSON.stringify(expectedResponse(item)));
    }
  });

  it('writes decimals with a comma in Spanish and a point in English', () => {
    const spec = { id: 'd', skill: 's', kind: 'compare-decimals', params: {} };
    const item = generateItem(spec, 3);
    expect(item.stem).toMatch(/0\.\d/);
    expect(localizeItem(item, 'es').stem).toMatch(/0\{,\}\d/);
    expect(localizeItem(item, 'es').hints.join(' ')).toMatch(/0,\d/);
  });
});
