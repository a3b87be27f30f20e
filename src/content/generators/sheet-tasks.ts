/**
 * Spreadsheet tasks on a freshly drawn table: aggregate a column (SUM/AVERAGE/MIN/MAX/COUNT),
 * compute a column row by row (filled down), or a share of a total with an absolute reference.
 * Every formula item also carries a second table of the same shape, so a typed-in number fails.
 */
import * as v from 'valibot';
import type { Table } from '../table-schema.ts';
import { defineGenerator, type GeneratedItem } from './kind.ts';
import { range } from './fraction-shared.ts';
import type { Rng } from './prng.ts';
import { fx, num, type PerLocale, type SheetLocale } from './sheet-locale.ts';
import { PRODUCTS, inLocale, shown } from './sheet-shared.ts';

const AGGREGATES = ['SUM', 'AVERAGE', 'MIN', 'MAX', 'COUNT'] as const;
type Aggregate = (typeof AGGREGATES)[number];
const MEANING: PerLocale<Record<Aggregate, string>> = {
  en: { SUM: 'the total of', AVERAGE: 'the average (mean) of', MIN: 'the smallest of', MAX: 'the largest of', COUNT: 'how many numbers there are in' },
  es: { SUM: 'el total de', AVERAGE: 'la media de', MIN: 'el valor más pequeño de', MAX: 'el valor más grande de', COUNT: 'cuántos números hay en' },
};
const HEAD: PerLocale<{ sales: string[]; priced: string[]; share: string[]; total: string }> = {
  en: { sales: ['Product', 'Sales'], priced: ['Product', 'Qty', 'Price', 'Total'], share: ['Product', 'Sales', 'Share'], total: 'Total' },
  es: { sales: ['Producto', 'Ventas'], priced: ['Producto', 'Cantidad', 'Precio', 'Total'], share: ['Producto', 'Ventas', 'Proporción'], total: 'Total' },
};

/** Drawn rows: a product index and its numbers; rendered per locale. */
type Rows = { names: number[]; values: number[][] };
function drawRows(rng: Rng, rows: number, priced: boolean): Rows {
  const names = rng.shuffle(PRODUCTS.en.map((_, i) => i)).slice(0, rows);
  return { names, values: names.map(() => (priced ? [rng.int(1, 20), rng.int(2, 40) / 2] : [rng.int(5, 250)])) };
}
const render = (loc: SheetLocale, head: string[], r: Rows): Table => ({ header: true, rows: [head, ...r.names.map((p, i) => [PRODUCTS[loc][p], ...r.values[i]])] });

const aggregate = defineGenerator({
  kind: 'sheet-aggregate',
  summary: 'A column of sales: write (or give the result of) SUM/AVERAGE/MIN/MAX/COUNT over it. Params: functions (list), ask ("formula" | "value"), rows [min,max].',
  params: v.strictObject({
    functions: v.optional(v.pipe(v.array(v.picklist(AGGREGATES)), v.minLength(1, 'list at least one function')), [...AGGREGATES]),
    ask: v.optional(v.picklist(['formula', 'value']), 'formula'),
    rows: range(4, 7, 2, 12),
  }),
  locales: ['es'],
  generate({ functions, ask, rows }, { rng, locale }) {
    const fn = rng.pick(functions);
    const n = rng.int(rows[0], rows[1]);
    const data = drawRows(rng, n, false);
    const check = drawRows(rng, n, false);
    const last = n + 1;
    const target = `B${last + 1}`;
    const answer = `=${fn}(B2:B${last})`;
    return inLocale(locale, (loc): GeneratedItem => {
      const es = loc === 'es';
      const table = render(loc, HEAD[loc].sales, data);
      const f = fx(loc, answer);
      if (ask === 'value') {
        const value = shown(table, answer);
        const rounded = typeof value === 'number' ? Number(value.toFixed(4)) : 0;
        return {
          type: 'numeric', table, answer: rounded, tolerance: 0.01,
          stem: es ? `¿Qué muestra \`${f}\` con esta tabla?` : `What does \`${answer}\` show for this table?`,
          hints: es
            ? [`${f} calcula ${MEANING.es[fn]} los números de B2:B${last}.`, `Mira cada número de la columna B${fn === 'SUM' || fn === 'AVERAGE' ? ' y súmalos' : ''}.`]
            : [`${answer} finds ${MEANING.en[fn]} the numbers in B2:B${last}.`, `Look at each number in column B${fn === 'SUM' || fn === 'AVERAGE' ? ' and add them up' : ''}.`],
          solution: es ? `${f} da ${MEANING.es[fn]} B2:B${last}: ${num(loc, rounded)}.` : `${answer} gives ${MEANING.en[fn]} B2:B${last}: ${num(loc, rounded)}.`,
        };
      }
      return {
        type: 'formula', table, target, answer, requireFunctions: [fn], checkTables: [render(loc, HEAD[loc].sales, check)],
        stem: es ? `En la celda ${target}, escribe una fórmula para ${MEANING.es[fn]} las ventas de la columna B.` : `In cell ${target}, write a formula for ${MEANING.en[fn]} the sales in column B.`,
        hints: es
          ? [`Los números están de B2 a B${last}; un rango se escribe con dos puntos: B2:B${last}.`, `Usa ${fx(loc, fn)} con ese rango: =${fx(loc, fn)}(...)`, `La fórmula es ${f}.`]
          : [`The numbers are in B2 to B${last}; a range of cells is written with a colon: B2:B${last}.`, `Use ${fn} on that range: =${fn}(...)`, `The formula is ${answer}.`],
        solution: es ? `Las ventas están en B2:B${last}, así que ${target} lleva \`${f}\`. Se actualiza sola cuando cambia un número.` : `The sales are in B2:B${last}, so ${target} holds \`${answer}\`. It updates by itself when a number changes.`,
      };
    });
  },
});

const rowArithmetic = defineGenerator({
  kind: 'sheet-line-total',
  summary: 'Qty and Price per row: write the line total in D2 and fill it down. Params: rows [min,max].',
  params: v.strictObject({ rows: range(3, 6, 2, 12) }),
  locales: ['es'],
  generate({ rows }, { rng, locale }) {
    const n = rng.int(rows[0], rows[1]);
    const data = drawRows(rng, n, true);
    const check = drawRows(rng, n, true);
    return inLocale(locale, (loc): GeneratedItem => {
      const es = loc === 'es';
      return {
        type: 'formula', table: render(loc, HEAD[loc].priced, data), target: 'D2', fillDown: n - 1, answer: '=B2*C2', checkTables: [render(loc, HEAD[loc].priced, check)],
        stem: es ? `En D2, escribe una fórmula para el total de la primera línea (cantidad por precio). Se copiará hasta D${n + 1}.` : `Write a formula in D2 for the total of the first line (quantity times price). It will be copied down to D${n + 1}.`,
        hints: es ? ['Multiplica la cantidad de B2 por el precio de C2.', 'Usa referencias relativas para que cada copia use su propia fila: =B2*C2.'] : ['Multiply the quantity in B2 by the price in C2.', 'Use relative references so each copy uses its own row: =B2*C2.'],
        solution: es ? 'En D2, `=B2*C2`. Al copiarla hacia abajo se convierte en =B3*C3, =B4*C4, etc., porque las referencias relativas se desplazan con la fórmula.' : 'In D2, `=B2*C2`. Copied down, it becomes =B3*C3, =B4*C4 and so on, because relative references move with the formula.',
        misconceptions: [{ answer: '=$B$2*$C$2', feedback: es ? 'Con `$` en las dos referencias, todas las copias usan la fila 2. Déjalas relativas para que bajen con la fórmula.' : 'With `$` on both references every copied row uses row 2. Leave these references relative so they move down with the formula.' }],
      };
    });
  },
});

const shareOfTotal = defineGenerator({
  kind: 'sheet-share-of-total',
  summary: 'Sales per row and a total: write each row\'s share of the total, copied down (needs an absolute reference). Params: rows [min,max].',
  params: v.strictObject({ rows: range(3, 6, 2, 12) }),
  locales: ['es'],
  generate({ rows }, { rng, locale }) {
    const n = rng.int(rows[0], rows[1]);
    const data = drawRows(rng, n, false);
    const check = drawRows(rng, n, false);
    const totalCell = `B${n + 2}`;
    const absolute = `$B$${n + 2}`;
    const build = (loc: SheetLocale, r: Rows): Table => {
      const t = render(loc, HEAD[loc].share, r);
      t.rows.push([HEAD[loc].total, fx('en', `=SUM(B2:B${n + 1})`)]);
      return t;
    };
    return inLocale(locale, (loc): GeneratedItem => {
      const es = loc === 'es';
      return {
        type: 'formula', table: build(loc, data), target: 'C2', fillDown: n - 1, answer: `=B2/${absolute}`, checkTables: [build(loc, check)],
        stem: es
          ? `El total está en ${totalCell}. En C2, escribe la proporción del primer producto sobre el total (ventas ÷ total). Se copiará hasta C${n + 1}, así que la referencia al total no debe moverse.`
          : `The total is in ${totalCell}. Write a formula in C2 for the first product's share of the total (sales ÷ total). It will be copied down to C${n + 1}, so the reference to the total must not move.`,
        hints: es
          ? [`Divide las ventas del producto (B2) entre el total (${totalCell}).`, `Al copiar hacia abajo, ${totalCell} pasaría a ser B${n + 3}, que está vacía. Fíjala con el signo de dólar.`, `Escribe el total como \`${absolute}\`: \`=B2/${absolute}\`.`]
          : [`Divide the product's sales (B2) by the total (${totalCell}).`, `When the formula is copied down, ${totalCell} would become B${n + 3}, which is empty. Fix it with dollar signs.`, `Write the total as \`${absolute}\`: \`=B2/${absolute}\`.`],
        solution: es
          ? `\`=B2/${absolute}\`. B2 es relativa y pasa a B3, B4... al copiar; \`${absolute}\` es absoluta, así que todas las copias dividen entre el mismo total.`
          : `\`=B2/${absolute}\`. B2 is relative, so it becomes B3, B4, ... as the formula is copied down; \`${absolute}\` is absolute, so every copy divides by the same total.`,
        misconceptions: [{ answer: `=B2/${totalCell}`, feedback: es ? `Bien en C2, pero al copiar ${totalCell} pasa a B${n + 3} (vacía) y sale ${'#¡DIV/0!'}. Usa \`${absolute}\`.` : `Right in C2, but copied down ${totalCell} moves to B${n + 3} (empty), giving #DIV/0!. Use \`${absolute}\`.` }],
      };
    });
  },
});

export const SHEET_GENERATORS = [aggregate, rowArithmetic, shareOfTotal];
