/**
 * Several conditions at once: AND/OR/NOT on a ticket table, and COUNTIF/SUMIF on a sales table.
 * Conditions test numbers, TRUE/FALSE cells, or an office city (spelled the same in both languages).
 */
import * as v from 'valibot';
import type { Table } from '../table-schema.ts';
import { defineGenerator, type GeneratedItem } from './kind.ts';
import { bool, fx, type PerLocale, type SheetLocale } from './sheet-locale.ts';
import { REGIONS, inLocale, perturb, shown, table } from './sheet-shared.ts';
import { drawSales, salesTable } from './sheet-logic.ts';

const TICKET_HEAD: PerLocale<string[]> = { en: ['Ticket', 'Hours', 'Days open', 'Urgent'], es: ['Incidencia', 'Horas', 'Días abierta', 'Urgente'] };
interface Tickets { ids: number[]; hours: number[]; days: number[]; urgent: boolean[] }
const ticketTable = (loc: SheetLocale, t: Tickets): Table => table(TICKET_HEAD[loc], ...t.ids.map((id, i) => [`T-${id}`, t.hours[i], t.days[i], t.urgent[i]]));

interface Test { formula: (r: number) => string; value: boolean; explain: PerLocale<string> }

const andOrNot = defineGenerator({
  kind: 'sheet-and-or-not',
  summary: 'AND/OR/NOT on a ticket table (hours, days open, urgent): predict TRUE/FALSE, or write a combined test filled down. No params.',
  params: v.strictObject({}),
  locales: ['es'],
  generate(_p, { rng, locale }) {
    const n = rng.int(4, 6);
    const first = rng.int(10, 89) * 10;
    const tk: Tickets = { ids: Array.from({ length: n }, (_, i) => first + i), hours: Array.from({ length: n }, () => rng.int(1, 12)), days: Array.from({ length: n }, () => rng.int(0, 15)), urgent: Array.from({ length: n }, () => rng.next() < 0.5) };
    const variant = rng.int(0, 1);
    const i = rng.int(0, n - 1);
    const r = i + 2;
    const h = rng.int(2, 10);
    const d = rng.int(2, 12);
    const shape = rng.int(0, 3);
    const check: Tickets = { ...tk, hours: tk.hours.map((x, k) => x + ((k * 5) % 4) + 1), days: tk.days.map((x, k) => (x + 3 * k + 2) % 16), urgent: tk.urgent.map((u, k) => (k % 2 === 0 ? !u : u)) };
    return inLocale(locale, (loc): GeneratedItem => {
      const es = loc === 'es';
      const t = ticketTable(loc, tk);
      const id = `T-${tk.ids[i]}`;
      const u = tk.urgent[i];
      const hBig = tk.hours[i] > h;
      const dBig = tk.days[i] >= d;
      const tests: Test[] = [
        { formula: (row) => `=AND(D${row},B${row}>${h})`, value: u && hBig, explain: { en: `AND needs both: urgent is ${bool('en', u)} and ${tk.hours[i]} > ${h} is ${bool('en', hBig)}.`, es: `Y necesita las dos: urgente es ${bool('es', u)} y ${tk.hours[i]} > ${h} es ${bool('es', hBig)}.` } },
        { formula: (row) => `=OR(D${row},C${row}>=${d})`, value: u || dBig, explain: { en: `OR needs at least one: urgent is ${bool('en', u)} and ${tk.days[i]} >= ${d} is ${bool('en', dBig)}.`, es: `O necesita al menos una: urgente es ${bool('es', u)} y ${tk.days[i]} >= ${d} es ${bool('es', dBig)}.` } },
        { formula: (row) => `=NOT(D${row})`, value: !u, explain: { en: `D${r} is ${bool('en', u)}, and NOT turns it round.`, es: `D${r} es ${bool('es', u)}, y NO le da la vuelta.` } },
        { formula: (row) => `=AND(B${row}<=${h},NOT(D${row}))`, value: !hBig && !u, explain: { en: `${tk.hours[i]} <= ${h} is ${bool('en', !hBig)} and NOT(${bool('en', u)}) is ${bool('en', !u)}; AND needs both.`, es: `${tk.hours[i]} <= ${h} es ${bool('es', !hBig)} y NO(${bool('es', u)}) es ${bool('es', !u)}; Y necesita las dos.` } },
      ];
      const test = tests[shape];
      if (variant === 0) {
        const formula = test.formula(r);
        const why = test.explain[loc];
        return {
          type: 'multiple-choice', table: t,
          stem: es ? `¿Qué muestra \`${fx(loc, formula)}\` para la incidencia ${id}?` : `What does \`${formula}\` show for ticket ${id}?`,
          choices: [
            { id: 'true', text: bool(loc, true), ...(test.value ? {} : { feedback: why }) },
            { id: 'false', text: bool(loc, false), ...(test.value ? { feedback: why } : {}) },
          ],
          correct: [test.value ? 'true' : 'false'],
          hints: es ? [`${id} está en la fila ${r}.`, 'Evalúa cada condición por separado y después combínalas.'] : [`${id} is on row ${r}.`, 'Work out each condition on its own, then combine them.'],
          solution: `${why} ${es ? 'Resultado' : 'Result'}: **${bool(loc, test.value)}**.`,
        };
      }
      const both = shape % 2 === 0;
      const answer = both ? `=AND(D2,B2>${h})` : `=OR(D2,C2>=${d})`;
      const other = both ? `=OR(D2,B2>${h})` : `=AND(D2,C2>=${d})`;
      const t2 = ticketTable(loc, check);
      const differs = shown(t, other) !== shown(t, answer) || shown(t2, other) !== shown(t2, answer);
      return {
        type: 'formula', table: t, target: 'E2', fillDown: n - 1, answer, requireFunctions: [both ? 'AND' : 'OR'], checkTables: [t2],
        stem: both
          ? (es ? `En E2, escribe una fórmula que muestre ${bool(loc, true)} cuando la incidencia es urgente **y** lleva más de ${h} horas de trabajo. Se copiará hasta E${n + 1}.` : `In E2, write a formula that shows TRUE when the ticket is urgent **and** has taken more than ${h} hours. It will be filled down to E${n + 1}.`)
          : (es ? `En E2, escribe una fórmula que muestre ${bool(loc, true)} cuando la incidencia es urgente **o** lleva ${d} días o más abierta. Se copiará hasta E${n + 1}.` : `In E2, write a formula that shows TRUE when the ticket is urgent **or** has been open ${d} days or more. It will be filled down to E${n + 1}.`),
        hints: both
          ? (es ? ['Las dos condiciones tienen que cumplirse: usa Y.', `Las condiciones son D2 (ya es ${bool(loc, true)} o ${bool(loc, false)}) y B2>${h}.`] : ['Both conditions must hold: use AND.', `The conditions are D2 (already TRUE or FALSE) and B2>${h}.`])
          : (es ? ['Basta con que se cumpla una: usa O.', `Las condiciones son D2 y C2>=${d}.`] : ['One condition is enough: use OR.', `The conditions are D2 and C2>=${d}.`]),
        solution: es ? `\`${fx(loc, answer)}\`.` : `\`${answer}\`.`,
        misconceptions: differs ? [{ answer: other, feedback: both ? (es ? 'O se cumple con una sola condición; aquí hacen falta las dos: usa Y.' : 'OR is true when either holds; this needs both: use AND.') : (es ? 'Y exige las dos condiciones; aquí basta con una: usa O.' : 'AND needs both; here one is enough: use OR.') }] : [],
      };
    });
  },
});

const countifSumif = defineGenerator({
  kind: 'sheet-countif-sumif',
  summary: 'COUNTIF/SUMIF on a sales table: count over a threshold, total one office, total the office named in a cell, or predict a count. No params.',
  params: v.strictObject({}),
  locales: ['es'],
  generate(_p, { rng, locale }) {
    const n = rng.int(5, 7);
    const s = drawSales(rng, n);
    const variant = rng.int(0, 3);
    const office = s.offices[rng.int(0, n - 1)];
    const cutoff = s.sales[rng.int(0, n - 1)];
    const op = rng.pick(['>', '>=', '<'] as const);
    const last = n + 1;
    const check = (l: SheetLocale) => perturb(salesTable(l, s));
    return inLocale(locale, (loc): GeneratedItem => {
      const es = loc === 'es';
      const t = salesTable(loc, s);
      const name = REGIONS[loc][office];
      const opWords = { en: { '>': 'over', '>=': 'of at least', '<': 'under' }, es: { '>': 'de más de', '>=': 'de al menos', '<': 'de menos de' } }[loc][op];
      if (variant === 0 || variant === 3) {
        const formula = `=COUNTIF(C2:C${last},"${op}${cutoff}")`;
        const count = Number(shown(t, formula));
        if (variant === 3) {
          const strict = op === '>=' ? Number(shown(t, `=COUNTIF(C2:C${last},">${cutoff}")`)) : undefined;
          return {
            type: 'numeric', table: t, answer: count,
            stem: es ? `¿Qué muestra \`${fx(loc, formula)}\`?` : `What does \`${formula}\` show?`,
            hints: es ? [`Cuenta las ventas ${opWords} ${cutoff}.`, `Repasa una por una las ventas de C2 a C${last}.`] : [`Count the sales ${opWords} ${cutoff}.`, `Go through the sales in C2 to C${last} one by one.`],
            solution: es ? `Hay ${count} ventas ${opWords} ${cutoff}.` : `${count} of the sales are ${opWords} ${cutoff}.`,
            misconceptions: strict !== undefined && strict !== count ? [{ answer: String(strict), feedback: es ? `">=" incluye el propio ${cutoff}.` : `">=" includes ${cutoff} itself.` }] : [],
          };
        }
        return {
          type: 'formula', table: t, target: 'F2', answer: formula, requireFunctions: ['COUNTIF'], checkTables: [check(loc)],
          stem: es ? `En F2, escribe una fórmula que cuente cuántos comerciales tienen ventas ${opWords} ${cutoff}.` : `In F2, write a formula that counts how many reps have sales ${opWords} ${cutoff}.`,
          hints: es ? [`Las ventas están en C2:C${last}.`, `El criterio va entre comillas: "${op}${cutoff}".`] : [`The sales are in C2:C${last}.`, `The criterion goes in quotes: "${op}${cutoff}".`],
          solution: es ? `\`${fx(loc, formula)}\` da ${count}.` : `\`${formula}\` gives ${count}.`,
        };
      }
      if (variant === 1) {
        const answer = `=SUMIF(B2:B${last},"${name}",C2:C${last})`;
        return {
          type: 'formula', table: t, target: 'F2', answer, requireFunctions: ['SUMIF'], checkTables: [check(loc)],
          stem: es ? `En F2, escribe una fórmula para el total de ventas de la oficina de **${name}**.` : `In F2, write a formula for the total sales of the **${name}** office.`,
          hints: es ? [`Se comprueban las oficinas (B2:B${last}) y se suman las ventas (C2:C${last}).`, `${fx(loc, 'SUMIF')}(rango que se comprueba; "${name}"; rango que se suma).`] : [`Test the offices in B2:B${last}, add the sales in C2:C${last}.`, `SUMIF(range to test, "${name}", range to add).`],
          solution: es ? `\`${fx(loc, answer)}\` da ${shown(t, answer)}.` : `\`${answer}\` gives ${shown(t, answer)}.`,
          misconceptions: [{ answer: `=SUMIF(C2:C${last},"${name}",B2:B${last})`, feedback: es ? `El primer rango es el que se compara con "${name}" (las oficinas); el tercero, el que se suma (las ventas).` : `The first range is the one tested against "${name}" (the offices); the third is the one added (the sales).` }],
        };
      }
      const withCell = (l: SheetLocale, base: Table): Table => ({ ...base, rows: base.rows.map((row, k) => [...row, null, k === 0 ? (l === 'es' ? 'Oficina elegida' : 'Chosen office') : k === 1 ? REGIONS[l][office] : null]) });
      const answer = `=SUMIF(B2:B${last},F2,C2:C${last})`;
      return {
        type: 'formula', table: withCell(loc, t), target: 'G2', answer, requireFunctions: ['SUMIF'], checkTables: [withCell(loc, check(loc))],
        stem: es ? `F2 contiene el nombre de una oficina. En G2, escribe una fórmula que sume las ventas de la oficina que haya en F2 (si alguien cambia F2, el total debe cambiar).` : `F2 holds an office name. In G2, write a formula that totals the sales of whichever office is in F2 (if someone changes F2, the total follows).`,
        hints: es ? ['El criterio puede ser una celda: no hace falta escribir el nombre entre comillas.', `${fx(loc, 'SUMIF')}(B2:B${last}; F2; C2:C${last}).`] : ['The criterion can be a cell: no need to type the name in quotes.', `SUMIF(B2:B${last}, F2, C2:C${last}).`],
        solution: es ? `\`${fx(loc, answer)}\`: con ${name} en F2 da ${shown(withCell(loc, t), answer)}.` : `\`${answer}\`: with ${name} in F2 it gives ${shown(withCell(loc, t), answer)}.`,
      };
    });
  },
});

export const SHEET_CONDITION_GENERATORS = [andOrNot, countifSumif];
