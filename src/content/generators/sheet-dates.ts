/**
 * Dates and rounding on freshly drawn tables: days between dates, due dates, YEAR/MONTH/DAY,
 * DATEDIF; ROUND/ROUNDUP/ROUNDDOWN on prices, tax and boxes. Dates in sentences are written the
 * locale's way ("4 March 2024", "4 de marzo de 2024").
 */
import * as v from 'valibot';
import type { Table } from '../table-schema.ts';
import { defineGenerator, type GeneratedItem } from './kind.ts';
import type { Rng } from './prng.ts';
import { fx, num, type PerLocale, type SheetLocale } from './sheet-locale.ts';
import { PRODUCTS, inLocale, perturb, shown, table } from './sheet-shared.ts';

const DATE_FORMATS: PerLocale<Intl.DateTimeFormat> = {
  en: new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }),
  es: new Intl.DateTimeFormat('es-ES', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }),
};
const longDate = (loc: SheetLocale, iso: string) => DATE_FORMATS[loc].format(new Date(`${iso}T00:00:00Z`));
const iso = (ms: number) => new Date(ms).toISOString().slice(0, 10);
const DAY = 86_400_000;

const PROJECTS: PerLocale<string[]> = {
  en: ['Website', 'Audit', 'Training', 'Office move', 'Launch', 'Survey', 'Migration', 'Recruiting'],
  es: ['Web', 'Auditoría', 'Formación', 'Mudanza', 'Lanzamiento', 'Encuesta', 'Migración', 'Selección'],
};
const PROJECT_HEAD: PerLocale<string[]> = { en: ['Project', 'Start', 'End', 'Result'], es: ['Proyecto', 'Inicio', 'Fin', 'Resultado'] };
interface Plan { names: number[]; start: string[]; end: string[]; days: number[] }
function drawPlan(rng: Rng, n: number): Plan {
  const startMs = Array.from({ length: n }, () => Date.UTC(rng.int(2023, 2026), rng.int(0, 11), rng.int(1, 28)));
  const days = Array.from({ length: n }, () => rng.int(5, 200));
  return { names: rng.shuffle(PROJECTS.en.map((_, i) => i)).slice(0, n), start: startMs.map(iso), end: startMs.map((s, i) => iso(s + days[i] * DAY)), days };
}
const planTable = (loc: SheetLocale, p: Plan): Table => table(PROJECT_HEAD[loc], ...p.names.map((k, i) => [PROJECTS[loc][k], { date: p.start[i] }, { date: p.end[i] }, null]));

const PARTS = ['YEAR', 'MONTH', 'DAY'] as const;

const dates = defineGenerator({
  kind: 'sheet-dates',
  summary: 'Dates on a project plan: days between start and end, a due date, YEAR/MONTH/DAY, whole months with DATEDIF. No params.',
  params: v.strictObject({}),
  locales: ['es'],
  generate(_p, { rng, locale }) {
    const n = rng.int(3, 5);
    const p = drawPlan(rng, n);
    const other = drawPlan(rng, n);
    const variant = rng.int(0, 4);
    const i = rng.int(0, n - 1);
    const r = i + 2;
    const after = rng.pick([7, 14, 30, 45, 60, 90]);
    const part = rng.pick(PARTS);
    const which = rng.pick(['B', 'C'] as const);
    return inLocale(locale, (loc): GeneratedItem => {
      const es = loc === 'es';
      const t = planTable(loc, p);
      const name = PROJECTS[loc][p.names[i]];
      const check = [planTable(loc, other)];
      if (variant === 0) {
        return {
          type: 'formula', table: t, target: 'D2', fillDown: n - 1, answer: '=C2-B2', checkTables: check,
          stem: es ? `En D2, escribe una fórmula para los días que van de la fecha de inicio a la de fin. Se copiará hasta D${n + 1}.` : `In D2, write a formula for the number of days from the start date to the end date. It will be filled down to D${n + 1}.`,
          hints: es ? ['Las fechas son números de días, así que se pueden restar.', 'Fin menos inicio: C2-B2.'] : ['Dates are numbers of days, so you can subtract them.', 'End minus start: C2-B2.'],
          solution: es ? `\`=C2-B2\` da ${p.days[0]} días para ${PROJECTS.es[p.names[0]]}.` : `\`=C2-B2\` gives ${p.days[0]} days for ${PROJECTS.en[p.names[0]]}.`,
          misconceptions: [{ answer: '=B2-C2', feedback: es ? 'Inicio menos fin sale negativo: resta el inicio al fin.' : 'Start minus end is negative: subtract the start from the end.' }],
        };
      }
      if (variant === 1) {
        const answer = `=C2+${after}`;
        const due = iso(Date.parse(`${p.end[0]}T00:00:00Z`) + after * DAY);
        return {
          type: 'formula', table: t, target: 'D2', fillDown: n - 1, answer, checkTables: check,
          stem: es ? `La factura de cada proyecto vence ${after} días después de la fecha de fin. En D2, escribe una fórmula para la fecha de vencimiento. Se copiará hasta D${n + 1}.` : `Each project's invoice is due ${after} days after its end date. In D2, write a formula for the due date. It will be filled down to D${n + 1}.`,
          hints: es ? ['Sumar un número a una fecha suma días.', `C2 más ${after}.`] : ['Adding a number to a date adds days.', `C2 plus ${after}.`],
          solution: es ? `\`${answer}\`: para ${PROJECTS.es[p.names[0]]}, el ${longDate(loc, due)}.` : `\`${answer}\`: for ${PROJECTS.en[p.names[0]]}, ${longDate(loc, due)}.`,
        };
      }
      if (variant === 2) {
        const formula = `=C${r}-B${r}`;
        return {
          type: 'numeric', table: t, answer: p.days[i],
          stem: es ? `¿Qué muestra \`${formula}\`?` : `What does \`${formula}\` show?`,
          hints: es ? [`Es el número de días del ${longDate(loc, p.start[i])} al ${longDate(loc, p.end[i])}.`, 'Cuenta los días que quedan en el mes de inicio y súmale los de los meses siguientes.'] : [`It is the number of days from ${longDate(loc, p.start[i])} to ${longDate(loc, p.end[i])}.`, 'Count the days left in the first month, then add the following months.'],
          solution: es ? `Del ${longDate(loc, p.start[i])} al ${longDate(loc, p.end[i])} hay ${p.days[i]} días.` : `From ${longDate(loc, p.start[i])} to ${longDate(loc, p.end[i])} is ${p.days[i]} days.`,
        };
      }
      if (variant === 3) {
        const formula = `=${part}(${which}${r})`;
        const value = Number(shown(t, formula));
        const date = which === 'B' ? p.start[i] : p.end[i];
        const partWord = { en: { YEAR: 'year', MONTH: 'month (1 to 12)', DAY: 'day of the month' }, es: { YEAR: 'el año', MONTH: 'el mes (de 1 a 12)', DAY: 'el día del mes' } }[loc][part];
        return {
          type: 'numeric', table: t, answer: value,
          stem: es ? `¿Qué muestra \`${fx(loc, formula)}\`?` : `What does \`${formula}\` show?`,
          hints: es ? [`${which}${r} es la fecha de ${which === 'B' ? 'inicio' : 'fin'} de ${name}: ${longDate(loc, date)}.`, `${fx(loc, part)} devuelve ${partWord}.`] : [`${which}${r} is the ${which === 'B' ? 'start' : 'end'} date of ${name}: ${longDate(loc, date)}.`, `${part} returns the ${partWord}.`],
          solution: es ? `${longDate(loc, date)}: ${fx(loc, part)} da ${value}.` : `${longDate(loc, date)}: ${part} gives ${value}.`,
        };
      }
      const formula = `=DATEDIF(B${r},C${r},"M")`;
      const months = Number(shown(t, formula));
      const [y1, m1] = p.start[i].split('-').map(Number);
      const [y2, m2] = p.end[i].split('-').map(Number);
      const calendar = (y2 - y1) * 12 + (m2 - m1);
      return {
        type: 'numeric', table: t, answer: months,
        stem: es ? `¿Qué muestra \`${fx(loc, formula)}\`?` : `What does \`${formula}\` show?`,
        hints: es ? ['"M" cuenta meses completos.', `Desde el ${longDate(loc, p.start[i])}, cada mes se completa el día ${Number(p.start[i].slice(8))} del mes siguiente.`] : ['"M" counts complete months.', `From ${longDate(loc, p.start[i])}, each month is complete on day ${Number(p.start[i].slice(8))} of the next month.`],
        solution: es ? `Del ${longDate(loc, p.start[i])} al ${longDate(loc, p.end[i])} hay ${months} meses completos.` : `From ${longDate(loc, p.start[i])} to ${longDate(loc, p.end[i])} there are ${months} complete months.`,
        misconceptions: calendar !== months ? [{ answer: String(calendar), feedback: es ? `Eso cuenta cambios de mes en el calendario; el último mes no está completo hasta el día ${Number(p.start[i].slice(8))}.` : `That counts calendar steps; the last month is not complete until day ${Number(p.start[i].slice(8))}.` }] : [],
      };
    });
  },
});

const TAX: PerLocale<string> = { en: 'VAT', es: 'IVA' };
const FN_WORD: Record<'ROUND' | 'ROUNDUP' | 'ROUNDDOWN', PerLocale<string>> = {
  ROUND: { en: 'rounds to the nearest (halves away from zero)', es: 'redondea al valor más cercano (los medios, alejándose de cero)' },
  ROUNDUP: { en: 'always rounds away from zero', es: 'siempre redondea alejándose de cero' },
  ROUNDDOWN: { en: 'always rounds towards zero', es: 'siempre redondea hacia cero' },
};
const PLACES: PerLocale<(d: number) => string> = {
  en: (d) => (d > 0 ? `${d} decimal place${d === 1 ? '' : 's'}` : d === 0 ? 'a whole number' : `the nearest ${10 ** -d}`),
  es: (d) => (d > 0 ? `${d} decimal${d === 1 ? '' : 'es'}` : d === 0 ? 'un número entero' : `la ${d === -1 ? 'decena' : 'centena'} más cercana`),
};

const rounding = defineGenerator({
  kind: 'sheet-rounding',
  summary: 'ROUND/ROUNDUP/ROUNDDOWN: tax rounded to cents (filled down), whole boxes needed (ROUNDUP), or the value of a drawn rounding. No params.',
  params: v.strictObject({}),
  locales: ['es'],
  generate(_p, { rng, locale }) {
    const n = rng.int(3, 5);
    const variant = rng.int(0, 2);
    const names = rng.shuffle(PRODUCTS.en.map((_, i) => i)).slice(0, n);
    const net = Array.from({ length: n }, () => rng.int(100, 25000) / 100);
    const rate = rng.pick([4, 10, 16, 19, 20, 21]);
    const units = Array.from({ length: n }, () => rng.int(5, 400));
    const perBox = Array.from({ length: n }, () => rng.pick([6, 8, 10, 12, 20, 24, 25]));
    const fnName = rng.pick(['ROUND', 'ROUNDUP', 'ROUNDDOWN'] as const);
    const digits = rng.int(-1, 2);
    const x = rng.int(1000, 99999) / 1000 * (rng.next() < 0.15 ? -1 : 1);
    return inLocale(locale, (loc): GeneratedItem => {
      const es = loc === 'es';
      if (variant === 0) {
        const head = es ? ['Artículo', 'Neto', `${TAX.es} ${rate} %`] : ['Item', 'Net', `${TAX.en} ${rate}%`];
        const t = table(head, ...names.map((k, i) => [PRODUCTS[loc][k], net[i], null]));
        const answer = `=ROUND(B2*${rate}%,2)`;
        return {
          type: 'formula', table: t, target: 'C2', fillDown: n - 1, answer, requireFunctions: ['ROUND'], checkTables: [perturb(t)],
          stem: es ? `En C2, escribe una fórmula para el ${TAX.es} (el ${rate} % del precio neto) redondeado a 2 decimales. Se copiará hacia abajo.` : `In C2, write a formula for the ${TAX.en} (${rate}% of the net price), rounded to 2 decimal places. It will be filled down.`,
          hints: es ? [`El ${TAX.es} es B2*${rate}% (o B2*${num(loc, rate / 100)}).`, `Mételo dentro de ${fx(loc, 'ROUND')}(...; 2).`] : [`The ${TAX.en} is B2*${rate}% (or B2*${rate / 100}).`, 'Wrap it in ROUND(..., 2).'],
          solution: es ? `\`${fx(loc, answer)}\` da ${num(loc, Number(shown(t, answer)))} para ${PRODUCTS.es[names[0]]}.` : `\`${answer}\` gives ${num(loc, Number(shown(t, answer)))} for the ${PRODUCTS.en[names[0]].toLowerCase()}.`,
          misconceptions: [{ answer: `=ROUND(B2*${rate}%,0)`, feedback: es ? 'El segundo argumento es el número de decimales: 2 para los céntimos.' : 'The second argument is the number of decimal places: 2 for cents.' }],
        };
      }
      if (variant === 1) {
        const head = es ? ['Artículo', 'Unidades', 'Por caja', 'Cajas'] : ['Item', 'Units', 'Per box', 'Boxes'];
        const t = table(head, ...names.map((k, i) => [PRODUCTS[loc][k], units[i], perBox[i], null]));
        const answer = '=ROUNDUP(B2/C2,0)';
        const plain = '=ROUND(B2/C2,0)';
        // ROUND is only a wrong answer when some row has a part box under one half.
        const differs = [t, perturb(t)].some((tt) => tt.rows.slice(1).some((row) => Math.round(Number(row[1]) / Number(row[2])) !== Math.ceil(Number(row[1]) / Number(row[2]))));
        return {
          type: 'formula', table: t, target: 'D2', fillDown: n - 1, answer, requireFunctions: ['ROUNDUP'], checkTables: [perturb(t)],
          stem: es ? `En D2, escribe una fórmula para las cajas que hay que pedir: unidades entre unidades por caja, redondeado hacia arriba a cajas enteras. Se copiará hacia abajo.` : `In D2, write a formula for the boxes to order: units divided by units per box, rounded up to whole boxes. It will be filled down.`,
          hints: es ? ['Divide B2 entre C2.', `Una caja a medias también hay que pedirla: ${fx(loc, 'ROUNDUP')}(...; 0).`] : ['Divide B2 by C2.', 'A part-filled box still has to be ordered: ROUNDUP(..., 0).'],
          solution: es ? `\`${fx(loc, answer)}\`: ${units[0]} ÷ ${perBox[0]} = ${num(loc, Number((units[0] / perBox[0]).toFixed(4)))}, así que ${Math.ceil(units[0] / perBox[0])} cajas.` : `\`${answer}\`: ${units[0]} ÷ ${perBox[0]} = ${num(loc, Number((units[0] / perBox[0]).toFixed(4)))}, so ${Math.ceil(units[0] / perBox[0])} boxes.`,
          misconceptions: differs ? [{ answer: plain, feedback: es ? `${fx(loc, 'ROUND')} puede redondear hacia abajo y dejar unidades sin caja. Usa ${fx(loc, 'ROUNDUP')}.` : 'ROUND can round down and leave units without a box. Use ROUNDUP.' }] : [],
        };
      }
      const formula = `=${fnName}(${x},${digits})`;
      const value = Number(shown(table(['x']), formula));
      const others = (['ROUND', 'ROUNDUP', 'ROUNDDOWN'] as const).filter((f) => f !== fnName).map((f) => ({ f, value: Number(shown(table(['x']), `=${f}(${x},${digits})`)) })).filter((o) => o.value !== value);
      return {
        type: 'numeric', answer: value,
        stem: es ? `¿Qué da \`${fx(loc, formula)}\`?` : `What does \`${formula}\` give?`,
        hints: [es ? `Redondea a ${PLACES.es(digits)}.` : `Round to ${PLACES.en(digits)}.`, es ? `${fx(loc, fnName)} ${FN_WORD[fnName].es}.` : `${fnName} ${FN_WORD[fnName].en}.`],
        solution: es ? `${num(loc, x)} con ${fx(loc, fnName)} a ${PLACES.es(digits)}: ${num(loc, value)}.` : `${num(loc, x)} with ${fnName} to ${PLACES.en(digits)}: ${num(loc, value)}.`,
        misconceptions: others.slice(0, 1).map((o) => ({ answer: String(o.value), feedback: es ? `Eso es lo que daría ${fx(loc, o.f)}. ${fx(loc, fnName)} ${FN_WORD[fnName].es}.` : `That is what ${o.f} would give. ${fnName} ${FN_WORD[fnName].en}.` })),
      };
    });
  },
});

export const SHEET_DATE_GENERATORS = [dates, rounding];
