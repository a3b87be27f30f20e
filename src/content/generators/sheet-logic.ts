/**
 * Comparisons and IF on a freshly drawn sales table (rep, office, sales, target): predict TRUE or
 * FALSE, write a comparison, write an IF with text or calculated results.
 */
import * as v from 'valibot';
import type { Table } from '../table-schema.ts';
import { defineGenerator, type GeneratedItem } from './kind.ts';
import type { Rng } from './prng.ts';
import { bool, fx, num, type PerLocale, type SheetLocale } from './sheet-locale.ts';
import { PEOPLE, REGIONS, inLocale, perturb, shown, table } from './sheet-shared.ts';

const SALES_HEAD: PerLocale<string[]> = { en: ['Rep', 'Office', 'Sales', 'Target'], es: ['Comercial', 'Oficina', 'Ventas', 'Objetivo'] };

export interface SalesData { reps: string[]; offices: number[]; sales: number[]; targets: number[] }

/** Reps with sales near their targets; about one in four exactly on target, so >= and > differ. */
export function drawSales(rng: Rng, n: number): SalesData {
  const targets = Array.from({ length: n }, () => rng.int(8, 16) * 1000);
  return {
    reps: rng.shuffle(PEOPLE).slice(0, n),
    offices: Array.from({ length: n }, () => rng.int(0, 3)),
    targets,
    sales: targets.map((t) => (rng.next() < 0.25 ? t : t + rng.int(-30, 30) * 100)),
  };
}
export const salesTable = (loc: SheetLocale, s: SalesData): Table =>
  table(SALES_HEAD[loc], ...s.reps.map((rep, i) => [rep, REGIONS[loc][s.offices[i]], s.sales[i], s.targets[i]]));

type Op = '>' | '>=' | '<' | '<=' | '=' | '<>';
const OPS: Op[] = ['>', '>=', '<', '<=', '=', '<>'];
const OP_WORDS: PerLocale<Record<Op, string>> = {
  en: { '>': 'greater than', '>=': 'at least', '<': 'below', '<=': 'at most', '=': 'exactly equal to', '<>': 'different from' },
  es: { '>': 'mayores que', '>=': 'iguales o superiores a', '<': 'menores que', '<=': 'iguales o inferiores a', '=': 'exactamente iguales a', '<>': 'distintas de' },
};
const OP_SINGULAR_ES: Record<Op, string> = { '>': 'mayor que', '>=': 'mayor o igual que', '<': 'menor que', '<=': 'menor o igual que', '=': 'igual a', '<>': 'distinto de' };
const compare = (a: number, op: Op, b: number) => ({ '>': a > b, '>=': a >= b, '<': a < b, '<=': a <= b, '=': a === b, '<>': a !== b })[op];

/** A TRUE/FALSE question as two choices, in the locale's words. */
function trueFalse(loc: SheetLocale, t: Table, formula: string, value: boolean, stemLead: string, hints: string[], why: string): GeneratedItem {
  const es = loc === 'es';
  return {
    type: 'multiple-choice', table: t,
    stem: `${stemLead}`,
    choices: [
      { id: 'true', text: bool(loc, true), ...(value ? {} : { feedback: es ? `No: ${why}` : `Not quite: ${why}` }) },
      { id: 'false', text: bool(loc, false), ...(value ? { feedback: es ? `No: ${why}` : `Not quite: ${why}` } : {}) },
    ],
    correct: [value ? 'true' : 'false'],
    hints,
    solution: es ? `${why} \`${fx(loc, formula)}\` da **${bool(loc, value)}**.` : `${why} \`${formula}\` gives **${bool(loc, value)}**.`,
  };
}

const comparison = defineGenerator({
  kind: 'sheet-comparison',
  summary: 'Comparisons on a sales table: predict TRUE/FALSE for =C3>=D3 or a text test, or write a comparison. No params.',
  params: v.strictObject({}),
  locales: ['es'],
  generate(_p, { rng, locale }) {
    const n = rng.int(4, 6);
    const s = drawSales(rng, n);
    const variant = rng.int(0, 2);
    const i = rng.int(0, n - 1);
    const r = i + 2;
    const op = rng.pick(OPS);
    const otherOffice = rng.int(0, 3);
    const check = (l: SheetLocale) => perturb(salesTable(l, s));
    return inLocale(locale, (loc) => {
      const es = loc === 'es';
      const t = salesTable(loc, s);
      const rep = s.reps[i];
      if (variant === 0) {
        const formula = `=C${r}${op}D${r}`;
        const value = compare(s.sales[i], op, s.targets[i]);
        return trueFalse(loc, t, formula, value,
          es ? `¿Qué muestra \`${formula}\`?` : `What does \`${formula}\` show?`,
          es ? [`C${r} son las ventas de ${rep} (${s.sales[i]}) y D${r} su objetivo (${s.targets[i]}).`, `Pregúntate: ¿${s.sales[i]} ${op} ${s.targets[i]}?`] : [`C${r} is ${rep}'s sales (${s.sales[i]}) and D${r} the target (${s.targets[i]}).`, `Ask: is ${s.sales[i]} ${op} ${s.targets[i]}?`],
          es ? `${s.sales[i]} ${value ? '' : 'no '}es ${OP_SINGULAR_ES[op]} ${s.targets[i]}.` : `${s.sales[i]} is ${value ? '' : 'not '}${OP_WORDS.en[op]} ${s.targets[i]}.`);
      }
      if (variant === 1) {
        const office = REGIONS[loc][otherOffice];
        const formula = `=B${r}<>"${office}"`;
        const value = s.offices[i] !== otherOffice;
        return trueFalse(loc, t, formula, value,
          es ? `¿Qué muestra \`${formula}\`?` : `What does \`${formula}\` show?`,
          es ? ['<> significa «distinto de».', `B${r} es ${REGIONS.es[s.offices[i]]}.`] : ['<> means "is not equal to".', `B${r} is ${REGIONS.en[s.offices[i]]}.`],
          es ? `${REGIONS.es[s.offices[i]]} ${value ? 'es distinto de' : 'no es distinto de'} ${office}.` : `${REGIONS.en[s.offices[i]]} ${value ? 'is' : 'is not'} different from ${office}.`);
      }
      const answer = `=C${r}${op}D${r}`;
      const reversed = `=D${r}${op}C${r}`;
      const symmetric = op === '=' || op === '<>';
      return {
        type: 'formula', table: t, target: `E${r}`, answer, checkTables: [check(loc)],
        stem: es ? `En E${r}, escribe una fórmula que muestre ${bool(loc, true)} si las ventas de ${rep} (C${r}) son ${OP_WORDS.es[op]} su objetivo (D${r}), y ${bool(loc, false)} si no.` : `In E${r}, write a formula that shows TRUE when ${rep}'s sales (C${r}) are ${OP_WORDS.en[op]} the target (D${r}), and FALSE otherwise.`,
        hints: es ? ['Una comparación sola ya da VERDADERO o FALSO; no hace falta SI.', `Pon ${op} entre las dos celdas.`] : ['A comparison on its own gives TRUE or FALSE; no IF is needed.', `Put ${op} between the two cells.`],
        solution: es ? `\`${answer}\` da ${bool(loc, compare(s.sales[i], op, s.targets[i]))} para ${rep}.` : `\`${answer}\` gives ${bool(loc, compare(s.sales[i], op, s.targets[i]))} for ${rep}.`,
        misconceptions: symmetric || s.sales[i] === s.targets[i] ? [] : [{ answer: reversed, feedback: es ? 'Así comparas el objetivo con las ventas: al revés.' : 'That compares the target with the sales: the other way round.' }],
      };
    });
  },
});

/**
 * Text results of IF, written the same in English and Spanish, because the item's answer formula
 * is shared by both languages (the engine compares results, and "Met" is not "Cumplido").
 */
export const IF_LABELS: [string, string][] = [['OK', 'KO'], ['✓', '✗'], ['A', 'B'], ['OK', '-'], ['★', '-']];

const ifFunction = defineGenerator({
  kind: 'sheet-if',
  summary: 'IF on a sales table: text results filled down, a bonus calculated only above target, or the value an IF shows. No params.',
  params: v.strictObject({}),
  locales: ['es'],
  generate(_p, { rng, locale }) {
    const n = rng.int(4, 6);
    const s = drawSales(rng, n);
    const variant = rng.int(0, 2);
    const [yes, no] = rng.pick(IF_LABELS);
    const pct = rng.int(2, 10);
    const i = rng.int(0, n - 1);
    const r = i + 2;
    const check = (l: SheetLocale) => perturb(salesTable(l, s));
    const last = n + 1;
    return inLocale(locale, (loc): GeneratedItem => {
      const es = loc === 'es';
      const t = salesTable(loc, s);
      if (variant === 0) {
        const answer = `=IF(C2>=D2,"${yes}","${no}")`;
        return {
          type: 'formula', table: t, target: 'E2', fillDown: n - 1, answer, requireFunctions: ['IF'], checkTables: [check(loc)],
          stem: es ? `En E2, escribe una fórmula que muestre "${yes}" si las ventas de ${s.reps[0]} llegan al menos a su objetivo y "${no}" si no. Se copiará hasta E${last}.` : `In E2, write a formula that shows "${yes}" if ${s.reps[0]}'s sales are at least the target and "${no}" otherwise. It will be filled down to E${last}.`,
          hints: es ? [`Usa SI con la prueba C2>=D2.`, `Los resultados de texto van entre comillas dobles: "${yes}" y "${no}".`] : ['Use IF with the test C2>=D2.', `Text results go in double quotes: "${yes}" and "${no}".`],
          solution: es ? `\`${fx(loc, answer)}\`. «Al menos» incluye llegar justo al objetivo, por eso es >=.` : `\`${answer}\`. "At least" includes being exactly on target, hence >=.`,
          misconceptions: s.sales.some((x, k) => x === s.targets[k]) ? [{ answer: `=IF(C2>D2,"${yes}","${no}")`, feedback: es ? 'Quien llega justo al objetivo también cumple: usa >=, no >.' : 'Being exactly on target counts too: use >=, not >.' }] : [],
        };
      }
      if (variant === 1) {
        const answer = `=IF(C2>D2,C2*${pct}%,0)`;
        return {
          type: 'formula', table: t, target: 'E2', fillDown: n - 1, answer, requireFunctions: ['IF'], checkTables: [check(loc)],
          stem: es ? `En E2, calcula la prima de ${s.reps[0]}: el ${pct} % de sus ventas si superan el objetivo y 0 si no. Se copiará hasta E${last}.` : `In E2, work out ${s.reps[0]}'s bonus: ${pct}% of the sales if they are above target, otherwise 0. It will be filled down to E${last}.`,
          hints: es ? ['La prueba es C2>D2.', `Si se cumple: C2*${pct}% (o C2*${num(loc, pct / 100)}); si no: 0.`] : ['The test is C2>D2.', `If true: C2*${pct}% (or C2*${pct / 100}); if false: 0.`],
          solution: es ? `\`${fx(loc, answer)}\`: cada fila paga el ${pct} % solo cuando las ventas superan el objetivo.` : `\`${answer}\`: each row pays ${pct}% only when sales are above target.`,
          misconceptions: [{ answer: `=C2*${pct}%`, feedback: es ? 'Así todos cobran prima. Pon la multiplicación dentro de SI para pagarla solo por encima del objetivo.' : 'That pays everyone. Put the multiplication inside IF so it only pays above target.' }],
        };
      }
      const formula = `=IF(C${r}>D${r},C${r}-D${r},0)`;
      const value = Number(shown(t, formula));
      const above = s.sales[i] > s.targets[i];
      return {
        type: 'numeric', table: t, answer: value,
        stem: es ? `¿Qué muestra \`${fx(loc, formula)}\`?` : `What does \`${formula}\` show?`,
        hints: es ? [`C${r} = ${s.sales[i]} y D${r} = ${s.targets[i]}. ¿Se cumple la prueba C${r}>D${r}?`, above ? `Se cumple, así que el resultado es C${r}-D${r}.` : 'No se cumple, así que el resultado es el último argumento.'] : [`C${r} = ${s.sales[i]} and D${r} = ${s.targets[i]}. Is C${r}>D${r} true?`, above ? `It is true, so the result is C${r}-D${r}.` : 'It is false, so the result is the last argument.'],
        solution: es ? `${s.sales[i]} > ${s.targets[i]} es ${bool(loc, above)}, así que SI da ${value}.` : `${s.sales[i]} > ${s.targets[i]} is ${bool(loc, above)}, so IF gives ${value}.`,
        misconceptions: s.sales[i] >= s.targets[i] ? [] : [{ answer: String(s.sales[i] - s.targets[i]), feedback: es ? 'La prueba es falsa, así que SI no calcula la resta: devuelve el tercer argumento, 0.' : 'The test is false, so IF does not do the subtraction: it returns the third argument, 0.' }],
      };
    });
  },
});

export const SHEET_LOGIC_GENERATORS = [comparison, ifFunction];
