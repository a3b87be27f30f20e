/**
 * Robust formulas: recognising error values (named as the locale's spreadsheet shows them) and
 * catching them with IFERROR, and nesting functions into one formula for a real task.
 */
import * as v from 'valibot';
import type { Table } from '../table-schema.ts';
import { defineGenerator, type GeneratedItem } from './kind.ts';
import { fx, num, type PerLocale, type SheetLocale } from './sheet-locale.ts';
import { PRODUCTS, REGIONS, TEAMS, inLocale, perturb, shown, table } from './sheet-shared.ts';
import { catalogueTable, drawCatalogue } from './sheet-lookups.ts';
import { IF_LABELS } from './sheet-logic.ts';

type Code = '#DIV/0!' | '#N/A' | '#VALUE!' | '#NAME?';
const CODES: Code[] = ['#DIV/0!', '#N/A', '#VALUE!', '#NAME?'];
/** How each error value is spelled in the locale's spreadsheet, and what it means. */
const ERROR_NAME: PerLocale<Record<Code, string>> = {
  en: { '#DIV/0!': '#DIV/0!', '#N/A': '#N/A', '#VALUE!': '#VALUE!', '#NAME?': '#NAME?' },
  es: { '#DIV/0!': '#¡DIV/0!', '#N/A': '#N/D', '#VALUE!': '#¡VALOR!', '#NAME?': '#¿NOMBRE?' },
};
const ERROR_MEANING: PerLocale<Record<Code, string>> = {
  en: { '#DIV/0!': 'a division by zero (or by an empty cell)', '#N/A': 'a lookup that found no match', '#VALUE!': 'the wrong kind of value, such as text in a calculation', '#NAME?': 'a function name the spreadsheet does not know, often a typo' },
  es: { '#DIV/0!': 'una división entre cero (o entre una celda vacía)', '#N/A': 'una búsqueda que no encontró coincidencia', '#VALUE!': 'un tipo de valor equivocado, como un texto en una operación', '#NAME?': 'un nombre de función que la hoja no conoce, casi siempre una errata' },
};
const TYPOS: Record<string, string> = { SUM: 'SUMM', AVERAGE: 'AVERAG', COUNT: 'CONT', MAX: 'MAXX' };
const TYPOS_ES: Record<string, string> = { SUM: 'SUMAA', AVERAGE: 'PROMEDO', COUNT: 'CONTRA', MAX: 'MAXX' };

const RATE_HEAD: PerLocale<string[]> = { en: ['Team', 'Tasks done', 'Hours', 'Tasks per hour'], es: ['Equipo', 'Tareas hechas', 'Horas', 'Tareas por hora'] };

const errorValues = defineGenerator({
  kind: 'sheet-error-values',
  summary: 'Error values: which error a drawn formula shows (#DIV/0!, #N/A, #VALUE!, #NAME?), and IFERROR around a division or a lookup. No params.',
  params: v.strictObject({}),
  locales: ['es'],
  generate(_p, { rng, locale }) {
    const n = rng.int(3, 5);
    const variant = rng.int(0, 2);
    const teams = rng.shuffle(TEAMS.en.map((_, i) => i)).slice(0, n);
    const tasks = Array.from({ length: n }, () => rng.int(5, 80));
    const hours = Array.from({ length: n }, () => rng.int(1, 40));
    const zero = rng.int(0, n - 1);
    hours[zero] = 0;
    const code = rng.pick(CODES);
    const typo = rng.pick(Object.keys(TYPOS));
    const c = drawCatalogue(rng, n + 1);
    const missing = `${c.codes[0].slice(0, 2)}${rng.int(10, 19) * 10 - 5}`;
    const hit = rng.int(0, n);
    return inLocale(locale, (loc): GeneratedItem => {
      const es = loc === 'es';
      const rates = table(RATE_HEAD[loc], ...teams.map((k, i) => [TEAMS[loc][k], tasks[i], hours[i], null]));
      if (variant === 0) {
        const r = zero + 2;
        const last = n + 1;
        const formula = {
          '#DIV/0!': `=B${r}/C${r}`,
          '#N/A': `=MATCH("${missing}",A2:A${n + 2},0)`,
          '#VALUE!': `=A${r}+B${r}`,
          '#NAME?': `=${es ? TYPOS_ES[typo] : TYPOS[typo]}(B2:B${last})`,
        }[code];
        const t = code === '#N/A' ? catalogueTable(loc, c, null) : rates;
        const shownFormula = code === '#NAME?' ? formula.replace(/,/g, ';') : fx(loc, formula);
        const why = ERROR_MEANING[loc][code];
        return {
          type: 'multiple-choice', table: t, shuffle: true,
          stem: es ? `¿Qué muestra la celda con \`${shownFormula}\`?` : `What does a cell with \`${formula}\` show?`,
          choices: CODES.map((k) => ({ id: k.replace(/[^A-Z0-9]/g, '').toLowerCase(), text: ERROR_NAME[loc][k], ...(k === code ? {} : { feedback: es ? `${ERROR_NAME.es[k]} indica ${ERROR_MEANING.es[k]}. Aquí hay ${why}.` : `${ERROR_NAME.en[k]} means ${ERROR_MEANING.en[k]}. Here there is ${why}.` }) })),
          correct: [code.replace(/[^A-Z0-9]/g, '').toLowerCase()],
          hints: es ? ['Mira qué hace la fórmula con cada dato que usa.', `¿Hay ${why}?`] : ['Look at what the formula does with each value it uses.', `Is there ${why}?`],
          solution: es ? `Hay ${why}, así que la celda muestra **${ERROR_NAME.es[code]}**.` : `There is ${why}, so the cell shows **${ERROR_NAME.en[code]}**.`,
        };
      }
      if (variant === 1) {
        const answer = '=IFERROR(B2/C2,0)';
        return {
          type: 'formula', table: rates, target: 'D2', fillDown: n - 1, answer, requireFunctions: ['IFERROR'], checkTables: [perturb(rates)],
          stem: es ? `En D2, escribe las tareas por hora (tareas ÷ horas) de forma que salga 0 en lugar de un error cuando las horas sean 0. Se copiará hasta D${n + 1}.` : `In D2, write tasks per hour (tasks ÷ hours) so that it shows 0 instead of an error when the hours are 0. It will be filled down to D${n + 1}.`,
          hints: es ? ['La división es B2/C2.', `Métela dentro de ${fx(loc, 'IFERROR')}(...; 0).`] : ['The division is B2/C2.', 'Wrap it in IFERROR(..., 0).'],
          solution: es ? `\`${fx(loc, answer)}\`: ${TEAMS.es[teams[zero]]} tiene 0 horas y muestra 0 en vez de ${ERROR_NAME.es['#DIV/0!']}.` : `\`${answer}\`: ${TEAMS.en[teams[zero]]} has 0 hours and shows 0 instead of #DIV/0!.`,
          misconceptions: [{ answer: '=B2/C2', feedback: es ? `Correcto en las filas con horas, pero con 0 horas sale ${ERROR_NAME.es['#DIV/0!']}. Rodéalo con ${fx(loc, 'IFERROR')}.` : 'Right where there are hours, but 0 hours gives #DIV/0!. Wrap it in IFERROR.' }],
        };
      }
      const last = n + 2;
      const withLookups = (l: SheetLocale): Table => {
        const base = catalogueTable(l, c, c.codes[hit]);
        base.rows[2][5] = missing;
        return base;
      };
      const t = withLookups(loc);
      const answer = `=IFERROR(VLOOKUP(F2,$A$2:$D$${last},4,FALSE),0)`;
      return {
        type: 'formula', table: t, target: 'G2', fillDown: 1, answer, requireFunctions: ['IFERROR', 'VLOOKUP'], checkTables: [perturb(t)],
        stem: es ? `En G2, busca las existencias del código de F2 (coincidencia exacta) y muestra 0 si el código no está en la lista. Se copiará a G3.` : `In G2, look up the stock for the code in F2 (exact match), showing 0 when the code is not in the list. It will be filled down to G3.`,
        hints: es ? [`Empieza por \`${fx(loc, `VLOOKUP(F2,$A$2:$D$${last},4,FALSE)`)}\`; los signos de dólar mantienen la tabla en su sitio al copiar.`, `Rodéalo con ${fx(loc, 'IFERROR')}(...; 0).`] : [`Start with \`VLOOKUP(F2,$A$2:$D$${last},4,FALSE)\`; the dollar signs keep the table in place when filled down.`, 'Wrap it in IFERROR(..., 0).'],
        solution: es ? `\`${fx(loc, answer)}\`: ${c.codes[hit]} da ${c.stock[hit]} y ${missing}, que no está, da 0.` : `\`${answer}\`: ${c.codes[hit]} gives ${c.stock[hit]}, and ${missing}, which is missing, gives 0.`,
        misconceptions: [{ answer: `=VLOOKUP(F2,$A$2:$D$${last},4,FALSE)`, feedback: es ? `Bien para el primer código, pero ${missing} da ${ERROR_NAME.es['#N/A']}: rodéalo con ${fx(loc, 'IFERROR')}.` : `Right for the first code, but ${missing} gives #N/A: wrap it in IFERROR.` }],
      };
    });
  },
});

const SALES_HEAD: PerLocale<string[]> = { en: ['Office', 'Sales', 'Result'], es: ['Oficina', 'Ventas', 'Resultado'] };

const combining = defineGenerator({
  kind: 'sheet-combining-functions',
  summary: 'Nested functions on a sales list: a rounded average, IF on a total, the spread MAX-MIN, an office\'s rounded share, a safe rounded rate. No params.',
  params: v.strictObject({}),
  locales: ['es'],
  generate(_p, { rng, locale }) {
    const n = rng.int(4, 6);
    const variant = rng.int(0, 4);
    const offices = Array.from({ length: n }, () => rng.int(0, 3));
    const sales = Array.from({ length: n }, () => rng.int(40, 200) * 50 + rng.int(0, 49));
    const office = offices[rng.int(0, n - 1)];
    const digits = rng.pick([0, 1, -2]);
    const total = sales.reduce((a, b) => a + b, 0);
    const bar = Math.round((total + rng.int(-3, 3) * 500) / 100) * 100;
    const tasks = Array.from({ length: n }, () => rng.int(3, 90));
    const hours = Array.from({ length: n }, () => (rng.next() < 0.25 ? 0 : rng.int(1, 30)));
    const names = rng.shuffle(PRODUCTS.en.map((_, i) => i)).slice(0, n);
    const [yes, no] = rng.pick(IF_LABELS);
    return inLocale(locale, (loc): GeneratedItem => {
      const es = loc === 'es';
      const last = n + 1;
      const t = table(SALES_HEAD[loc], ...offices.map((k, i) => [REGIONS[loc][k], sales[i], null]));
      const check = [perturb(t)];
      const result = (answer: string, tt: Table = t) => { const x = shown(tt, answer); return typeof x === 'number' ? num(loc, x) : String(x); };
      const base = { type: 'formula' as const, table: t, target: 'D2', checkTables: check };
      if (variant === 0) {
        const answer = `=ROUND(AVERAGE(B2:B${last}),${digits})`;
        const place = { en: { 0: 'the nearest whole number', 1: 'one decimal place', '-2': 'the nearest hundred' }, es: { 0: 'la unidad', 1: 'un decimal', '-2': 'la centena más cercana' } }[loc][digits as 0 | 1 | -2];
        return {
          ...base, answer, requireFunctions: ['ROUND', 'AVERAGE'],
          stem: es ? `En D2, escribe una fórmula para la media de las ventas de B2:B${last}, redondeada a ${place}.` : `In D2, write a formula for the average of the sales in B2:B${last}, rounded to ${place}.`,
          hints: es ? [`Parte de dentro: ${fx(loc, `AVERAGE(B2:B${last})`)}.`, `Rodéala con ${fx(loc, 'ROUND')}(...; ${digits}).`] : [`Inner part: AVERAGE(B2:B${last}).`, `Wrap it in ROUND(..., ${digits}).`],
          solution: `\`${fx(loc, answer)}\` → ${result(answer)}.`,
        };
      }
      if (variant === 1) {
        const answer = `=IF(SUM(B2:B${last})>=${bar},"${yes}","${no}")`;
        return {
          ...base, answer, requireFunctions: ['IF', 'SUM'],
          stem: es ? `En D2, escribe una fórmula que muestre "${yes}" si el total de B2:B${last} llega al menos a ${bar} y "${no}" si no.` : `In D2, write a formula that shows "${yes}" if the total of B2:B${last} is at least ${bar}, and "${no}" otherwise.`,
          hints: es ? [`Parte de dentro: ${fx(loc, `SUM(B2:B${last})`)}.`, `Úsala como prueba de ${fx(loc, 'IF')}: ${fx(loc, `SUM(B2:B${last})`)}>=${bar}.`] : [`Inner part: SUM(B2:B${last}).`, `Use it as the test of IF: SUM(B2:B${last})>=${bar}.`],
          solution: es ? `\`${fx(loc, answer)}\`: el total es ${total}, así que ${result(answer)}.` : `\`${answer}\`: the total is ${total}, so ${result(answer)}.`,
        };
      }
      if (variant === 2) {
        const answer = `=MAX(B2:B${last})-MIN(B2:B${last})`;
        return {
          ...base, answer, requireFunctions: ['MAX', 'MIN'],
          stem: es ? `En D2, escribe una fórmula para la diferencia entre la venta más alta y la más baja de B2:B${last}.` : `In D2, write a formula for the gap between the highest and the lowest sale in B2:B${last}.`,
          hints: es ? [`${fx(loc, 'MAX')} da la más alta y ${fx(loc, 'MIN')} la más baja.`, 'Resta una de la otra en la misma fórmula.'] : ['MAX gives the highest and MIN the lowest.', 'Subtract one from the other in the same formula.'],
          solution: `\`${fx(loc, answer)}\` → ${result(answer)}.`,
        };
      }
      if (variant === 3) {
        const name = REGIONS[loc][office];
        const answer = `=ROUND(SUMIF(A2:A${last},"${name}",B2:B${last})/SUM(B2:B${last}),2)`;
        return {
          ...base, answer, requireFunctions: ['ROUND', 'SUMIF', 'SUM'],
          stem: es ? `En D2, escribe una fórmula para la **parte** de las ventas totales que corresponde a la oficina de ${name}, redondeada a 2 decimales (por ejemplo ${num(loc, 0.35)}).` : `In D2, write a formula for the **share** of all sales made by the ${name} office, rounded to 2 decimal places (e.g. 0.35).`,
          hints: es ? [`Ventas de la oficina: ${fx(loc, `SUMIF(A2:A${last},"${name}",B2:B${last})`)}. Todas: ${fx(loc, `SUM(B2:B${last})`)}.`, `Divide y rodéalo con ${fx(loc, 'ROUND')}(...; 2).`] : [`${name} sales: SUMIF(A2:A${last},"${name}",B2:B${last}). All sales: SUM(B2:B${last}).`, 'Divide, then wrap in ROUND(..., 2).'],
          solution: `\`${fx(loc, answer)}\` → ${result(answer)}.`,
        };
      }
      const head = es ? ['Artículo', 'Tareas', 'Horas', 'Por hora'] : ['Item', 'Tasks', 'Hours', 'Per hour'];
      const rt = table(head, ...names.map((k, i) => [PRODUCTS[loc][k], tasks[i], hours[i], null]));
      const answer = '=IFERROR(ROUND(B2/C2,1),0)';
      return {
        type: 'formula', table: rt, target: 'D2', fillDown: n - 1, answer, requireFunctions: ['IFERROR', 'ROUND'], checkTables: [perturb(rt)],
        stem: es ? `En D2, escribe tareas por hora (B2 ÷ C2) redondeado a 1 decimal, que muestre 0 cuando las horas sean 0. Se copiará hacia abajo.` : `In D2, write tasks per hour (B2 ÷ C2) rounded to 1 decimal place, showing 0 when the hours are 0. It will be filled down.`,
        hints: es ? [`De dentro hacia fuera: B2/C2, luego ${fx(loc, 'ROUND')}(...; 1).`, `Y todo dentro de ${fx(loc, 'IFERROR')}(...; 0).`] : ['Inside out: B2/C2, then ROUND(..., 1).', 'Then wrap it all in IFERROR(..., 0).'],
        solution: `\`${fx(loc, answer)}\`.`,
      };
    });
  },
});

export const SHEET_ROBUST_GENERATORS = [errorValues, combining];
