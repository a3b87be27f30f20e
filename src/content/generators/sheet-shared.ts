/**
 * Pieces every spreadsheet generator shares: the item written in the run's locale, the data words
 * per locale, a check table with the same layout and other numbers, and the value a formula shows.
 */
import { Sheet, evaluateFormula } from '../formula/evaluate.ts';
import { isError } from '../formula/values.ts';
import type { Cell, Table } from '../table-schema.ts';
import type { GeneratedItem } from './kind.ts';
import type { PerLocale, SheetLocale } from './sheet-locale.ts';

/**
 * The item for the run's locale. The registry runs a kind once per locale with the same seed, so
 * a generator draws every random value first and then writes the item through this: both runs
 * describe the same table and answer, and differ only in text.
 */
export function inLocale(locale: SheetLocale, build: (loc: SheetLocale) => GeneratedItem): GeneratedItem {
  return build(locale);
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
/**
 * Office cities, spelled the same in English and Spanish: a formula that names one
 * (=SUMIF(B2:B7,"Lima",C2:C7)) is the item's answer in both languages.
 */
const CITIES = ['Madrid', 'Lima', 'Chicago', 'Denver'];
export const REGIONS: Words = { en: CITIES, es: CITIES };

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
