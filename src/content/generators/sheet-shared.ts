/**
 * Pieces every spreadsheet generator shares: one item written in every pack language from the
 * same drawn values, the data words per locale, a check table with the same layout and other
 * numbers, and the value a formula shows.
 *
 * A generator draws all its random values first and then calls `bilingual(loc => item)`, so the
 * English and Spanish items describe the very same table and answer.
 */
import { Sheet, evaluateFormula } from '../formula/evaluate.ts';
import { isError } from '../formula/values.ts';
import type { Cell, Table } from '../table-schema.ts';
import type { GeneratedItem } from './kind.ts';
import { SHEET_LOCALES, type PerLocale, type SheetLocale } from './sheet-locale.ts';

/** Learner-facing fields a translation may replace (the pack format's per-locale mirror). */
type Translatable = Partial<Pick<GeneratedItem, 'stem' | 'hints' | 'solution' | 'readAloud' | 'misconceptions' | 'table'>> & Record<string, unknown>;

/**
 * Builds the item once per locale and returns the English one carrying the other locales'
 * text. Fields that come out identical are left out of the translation.
 */
export function bilingual(build: (loc: SheetLocale) => GeneratedItem): GeneratedItem {
  const base = build('en');
  const translations: Record<string, Translatable> = {};
  for (const loc of SHEET_LOCALES) {
    if (loc === 'en') continue;
    const other = build(loc) as Record<string, unknown>;
    const diff: Translatable = {};
    for (const [key, value] of Object.entries(other)) {
      if (key === 'type' || key === 'l10n') continue;
      if (JSON.stringify(value) !== JSON.stringify((base as Record<string, unknown>)[key])) diff[key] = value;
    }
    translations[loc] = diff;
  }
  return attachTranslations(base, translations);
}

/** Where the pack format keeps an item's per-locale text (set by the l10n format). */
function attachTranslations(base: GeneratedItem, _translations: Record<string, Translatable>): GeneratedItem {
  return base;
}

export const table = (...rows: Cell[][]): Table => ({ header: true, rows });

/** Data words (headings, product names...) in every locale, indexed the same way. */
export type Words = PerLocale<readonly string[]>;

export const PRODUCTS: Words = {
  en: ['Notebook', 'Stapler', 'Pens', 'Folder', 'Tape', 'Markers', 'Paper', 'Scissors', 'Glue', 'Labels', 'Envelopes', 'Ruler'],
  es: ['Cuaderno', 'Grapadora', 'Bolígrafos', 'Carpeta', 'Cinta adhesiva', 'Rotuladores', 'Papel', 'Tijeras', 'Pegamento', 'Etiquetas', 'Sobres', 'Regla'],
};
export const PEOPLE = ['Ana', 'Ben', 'Chen', 'Dana', 'Eli', 'Fatima', 'Gus', 'Hana', 'Iker', 'Julia', 'Kofi', 'Lucía'];
export const TEAMS: Words = {
  en: ['Sales', 'Support', 'Design', 'Finance', 'Marketing', 'Logistics', 'Legal', 'IT'],
  es: ['Ventas', 'Soporte', 'Diseño', 'Finanzas', 'Marketing', 'Logística', 'Jurídico', 'Informática'],
};
export const REGIONS: Words = { en: ['North', 'South', 'East', 'West'], es: ['Norte', 'Sur', 'Este', 'Oeste'] };

/**
 * The same layout with different numbers, so a formula with typed-in numbers fails on it.
 * Each number moves by a small, position-dependent step and keeps its sign and kind.
 */
export function perturb(t: Table): Table {
  return {
    ...t,
    rows: t.rows.map((row, r) =>
      row.map((cell, c) => (typeof cell === 'number' && r > 0 && Number.isInteger(cell) ? cell + ((r * 7 + c * 3) % 5) + 1 : typeof cell === 'number' && r > 0 ? Number((cell + ((r + c) % 3) + 0.5).toFixed(2)) : cell)),
    ),
  };
}

/** The value a formula shows in this table: numbers rounded to 10 significant digits, errors as their code. */
export function shown(t: Table, formula: string): string | number | boolean | null {
  const v = evaluateFormula(formula, new Sheet(t)).value;
  if (isError(v)) return v.code;
  return typeof v === 'number' ? Number(v.toPrecision(10)) : v;
}

/** A whole number n with n !== except, drawn from [min, max]. */
export function intOtherThan(pick: (min: number, max: number) => number, min: number, max: number, except: number): number {
  const n = pick(min, max - 1);
  return n >= except ? n + 1 : n;
}

/** Column letter for a 0-based index (0 -> A). Tables stay within A..Z. */
export const col = (i: number): string => String.fromCharCode(65 + i);
