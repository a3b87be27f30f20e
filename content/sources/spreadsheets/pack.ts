/** The built-in "Spreadsheet formulas for work" pack: metadata, credentials and the stack. */
import type { Pack } from '../../../src/content/schema.ts';
import { BASICS } from './basics.ts';
import { LOGIC_LOOKUPS } from './logic-lookups.ts';
import { REFERENCES } from './references.ts';
import { TEXT_DATES } from './text-dates.ts';

const sources = [...BASICS, ...REFERENCES, ...LOGIC_LOOKUPS, ...TEXT_DATES];
const ids = (list: typeof sources) => list.map((s) => s.skill.id);

export function spreadsheetsPack(): Pack {
  return {
    format: 'wayfind-pack/1',
    id: 'spreadsheet-formulas',
    version: '1.0.0',
    title: 'Spreadsheet formulas for work',
    description: 'Practical spreadsheet formulas for adults at work: references and ranges, arithmetic, totals and averages, relative and absolute references, IF and logic, COUNTIF/SUMIF, lookups, text, dates, rounding, error values and combining functions. Every exercise shows a small table; you write the formula and it is evaluated on the data. Works the same way in Excel, Google Sheets and LibreOffice Calc (function names in English).',
    language: 'en',
    licence: 'CC BY 4.0',
    authors: [{ name: 'The Wayfind authors' }],
    l10n: {
      es: {
        title: 'Fórmulas de hoja de cálculo para el trabajo',
        description: 'Fórmulas prácticas de hoja de cálculo para adultos en el trabajo: referencias y rangos, aritmética, totales y promedios, referencias relativas y absolutas, SI y lógica, CONTAR.SI/SUMAR.SI, búsquedas, texto, fechas, redondeo, valores de error y combinación de funciones. Cada ejercicio muestra una tabla pequeña; escribe la fórmula y se evalúa con los datos (nombres de funciones en inglés).',
      },
    },
    skills: sources.map((s) => s.skill),
    items: sources.flatMap((s) => s.items),
    generators: sources.flatMap((s) => s.generators),
    credentials: [
      {
        id: 'spreadsheet-foundations',
        name: 'Spreadsheet Foundations',
        description: 'Writes formulas with references, ranges and arithmetic; totals, averages and counts; and copies formulas correctly with relative, absolute and mixed references.',
        criteria: 'Show each of these skills at the level Mastered in Wayfind (correct answers on different items, in at least two practice sessions, the latest without hints) on cells and references, ranges, arithmetic, order of operations, SUM, AVERAGE/MIN/MAX, COUNT/COUNTA, and relative, absolute and mixed references.',
        requires: { skills: [...ids(BASICS), ...ids(REFERENCES)], level: 'mastered' },
        l10n: { es: { name: 'Fundamentos de hojas de cálculo', description: 'Escribe fórmulas con referencias, rangos y aritmética; totales, promedios y conteos; y copia fórmulas correctamente con referencias relativas, absolutas y mixtas.' } },
      },
      {
        id: 'spreadsheet-logic-lookups',
        name: 'Logic and Lookups',
        description: 'Makes decisions in formulas with comparisons, IF, AND/OR/NOT, counts and sums with conditions, and looks values up with VLOOKUP, XLOOKUP and INDEX/MATCH.',
        criteria: 'Show each of these skills at the level Mastered in Wayfind (correct answers on different items, in at least two practice sessions, the latest without hints) on comparisons, IF, AND/OR/NOT, COUNTIF/SUMIF, VLOOKUP, and XLOOKUP with INDEX/MATCH.',
        requires: { skills: ids(LOGIC_LOOKUPS), level: 'mastered' },
        l10n: { es: { name: 'Lógica y búsquedas', description: 'Toma decisiones en fórmulas con comparaciones, SI, Y/O/NO, cuenta y suma con condiciones, y busca valores con BUSCARV, BUSCARX e INDICE/COINCIDIR.' } },
      },
      {
        id: 'spreadsheet-clean-data',
        name: 'Text, Dates and Robust Formulas',
        description: 'Cleans and splits text, calculates with dates, rounds correctly, handles error values and combines functions into complete formulas.',
        criteria: 'Show each of these skills at the level Mastered in Wayfind (correct answers on different items, in at least two practice sessions, the latest without hints) on text extraction, cleaning and joining text, dates, rounding, error values with IFERROR, and combining functions.',
        requires: { skills: ids(TEXT_DATES), level: 'mastered' },
        l10n: { es: { name: 'Texto, fechas y fórmulas robustas', description: 'Limpia y divide texto, calcula con fechas, redondea correctamente, trata los valores de error y combina funciones en fórmulas completas.' } },
      },
    ],
    stacks: [
      {
        id: 'spreadsheet-formulas-for-work',
        name: 'Spreadsheet Formulas for Work',
        description: 'All three spreadsheet credentials: from the first formula to robust, combined formulas on real tables.',
        criteria: 'Earn Spreadsheet Foundations, Logic and Lookups, and Text, Dates and Robust Formulas.',
        requires: ['spreadsheet-foundations', 'spreadsheet-logic-lookups', 'spreadsheet-clean-data'],
        l10n: { es: { name: 'Fórmulas de hoja de cálculo para el trabajo', description: 'Las tres credenciales de hojas de cálculo: de la primera fórmula a fórmulas robustas y combinadas sobre tablas reales.' } },
      },
    ],
  };
}
