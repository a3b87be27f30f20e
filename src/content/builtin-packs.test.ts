/**
 * The built-in packs: each passes the full check (200 seeds per generator), meets the issue's
 * size requirements, and the shipped JSON is exactly what the TypeScript sources build.
 */
import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { fractionsPack } from '../../content/sources/fractions/pack.ts';
import { spreadsheetsPack } from '../../content/sources/spreadsheets/pack.ts';
import { packStats, validatePack } from './load.ts';
import { localeCoverage } from './l10n/coverage.ts';
import type { Pack } from './schema.ts';

const packsDir = join(resolve(dirname(fileURLToPath(import.meta.url)), '../..'), 'content', 'packs');
const load = (file: string): unknown => JSON.parse(readFileSync(join(packsDir, file), 'utf8'));

function checked(file: string): Pack {
  const result = validatePack(load(file), { generatorSeeds: 200 });
  expect(result.problems.filter((p) => p.severity === 'error')).toEqual([]);
  expect(result.ok).toBe(true);
  return result.pack!;
}

function practiceCount(pack: Pack, skill: string) {
  return {
    generators: (pack.generators ?? []).filter((g) => g.skill === skill).length,
    items: (pack.items ?? []).filter((i) => i.skill === skill).length,
  };
}

describe('built-in pack: fractions-3-6', () => {
  const pack = checked('fractions-3-6.json');

  it('is built from its sources', () => expect(load('fractions-3-6.json')).toEqual(JSON.parse(JSON.stringify(fractionsPack()))));

  it('has at least 30 skills across 3.NF, 4.NF, 5.NF and 6.NS.A.1', () => {
    expect(pack.skills.length).toBeGreaterThanOrEqual(30);
    const codes = pack.skills.flatMap((s) => s.alignments ?? []).map((a) => a.code);
    for (const cluster of ['3.NF', '4.NF', '5.NF', '6.NS.A.1']) expect(codes.some((c) => c.includes(cluster)), cluster).toBe(true);
    for (const a of pack.skills.flatMap((s) => s.alignments ?? [])) {
      expect(a.framework).toBe('Common Core State Standards for Mathematics');
      expect(a.url).toMatch(/^https:\/\/www\.thecorestandards\.org\/Math\/Content\//);
    }
  });

  it('gives every skill a lesson and a generator or at least 10 items', () => {
    for (const skill of pack.skills) {
      expect(skill.lesson.explanation.length, skill.id).toBeGreaterThan(80);
      expect(skill.lesson.workedExample.length, skill.id).toBeGreaterThan(40);
      const { generators, items } = practiceCount(pack, skill.id);
      expect(generators > 0 || items >= 10, skill.id).toBe(true);
    }
  });

  it('has at least 4 credentials and a stack of them', () => {
    expect(pack.credentials!.length).toBeGreaterThanOrEqual(4);
    expect(pack.stacks![0].requires.length).toBe(pack.credentials!.length);
  });
});

describe('built-in pack: spreadsheet-formulas', () => {
  const pack = checked('spreadsheet-formulas.json');

  it('is built from its sources', () => expect(load('spreadsheet-formulas.json')).toEqual(JSON.parse(JSON.stringify(spreadsheetsPack()))));

  it('has at least 20 skills, each with a lesson and practice on a table', () => {
    expect(pack.skills.length).toBeGreaterThanOrEqual(20);
    for (const skill of pack.skills) {
      const { generators, items } = practiceCount(pack, skill.id);
      expect(generators + items, skill.id).toBeGreaterThanOrEqual(3);
    }
    const tabled = (pack.items ?? []).filter((i) => i.table).length;
    expect(tabled / (pack.items ?? []).length).toBeGreaterThan(0.85);
  });

  it('has at least 3 credentials and a stack', () => {
    expect(pack.credentials!.length).toBeGreaterThanOrEqual(3);
    expect(pack.stacks!.length).toBe(1);
  });
});

describe('built-in packs: Spanish titles and descriptions', () => {
  it.each(['fractions-3-6.json', 'spreadsheet-formulas.json'])('%s', (file) => {
    const pack = validatePack(load(file), { generatorSeeds: 1 }).pack!;
    expect(pack.l10n?.es?.title).toBeTruthy();
    expect(pack.l10n?.es?.description).toBeTruthy();
    for (const entry of [...pack.skills, ...pack.credentials!, ...pack.stacks!]) {
      expect(entry.l10n?.es?.name, entry.id).toBeTruthy();
      expect(entry.l10n?.es?.description, entry.id).toBeTruthy();
    }
    const stats = packStats(pack);
    expect(stats.lessons).toBe(stats.skills);
  });
});

describe('built-in pack fractions-3-6 in Spanish', () => {
  it('has a Spanish text for every learner-facing string, generators included (coverage 1)', () => {
    const pack = validatePack(load('fractions-3-6.json'), { generatorSeeds: 1 }).pack!;
    expect(localeCoverage(pack, 'es', 20)).toBe(1);
  });
});
