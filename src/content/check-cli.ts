/**
 * content:check - validate content packs from the command line.
 *
 *   npx tsx src/content/check-cli.ts [FILE...]
 *
 * Prints every problem with its JSON path and a hint, runs every generator for 200 seeds, and
 * ends with one JSON line of figures per pack. Exits 1 when any pack has an error. With no FILE,
 * checks every built-in pack in content/packs/.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { packStats, validatePack, type PackStats } from './load.ts';
import { localeCoverage, packLocales } from './l10n/coverage.ts';
import { sameLanguage } from './l10n/localize.ts';

/** Locales the app speaks; each pack's coverage is reported for these and any the pack adds. */
const APP_LOCALES = ['en', 'es'];
/** Seeds per generator counted for coverage (every kind writes all its text on each seed). */
const COVERAGE_SEEDS = 20;

const GENERATOR_SEEDS = 200;
const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

function builtInPacks(): string[] {
  const dir = join(repoRoot, 'content', 'packs');
  return readdirSync(dir).filter((f) => f.endsWith('.json')).sort().map((f) => join(dir, f));
}

/** Figures for a pack that failed validation, read loosely from the raw JSON. */
function roughStats(text: string, file: string): PackStats {
  let raw: Record<string, unknown> = {};
  try {
    const parsed: unknown = JSON.parse(text);
    if (parsed && typeof parsed === 'object') raw = parsed as Record<string, unknown>;
  } catch { /* not JSON: figures stay zero */ }
  const count = (key: string) => (Array.isArray(raw[key]) ? (raw[key] as unknown[]).length : 0);
  const skills = Array.isArray(raw.skills) ? (raw.skills as { lesson?: unknown }[]) : [];
  return {
    id: typeof raw.id === 'string' ? raw.id : file,
    skills: skills.length,
    lessons: skills.filter((s) => s && typeof s === 'object' && s.lesson).length,
    items: count('items'),
    generators: count('generators'),
    credentials: count('credentials'),
    stacks: count('stacks'),
  };
}

function main(args: string[]): number {
  const files = args.length ? args.map((f) => resolve(f)) : builtInPacks();
  const figures: (PackStats & { errors: number; locales?: Record<string, number> })[] = [];
  for (const file of files) {
    let text: string;
    try {
      text = readFileSync(file, 'utf8');
    } catch (e) {
      console.log(`\n${file}\n  ERROR $: cannot read the file (${(e as Error).message})`);
      figures.push({ ...roughStats('', file), errors: 1 });
      continue;
    }
    const result = validatePack(text, { generatorSeeds: GENERATOR_SEEDS });
    const errors = result.problems.filter((p) => p.severity === 'error').length;
    const warnings = result.problems.length - errors;
    console.log(`\n${file}`);
    for (const p of result.problems) {
      console.log(`  ${p.severity === 'error' ? 'ERROR' : 'warning'} ${p.path}: ${p.message}\n      hint: ${p.hint}`);
    }
    const stats = result.pack ? packStats(result.pack) : roughStats(text, file);
    const pack = result.pack;
    const locales = pack
      ? Object.fromEntries([...new Set([...APP_LOCALES, ...packLocales(pack)])]
        .filter((locale) => !sameLanguage(pack.language, locale)).sort()
        .map((locale) => [locale, localeCoverage(pack, locale, COVERAGE_SEEDS)]))
      : undefined;
    console.log(`  ${errors ? 'FAILED' : 'ok'}: ${stats.skills} skills, ${stats.lessons} lessons, ${stats.items} items, ${stats.generators} generators (${GENERATOR_SEEDS} seeds each), ${stats.credentials} credentials, ${stats.stacks} stacks; ${errors} errors, ${warnings} warnings`);
    if (locales) console.log(`  translations: ${Object.entries(locales).map(([locale, share]) => `${locale} ${(share * 100).toFixed(1)}%`).join(', ') || 'none'}`);
    figures.push({ ...stats, errors, ...(locales ? { locales } : {}) });
  }
  console.log(JSON.stringify({ packs: figures }));
  return figures.some((f) => f.errors > 0) || files.length === 0 ? 1 : 0;
}

process.exitCode = main(process.argv.slice(2));
